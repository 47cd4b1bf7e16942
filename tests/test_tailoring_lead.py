"""Tailoring leads with the person's matching work (profiles/tailoring/lead.py,
role_texts.py): the issue's own case, the choice of another artifact, the note's limit."""

import copy

import pytest

from profiles.rendering import current_texts
from profiles.tailoring.lead import rank_facts
from profiles.tailoring.role_texts import DROP_ORDER, Lead, connection_note, note_variants
from profiles.tailoring.tailor import tailor_answers
from roles.reading import load_catalog, read_posting
from roles.reading.evaluation import BATCHES_DIR, parse_posting
from roles.reading.posting_facts import suggested

pytestmark = pytest.mark.django_db

LANEBRIDGE = BATCHES_DIR / "ho31-ho48" / "ho31_llm_applications_logistics.txt"
EXCEPTION_LENS = {
    "name": "ExceptionLens",
    "what": "an exception-triage assistant that summarizes carrier emails and EDI 214 messages",
    "result": "cut triage from 11 to 4 minutes per exception",
    "scale": "30 coordinators",
    "url": "",
}
EVAL_HARNESS = {
    "name": "Eval harness",
    "what": "an evaluation harness for prompts and models with regression tests in CI",
    "result": "caught 12 regressions before release",
    "scale": "",
    "url": "",
}
PERSON = {
    "background": {
        "level": "Senior",
        "years": 9,
        "domains": ["backend"],
        "domains_other": "logistics",
        "edge": "on-call for shipment tracking APIs",
        "ai_work": "LLM summaries and evals",
        "strengths": "Python, evals, debugging",
        "artifacts": [EVAL_HARNESS, EXCEPTION_LENS],
    },
    "credibility": [
        {"slug": "ai-proof", "text": "ExceptionLens is used by 30 coordinators every day."}
    ],
    "lane": "applied-ai",
    "skills": [],
    "gaps": {},
    "messaging": {"overrides": {}, "dismissed": {}},
}


@pytest.fixture
def catalog():
    return load_catalog()


@pytest.fixture
def reading(catalog):
    return read_posting(parse_posting(LANEBRIDGE).text, catalog)


def tailor(catalog, reading, **kwargs):
    title, company = suggested(reading.text, reading.regions)
    return tailor_answers(
        copy.deepcopy(PERSON), catalog=catalog, reading=reading, title=title, company=company,
        **kwargs,
    )  # fmt: skip


def test_the_matching_artifact_leads_and_says_why(catalog, reading):
    tailored = tailor(catalog, reading)
    assert (tailored.title, tailored.company) == (
        "AI Engineer, LLM Applications",
        "Lanebridge Logistics",
    )
    assert tailored.lead.name == "ExceptionLens"
    assert "carrier emails" in tailored.lead.because, tailored.lead.because
    assert [m.name for m in tailored.artifacts] == ["ExceptionLens", "Eval harness"]
    assert tailored.answers["background"]["artifacts"][0]["name"] == "ExceptionLens"
    assert tailored.answers["messaging"]["lead"] == "ExceptionLens"


def test_every_tailored_text_leads_with_it_names_the_role_and_fits(catalog, reading):
    texts = current_texts(tailor(catalog, reading).answers)
    note, intro = texts["connection_note"].text, texts["intro_message"].text
    assert note.startswith(
        "Hi, I saw the AI Engineer, LLM Applications role at Lanebridge Logistics. "
        "I built ExceptionLens"
    )
    assert "11 to 4 minutes" in note or "11 to 4 minutes" in intro
    assert intro.startswith(
        "Hi,\n\nI saw the AI Engineer, LLM Applications role at Lanebridge Logistics and "
        "wanted to reach out. It asks for "
    )
    assert "the work behind ExceptionLens" in intro
    assert "roles and would value" not in intro  # no generic lane sentence after the role
    assert "ExceptionLens" in texts["linkedin_about"].text[:265]
    for text in texts.values():
        assert text.max_length is None or len(text.text) <= text.max_length, text.key


def test_the_person_can_pick_another_artifact(catalog, reading):
    tailored = tailor(catalog, reading, lead="Eval harness")
    assert tailored.picked and tailored.lead.name == "Eval harness"
    assert tailored.answers["background"]["artifacts"][0]["name"] == "Eval harness"
    note = current_texts(tailored.answers)["connection_note"].text
    assert "I built Eval harness" in note or "I built an Eval harness" in note


def test_a_lead_that_is_none_of_the_artifacts_is_not_picked(catalog, reading):
    tailored = tailor(catalog, reading, lead="Something else")
    assert not tailored.picked and tailored.lead.name == "ExceptionLens"


def test_credibility_answers_are_scored_with_the_artifacts(catalog, reading):
    ranked = rank_facts(copy.deepcopy(PERSON), catalog, reading)
    kinds = {(m.kind, m.name) for m in ranked}
    assert ("credibility", "ai-proof") in kinds
    assert ranked[0].name == "ExceptionLens"


def test_equal_scores_keep_the_persons_order(catalog):
    unrelated = read_posting("Pastry Chef\n\nBake croissants every morning.", catalog)
    tailored = tailor_answers(
        copy.deepcopy(PERSON), catalog=catalog, reading=unrelated, title="Pastry Chef", company=""
    )
    assert [m.score for m in tailored.artifacts] == [0, 0]
    assert tailored.lead.name == "Eval harness"  # the person's first


def test_the_note_drops_in_the_stated_order_and_never_exceeds_its_limit():
    lead = Lead(EXCEPTION_LENS["name"], EXCEPTION_LENS["what"], EXCEPTION_LENS["result"])
    title, company = "Senior Staff Machine Learning Engineer, LLM Applications", "Lanebridge"
    variants = note_variants(title, company, lead)
    assert [dropped for _, dropped in variants] == ["", *DROP_ORDER]
    assert "exception-triage" not in variants[1][0] and "11 to 4" in variants[1][0]
    assert "11 to 4" not in variants[2][0] and "ExceptionLens" in variants[2][0]
    assert "Lanebridge" not in variants[3][0] and "ExceptionLens" in variants[3][0]
    assert "ExceptionLens" not in variants[4][0] and title in variants[4][0]
    for limit in (300, 200, 150, 120, 100):
        text, dropped = connection_note(title, company, lead, limit)
        assert len(text) <= limit or dropped == DROP_ORDER[-1], (limit, text)
        assert text.endswith("I'd be glad to connect.")
    assert connection_note(title, company, lead, 300)[1] == ""

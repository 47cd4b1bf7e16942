"""Tailoring reorders and selects the person's own facts for a posting; it invents none."""

import re
from collections import Counter

import pytest

from profiles.rendering import current_texts
from profiles.tailoring.role_texts import INTRO_ASK, NOTE_END
from profiles.tailoring.shape import keyed, reordered
from profiles.tailoring.tailor import role_label, tailor_answers
from roles.reading import load_catalog, read_posting
from roles.reading.posting_facts import suggested

from .tailoring_data import GATEWAY, GATEWAY_PROVES, answers, posting

pytestmark = pytest.mark.django_db

LINKEDIN = ("linkedin_headline", "linkedin_about", "connection_note", "intro_message")
WORD = re.compile(r"[\w'’%+.-]+")


@pytest.fixture
def catalog():
    return load_catalog()


def tailored_for(name, catalog, title="AI Platform Engineer", company="Caldera", base=None):
    reading = read_posting(posting(name), catalog)
    return tailor_answers(
        base or answers(), catalog=catalog, reading=reading, title=title, company=company
    )


def texts(answers_):
    return {key: t.text for key, t in current_texts(answers_).items() if key in LINKEDIN}


def words(text: str) -> Counter:
    return Counter(w.strip(".,:;—-").casefold() for w in WORD.findall(text) if w.strip(".,:;—-"))


def test_a_platform_role_gets_copy_whose_first_line_names_platform_work_the_person_did(catalog):
    before, after = (
        texts(answers()),
        texts(tailored_for("c01_ai_platform_engineer", catalog).answers),
    )
    first_line = after["linkedin_about"].splitlines()[0]
    assert GATEWAY in first_line or GATEWAY_PROVES in first_line
    old_first = before["linkedin_about"].splitlines()[0]
    assert GATEWAY not in old_first and GATEWAY_PROVES not in old_first
    # The headline's proof is the posting-matched artifact too (the planner's lead).
    assert GATEWAY in after["linkedin_headline"]
    assert GATEWAY not in before["linkedin_headline"]


def answer_words(answers_) -> set:
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.update(words(value))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif value is not None:
            found.update(words(str(value)))

    walk(answers_)
    return found


def test_the_headline_and_about_select_another_lead_with_the_same_words(catalog):
    before = texts(answers())
    after = texts(tailored_for("c01_ai_platform_engineer", catalog).answers)
    # Another artifact leads: its words were in the About already (as a bullet); only
    # the words the planner joins an artifact and its result with may be new.
    joins = {"that", "and", "a", "an", "with", "which", "it", "is", "i", "built", "the"}
    said = set(words(before["linkedin_about"])) | set(words(before["linkedin_headline"]))
    assert set(words(after["linkedin_headline"])) - said <= joins
    assert set(words(after["linkedin_about"])) - set(words(before["linkedin_about"])) <= joins
    assert after["linkedin_about"] != before["linkedin_about"]


def test_every_sentence_of_the_tailored_copy_comes_from_the_answers_or_the_role(catalog):
    """Nothing invented: each word of each sentence is the template's (it is in the
    untailored text), the person's (it is in their answers), or the role's (title and
    company the person confirmed, and the sentence that names them)."""
    base = answers()
    before = texts(base)
    after = texts(tailored_for("c01_ai_platform_engineer", catalog, base=base).answers)
    # The role's sentences: the title and company, the fixed words that join them, and the
    # posting's own words the intro quotes as what it asks for.
    role_words = set(
        words("I saw the AI Platform Engineer role at Caldera and wanted to reach out")
    )
    role_words |= set(
        words(f"It asks for: the work behind. I built, I'm with years in. {NOTE_END}")
    )
    role_words |= set(words(INTRO_ASK)) | set(words(posting("c01_ai_platform_engineer")))
    for key in LINKEDIN:
        allowed = set(words(before[key])) | answer_words(base) | role_words
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", after[key]):
            extra = set(words(sentence)) - allowed
            assert not extra, (key, sentence, extra)


def test_the_connection_note_and_intro_name_the_role_and_company(catalog):
    after = texts(tailored_for("c01_ai_platform_engineer", catalog).answers)
    assert after["connection_note"].startswith(
        f"Hi, I saw the AI Platform Engineer role at Caldera. I built {GATEWAY}"
    )
    assert len(after["connection_note"]) <= 200
    assert after["intro_message"].startswith(
        "Hi,\n\nI saw the AI Platform Engineer role at Caldera and wanted to reach out."
    )
    # The specific role, never the generic lane sentence after it.
    assert "roles and would value" not in after["intro_message"]
    assert "I am looking at" not in after["intro_message"]


def test_the_working_copy_answers_are_not_touched(catalog):
    base = answers()
    snapshot = repr(base)
    tailored_for("c01_ai_platform_engineer", catalog, base=base)
    assert repr(base) == snapshot


def test_an_eval_role_puts_eval_work_first(catalog):
    tailored = tailored_for(
        "d01_llm_eval_engineer", catalog, title="Senior Engineer, LLM Evaluation"
    )
    background = tailored.answers["background"]
    assert background["artifacts"][0]["name"] == "Support triage agent"  # eval-gated rollout
    assert tailored.answers["background"]["ai_work"] == "agents and evals"  # not rewritten


def test_equally_relevant_facts_keep_the_persons_order(catalog):
    text = "Research Scientist, Pretraining\n\nStudy scaling laws and data mixtures. PhD."
    tailored = tailor_answers(
        answers(), catalog=catalog, reading=read_posting(text, catalog), title="R", company=""
    )
    assert [a["name"] for a in tailored.answers["background"]["artifacts"]] == [
        "Support triage agent",
        GATEWAY,
    ]


def test_credibility_as_an_ordered_list_is_reordered_in_the_same_shape(catalog):
    # Generation reads the list shape too: nothing of the code under test is stubbed.
    base = answers()
    base["credibility"] = [{"slug": s, "text": t} for s, t in base["credibility"].items()]
    tailored = tailored_for("c01_ai_platform_engineer", catalog, base=base)
    result = tailored.answers["credibility"]
    assert isinstance(result, list)
    assert result[0]["slug"] == "cloud-production-depth"
    assert sorted(i["slug"] for i in result) == sorted(i["slug"] for i in base["credibility"])
    # The draft's texts are generated from that shape, the platform work first.
    assert all(texts(tailored.answers).values())


def test_own_headline_and_about_bullets_are_reordered_not_rewritten(catalog):
    base = answers()
    base["messaging"]["overrides"] = {
        "linkedin_headline": "Backend engineer · Agents and evals · LLM gateway on Kubernetes",
        "linkedin_about": (
            "I build things.\n- Payments retries\n- Kubernetes platform on-call\nThanks"
        ),
    }
    overrides = tailored_for("c01_ai_platform_engineer", catalog, base=base).answers["messaging"][
        "overrides"
    ]
    assert overrides["linkedin_headline"] == (
        "Backend engineer · LLM gateway on Kubernetes · Agents and evals"
    )
    assert overrides["linkedin_about"] == (
        "I build things.\n- Kubernetes platform on-call\n- Payments retries\nThanks"
    )


def test_a_person_without_artifacts_still_gets_the_role_named(catalog):
    base = answers()
    base["background"]["artifacts"] = []
    tailored = tailored_for("c01_ai_platform_engineer", catalog, base=base)
    overrides = tailored.answers["messaging"]["overrides"]
    assert tailored.lead is None
    assert overrides["connection_note"] == (
        f"Hi, I saw the AI Platform Engineer role at Caldera. {NOTE_END}"
    )


def test_the_label_names_role_and_company():
    assert role_label("Staff AI Engineer", "Acme") == "Tailored: Staff AI Engineer at Acme"
    assert role_label("Staff AI Engineer", "") == "Tailored: Staff AI Engineer"


def test_shapes_are_read_and_kept():
    assert keyed({"a": "x"}) == {"a": "x"}
    assert keyed([{"slug": "a", "rating": "basic"}], "rating") == {"a": "basic"}
    assert list(reordered({"a": 1, "b": 2}, ["b"])) == ["b", "a"]
    assert [i["slug"] for i in reordered([{"slug": "a"}, {"slug": "b"}], ["b"])] == ["b", "a"]


@pytest.mark.parametrize(
    ("name", "title", "company"),
    [
        ("c01_ai_platform_engineer", "AI Platform Engineer", "Caldera"),
        ("b10_staff_ai_engineer_lead", "Staff AI Engineer", "Acme Insurance"),
        ("a02_ml_engineer_ranking", "Machine Learning Engineer", "Listly"),
        ("d01_llm_eval_engineer", "Senior Engineer, LLM Evaluation", ""),
    ],
)
def test_title_and_company_are_suggested_from_the_posting(name, title, company):
    reading = read_posting(posting(name), load_catalog())
    assert suggested(reading.text, reading.regions) == (title, company)


def test_a_title_line_ending_in_the_company_is_split():
    text = "Staff AI Engineer at Acme\n\nBuild agents with RAG and evals in Python."
    reading = read_posting(text, load_catalog())
    assert suggested(text, reading.regions) == ("Staff AI Engineer", "Acme")


def test_an_edit_left_as_tailored_is_no_edit(catalog):
    first = tailored_for("c01_ai_platform_engineer", catalog)
    named = first.answers["messaging"]["overrides"]["intro_message"]
    again = tailor_answers(
        answers(),
        catalog=catalog,
        reading=read_posting(posting("c01_ai_platform_engineer"), catalog),
        title="AI Platform Engineer",
        company="Caldera",
        edits={"intro_message": named},
    )
    assert again.changes == first.changes

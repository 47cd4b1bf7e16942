"""Copy worth pasting: every text generated from the sample profile, on each of the five
lanes, passes the checks a hiring manager's read stands for (profiles/sample/quality.py)."""

import string

import pytest

from profiles.exports.linkedin import ABOUT, SEE_MORE_AT
from profiles.rendering import current_texts, signal_key
from profiles.sample import load_sample_answers, sample_name
from profiles.sample.quality import checked_texts, left_in, repeated_run
from roles.models import MessageTemplate, RoleArchetype

pytestmark = pytest.mark.django_db

LANES = ["applied-ai", "lead-ai", "ai-platform", "reliability-evals", "founding"]


@pytest.fixture(params=LANES)
def texts(request):
    return {t.key: t for t in checked_texts(load_sample_answers(lane=request.param))}


def test_the_five_lanes_are_the_guides():
    assert sorted(RoleArchetype.objects.values_list("slug", flat=True)) == sorted(LANES)


def test_the_coach_finds_nothing(texts):
    assert {k: [f.rule_slug for f in t.findings] for k, t in texts.items() if t.findings} == {}


def test_no_run_of_six_words_is_said_twice_in_a_text(texts):
    assert {k: repeated_run(t.text) for k, t in texts.items() if repeated_run(t.text)} == {}


def test_nothing_is_left_blank_or_in_brackets(texts):
    assert {k: left_in(t.text) for k, t in texts.items() if left_in(t.text)} == {}
    assert all(t.text.strip() for t in texts.values())


def test_the_about_opens_with_an_artifact_and_a_number(texts):
    opening = texts[ABOUT].text[:SEE_MORE_AT]
    names = [a["name"] for a in load_sample_answers()["background"]["artifacts"]]
    assert any(name in opening for name in names), opening
    assert any(c.isdigit() for c in opening), opening


def test_every_text_fits_its_limit(texts):
    limited = [t for t in texts.values() if t.limit]
    assert {t.key for t in limited} >= {ABOUT, "linkedin_headline", "connection_note"}
    assert {t.key: t.count for t in limited if t.count > t.limit} == {}


def test_there_is_no_problem_at_all(texts):
    """The same checks as `make sample`, so the command and the suite agree."""
    assert {k: t.problems for k, t in texts.items() if t.problems} == {}


@pytest.mark.parametrize("lane", LANES)
def test_the_signal_line_fits_the_lane(lane):
    texts = current_texts(load_sample_answers(lane=lane))
    signal = texts[signal_key(lane)].text
    for key in ("linkedin_about", "intro_message"):
        assert signal in texts[key].text
    others = {"cold_intro", "lead_signal", "founder_signal"} - {signal_key(lane)}
    assert not any(texts[o].text in texts["intro_message"].text for o in others)
    assert signal_key("lead-ai") == "lead_signal" and signal_key("founding") == "founder_signal"


def test_a_fact_is_stated_once_per_text():
    """No template says the years, the domains or the level twice, counting the texts it
    quotes; the artifact's result is told once (the list then names it with its link)."""
    templates = {t.key: t for t in MessageTemplate.objects.all()}

    def slots_in(body: str) -> list[str]:  # every use, not only the first
        return [name for _, name, _, _ in string.Formatter().parse(body) if name]

    for key, template in templates.items():
        slots = slots_in(template.body)
        for quoted in [s for s in slots if s in templates]:
            slots += slots_in(templates[quoted].body)
        for fact in ("years", "domains", "level", "artifact"):
            assert slots.count(fact) <= 1, (key, fact)
    about = current_texts(load_sample_answers())[ABOUT].text
    result = load_sample_answers()["background"]["artifacts"][0]["proves"]
    assert about.count(result) == 1


def test_the_sample_has_every_step_answered():
    from profiles.steps.registry import HANDLERS

    answers = load_sample_answers()
    assert sample_name()
    for slug, handler in HANDLERS.items():
        if slug != "review":
            assert handler.is_complete(answers), slug
    assert load_sample_answers(lane="founding")["lane"] == "founding"
    assert load_sample_answers()["lane"] == "applied-ai"  # a fresh copy every time

"""Reader changes made from the held-out errors: they must hold for any posting, so
each is checked here on text of its own rather than on a held-out file."""

import pytest

from roles.reading import load_catalog, read_posting
from roles.reading.matcher import Matcher
from roles.reading.sections import BODY, BOILERPLATE, NICE, REQUIRED, regions

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog():
    return load_catalog()


def kinds(text: str) -> dict[str, str]:
    return {text[r.start : r.end].strip(): r.kind for r in regions(text)}


def test_headings_with_a_qualifier_still_open_their_section():
    text = (
        "Data Engineer\n\nAbout Bigcorp\nBigcorp is large.\n\nRole responsibilities\n"
        "- Build pipelines\n\nRequired qualifications, capabilities and skills\n- SQL\n\n"
        "Preferred qualifications\n- Kafka\n"
    )
    found = kinds(text)
    assert found["Bigcorp is large."] == BOILERPLATE
    assert found["- Build pipelines"] == BODY
    assert found["- SQL"] == REQUIRED
    assert found["- Kafka"] == NICE


def test_a_plural_phrase_matches_its_singular_and_y_its_ies_plural():
    matcher = Matcher([("regression suites", "gates"), ("canary", "rollout")])
    found = [(h.text, h.payloads) for h in matcher.find("a regression suite and two canaries")]
    assert found == [("regression suite", ("gates",)), ("canaries", ("rollout",))]


def test_a_singular_written_on_its_own_keeps_its_own_weight():
    matcher = Matcher([("prompts", "strong"), ("prompt", "faint")])
    assert [h.payloads for h in matcher.find("one prompt")] == [("faint",)]


def test_group_words_alone_put_their_lane_in_the_top_two_with_evidence(catalog):
    text = (
        "Security Engineer, AI\n\nYou will jailbreak our assistant before attackers do, "
        "run adversarial testing on every build and report what you find to the safety team."
    )
    reading = read_posting(text, catalog)
    assert reading.group.group.letter == "D"
    top = reading.archetypes[0]
    assert top.archetype.slug == "reliability-evals"
    assert top.evidence


def test_a_backend_role_that_is_on_call_names_no_group(catalog):
    text = (
        "Backend Engineer\n\nBuild payment services in Python and PostgreSQL. "
        "Be on call one week in six. We use AI in other teams."
    )
    assert read_posting(text, catalog).group is None


def test_a_nice_to_have_weighs_less_on_the_group_than_the_work(catalog):
    work = "AI Engineer\n\nYou will build agents for our customers.\n\n"
    nice = "Nice to have\n- Kubernetes\n"
    plain = read_posting(work, catalog)
    with_nice = read_posting(work + nice, catalog)
    assert with_nice.group.group.letter == plain.group.group.letter == "B"
    c_score = {g.group.letter: g.score for g in with_nice.groups}["C"]
    assert 0 < c_score < 3.0


def test_group_words_support_only_the_groups_leading_lane(catalog):
    text = "AI Engineer\n\nYou will ship LLM-powered features to real users with RAG and agents."
    scores = {a.archetype.slug: a.score for a in read_posting(text, catalog).archetypes}
    assert scores["applied-ai"] > 0
    assert scores["lead-ai"] == 0

"""The posting reader's engine, on the signals seeded by migration 0007."""

import pytest

from roles.reading import load_catalog, read_posting
from roles.reading.engine import NOT_ENGLISH
from roles.reading.evaluation import POSTINGS_DIR, parse_posting
from roles.reading.language import looks_binary, looks_english
from roles.reading.matcher import Matcher
from roles.reading.sections import BOILERPLATE, NICE, REQUIRED, regions

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog():
    return load_catalog()


def posting(name: str) -> str:
    return parse_posting(POSTINGS_DIR / f"{name}.txt").text


def test_an_llm_evaluation_role_reads_as_group_d_with_reliability_evals_on_top(catalog):
    reading = read_posting(posting("d01_llm_eval_engineer"), catalog)
    assert reading.group.group.letter == "D"
    assert reading.archetypes[0].archetype.slug == "reliability-evals"
    assert "evaluation harness" in [p.casefold() for p in reading.group.phrases]


def test_a_pretraining_research_role_reads_as_group_a_with_the_usually_skip_verdict(catalog):
    reading = read_posting(posting("a01_pretraining_research"), catalog)
    assert reading.group.group.letter == "A"
    assert reading.group.group.verdict == "Usually skip as main lane"


def test_decisive_phrases_carry_spans_into_the_pasted_text(catalog):
    text = posting("d01_llm_eval_engineer")
    reading = read_posting(text, catalog)
    assert reading.decisive
    for evidence in reading.decisive:
        assert text[evidence.start : evidence.end] == evidence.text


def test_skills_split_into_required_and_nice_to_have(catalog):
    reading = read_posting(posting("d01_llm_eval_engineer"), catalog)
    flags = reading.skill_flags
    assert flags["python"] is True
    assert flags["evals"] is True
    assert flags["synthetic-data"] is False
    assert flags["mlflowwb"] is False


def test_a_sentence_cue_marks_a_skill_nice_to_have_without_a_heading(catalog):
    text = (
        "AI Engineer\n\nYou will build agents with tool calling in Python for our users. "
        "Experience with Kubernetes is a plus."
    )
    flags = read_posting(text, catalog).skill_flags
    assert flags["python"] is True
    assert flags["k8s-basics"] is False


def test_boilerplate_does_not_decide_the_group(catalog):
    role = (
        "Applied AI Engineer\n\nYou will build RAG features and agents with tool calling "
        "for our customers, write prompts and ship LLM features every week."
    )
    blurb = (
        "\n\nAbout us\nWe are a research lab famous for pretraining, scaling laws and "
        "distributed training of foundation models, with red teaming and evaluation "
        "harness work across the lab.\n\nBenefits\nPhD sponsorship, publication budget, "
        "GPU cluster access for side projects.\n\nWe are an equal opportunity employer."
    )
    reading = read_posting(role + blurb, catalog)
    assert reading.group.group.letter == "B"
    assert reading.archetypes[0].archetype.slug == "applied-ai"


def test_production_in_the_benefits_does_not_pull_a_research_role_away_from_a(catalog):
    reading = read_posting(posting("a01_pretraining_research"), catalog)
    benefits = [r for r in reading.regions if r.kind == BOILERPLATE]
    assert any("production-grade" in reading.text[r.start : r.end] for r in benefits)


def test_a_platform_role_that_mentions_evals_once_stays_platform(catalog):
    reading = read_posting(posting("c01_ai_platform_engineer"), catalog)
    assert reading.group.group.letter == "C"
    assert reading.archetypes[0].archetype.slug == "ai-platform"


def test_reading_is_deterministic(catalog):
    text = posting("b09_lead_ai_engineer")
    first, second = read_posting(text, catalog), read_posting(text, catalog)
    assert first == second


def test_too_few_signals_names_no_group(catalog):
    reading = read_posting("We are hiring a friendly person to answer the phone.", catalog)
    assert reading.group is None
    assert reading.warnings


def test_a_spanish_posting_still_reads_but_warns(catalog):
    reading = read_posting(posting("x01_spanish_applied_ai"), catalog)
    assert NOT_ENGLISH in reading.warnings
    assert reading.group is not None


def test_an_english_posting_gets_no_language_warning(catalog):
    assert NOT_ENGLISH not in read_posting(posting("b01_applied_ai_engineer"), catalog).warnings


def test_a_20000_character_posting_reads(catalog):
    # Timings are measured by `make bench` (bench/reader.py), never asserted here; that
    # no pattern can backtrack is proved by structure (docs/security.md).
    text = (posting("d01_llm_eval_engineer") + "\n\n") * 20
    text = text[:20_000]
    reading = read_posting(text, catalog)
    assert reading.group.group.letter == "D"


def test_matching_is_whole_word_case_insensitive_with_plurals_and_hyphens():
    matcher = Matcher([("fine tuning", "ft"), ("agent", "ag"), ("CI/CD", "ci")])
    found = {
        h.text: h.payloads
        for h in matcher.find("Fine-Tuning, finetuning, AGENTS and agentic work; CI/CD and ci-cd.")
    }
    assert found == {
        "Fine-Tuning": ("ft",),
        "finetuning": ("ft",),
        "AGENTS": ("ag",),
        "CI/CD": ("ci",),
        "ci-cd": ("ci",),
    }


def test_sections_follow_headings_and_inline_labels():
    text = "Title\n\nRequirements\n- Python\n\nNice to have\n- Go\n\nBonus: Rust\n\nPerks\n- Gym"
    kinds = {text[r.start : r.end].strip(" -\n"): r.kind for r in regions(text)}
    assert kinds["Python"] == REQUIRED
    assert kinds["Go"] == NICE
    assert kinds["Bonus: Rust"] == NICE
    assert kinds["Gym"] == BOILERPLATE


def test_language_and_binary_checks():
    assert looks_binary("abc\x00def")
    assert looks_binary("\x01\x02\x03\x04" * 10 + "text")
    assert not looks_binary("A normal posting.\n\tWith tabs.")
    assert looks_english("We are looking for an engineer to build the tools that our team uses.")
    assert not looks_english(
        "Wir suchen eine Ingenieurin für die Plattform und das Team mit viel Erfahrung "
        "und Freude an der Arbeit mit Kubernetes in der Produktion."
    )

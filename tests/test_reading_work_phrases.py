"""Skills described as work (issue 21, second round): work phrases, negation, and the
rows of roles migration 0023. The sentences here are written for the tests, not lifted
from the labelled postings."""

import importlib

import pytest

from roles.forms import ReadingSignalForm
from roles.models import ReadingSignal, Skill
from roles.reading import load_catalog, read_posting
from roles.reading.catalog import compiled_matcher, compiled_work
from roles.reading.fold import fold
from roles.reading.matching import named_skills
from roles.reading.sections import regions
from roles.reading.work import MAX_BETWEEN, WorkMatcher, is_work_phrase, parse, stem

from .patterns_support import WORST_INPUTS, nested_repeat
from .reading_support import skill_flags

WORK = importlib.import_module("roles.migrations.0023_skills_described_as_work")
HEAD = "Senior AI Engineer\n\nWhat you'll do\n- "


def found(phrase: str, text: str) -> list[str]:
    matcher = WorkMatcher([(phrase, "x")])
    folded = fold(text)
    return [hit.text for hit in matcher.find(text, folded, regions(text, folded))]


@pytest.mark.parametrize(
    "forms",
    [
        ("screen", "screens", "screened", "screening"),
        ("trace", "traces", "traced", "tracing"),
        ("ship", "ships", "shipped", "shipping"),
        ("policy", "policies"),
        ("batch", "batches", "batching"),
        ("embed", "embeds", "embedded", "embedding", "embeddings"),
    ],
)
def test_a_words_inflections_share_a_stem(forms):
    assert len({stem(word) for word in forms}) == 1, [stem(word) for word in forms]


def test_a_noun_of_its_own_keeps_its_stem():
    assert stem("tooling") != stem("tool")


def test_a_work_phrase_needs_both_lists_close_in_order_in_one_sentence():
    phrase = "screen|filter ... prompt|output"
    assert found(phrase, "We screen every incoming prompt.") == ["screen every incoming prompt"]
    assert found(phrase, "Filtering the generated outputs matters.") != []
    assert found(phrase, "Outputs we screen.") == []  # order
    assert found(phrase, "We screen candidates. The prompt is long.") == []  # two sentences
    far = "We screen " + "very " * (MAX_BETWEEN + 1) + "long outputs."
    assert found(phrase, far) == []


def test_articles_do_not_count_between_the_ends():
    assert found("give ... action", "Give the agent a few new actions.") != []


def test_entries_of_several_words_numbers_and_a_third_list():
    assert found("within|under ... # ms", "Answer within a 40 ms budget.") != []
    assert found("within ... # ms", "Answer within a week.") == []
    assert found("version ... every model", "Version every model we ship.") != []
    assert found("version ... every model", "Version every team's model.") == []
    chain = "adapt ... model ... domain"
    assert found(chain, "Adapt open models to our domain.") != []
    assert found(chain, "Adapt to our domain.") == []


def test_a_work_phrase_is_never_matched_as_plain_text():
    assert is_work_phrase("a ... b") and is_work_phrase("a … b") and not is_work_phrase("a b")
    assert parse("screen ... ") is None and parse("... output") is None
    from roles.reading.catalog import Signal

    signal = Signal(1, "skill", "guardrails", ("screen ... output",), 3)
    assert compiled_matcher((signal,)).find("screen ... output") == []
    assert compiled_work((signal,))


@pytest.mark.django_db
def test_the_candidate_words_pattern_cannot_backtrack():
    work = load_catalog().work
    assert not nested_repeat(work.regex.pattern)
    for text in WORST_INPUTS.values():
        folded = fold(text)
        work.find(text, folded, regions(text, folded))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sentence", "slug"),
    [
        ("Screen user prompts and model outputs for abuse", "guardrails"),
        ("Give our assistant new actions such as refunds and address changes", "tool-calling"),
        ("Instrument each agent step so on-call can follow a bad answer", "observability"),
        ("Keep replies under 300 ms at peak", "latency"),
        ("Design and version the public APIs partners build on", "apis"),
        ("Write and iterate on the system prompts behind every feature", "prompting"),
        ("Ground the bot's answers in our policy documents and cite the source", "rag"),
        ("Measure answer quality weekly against a labelled set", "evals"),
        ("Monitor models in production for drift", "monitoring"),
        ("Help decide what we build next with the founders", "problem-framing"),
    ],
)
def test_a_skill_described_as_work_is_listed(sentence, slug):
    assert slug in skill_flags(HEAD + sentence)


@pytest.mark.django_db
def test_a_skill_after_a_negation_is_not_asked_for():
    catalog = load_catalog()
    no = read_posting(HEAD + "You will not be writing prompts for the product.", catalog)
    yes = read_posting(HEAD + "Not just demos: you will be writing prompts daily.", catalog)
    assert "prompting" not in no.skill_flags
    assert "prompting" in yes.skill_flags


@pytest.mark.django_db
def test_forward_deployed_is_a_title_not_a_deployment_skill():
    text = "Forward Deployed Engineer\n\nYou'll\n- Sit with customers and build with Python"
    assert "deployment" not in skill_flags(text)


@pytest.mark.django_db
def test_a_persons_text_names_skills_described_as_work_and_not_negative_ones():
    catalog = load_catalog()
    assert "observability" in named_skills("Instrumented every agent step with spans.", catalog)
    assert "deployment" not in named_skills("Forward deployed engineer at Oriel.", catalog)


@pytest.mark.django_db
def test_checkpointing_alone_is_not_an_agent_pattern():
    catalog = load_catalog()
    text = HEAD + "Keep checkpointing fast on the training cluster"
    assert "agent-patterns" not in read_posting(text, catalog).skill_flags
    row = ReadingSignal.objects.get(skill__slug="agent-patterns", phrase="checkpointing")
    assert row.weight == WORK.AMBIGUOUS_WEIGHT


def test_every_row_fits_its_fields_and_every_work_phrase_parses():
    for _, _, _, entries in WORK.ADDITIONS:
        phrase, synonyms = WORK.row(entries)
        assert len(phrase) <= WORK.PHRASE_MAX
        for line in [phrase, *synonyms]:
            assert "," not in line
            assert not is_work_phrase(line) or parse(line) is not None, line


@pytest.mark.django_db
def test_admin_refuses_a_work_phrase_with_an_empty_side():
    form = ReadingSignalForm(
        data={
            "skill": Skill.objects.get(slug="guardrails").pk,
            "phrase": "output filter",
            "synonyms": "screen|filter ...",
            "weight": 3,
        }
    )
    assert not form.is_valid()
    assert "both sides" in form.errors["synonyms"][0]

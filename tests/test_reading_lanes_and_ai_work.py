"""Issue 21's third round: a group needs AI work (ai_context.py), D reads securing and
keeping an AI system reliable, and Lead is the person's own role leading people, ranked
as a level of the posting's own group (engine.py, roles 0024)."""

import pytest

from roles.reading import load_catalog, read_posting
from roles.reading.engine import NOT_AN_AI_ROLE, TOO_FEW_SIGNALS

pytestmark = pytest.mark.django_db

SRE = (
    "Site Reliability Engineer, Payments Core\n\n"
    "Responsibilities\n"
    "- Run our services on Kubernetes with Terraform\n"
    "- Own SLOs, capacity planning and blameless postmortems\n"
    "- Build dashboards in Prometheus and Grafana, traces in OpenTelemetry\n\n"
    "Requirements\n- 4+ years in SRE or DevOps\n- Python or Go\n\n"
)
ABOUT_MODELS = (
    "- Run model serving for our fraud models on GPUs, and keep inference within its SLOs\n"
)


@pytest.fixture
def catalog():
    return load_catalog()


def test_platform_words_without_ai_work_name_no_group(catalog):
    aside = "Some vendors now sell AI-powered alerting; you'll help us judge it."
    reading = read_posting(SRE + aside, catalog)
    assert reading.group is None
    assert reading.warnings == (NOT_AN_AI_ROLE,)


def test_the_same_words_beside_ai_work_read_as_platform(catalog):
    reading = read_posting(
        SRE.replace("Responsibilities\n", "Responsibilities\n" + ABOUT_MODELS), catalog
    )
    assert reading.group.group.letter == "C"
    assert NOT_AN_AI_ROLE not in reading.warnings


def test_ai_named_only_to_say_the_job_is_not_it_does_not_count(catalog):
    # one sentence: the negation reaches the AI words it stands with, not the next sentence
    text = SRE + "Our analysts use machine learning for forecasting, but you won't train models."
    assert read_posting(text, catalog).group is None


def test_a_posting_with_too_few_signals_still_says_so(catalog):
    assert read_posting("We are a small team.", catalog).warnings[-1] == TOO_FEW_SIGNALS


def test_defending_llm_assistants_is_group_d(catalog):
    text = (
        "AI Security Engineer\n\n"
        "Our customers put LLM assistants in front of their data. You will attack those "
        "assistants the way adversaries do: prompt injection, jailbreaks and data exfiltration "
        "through tool calls. Then build the detectors that stop each attack.\n"
        "You have 4+ years in application security and solid Python."
    )
    reading = read_posting(text, catalog)
    assert reading.group.group.letter == "D"
    assert reading.archetypes[0].archetype.slug == "reliability-evals"


def test_keeping_an_assistant_reliable_is_group_d(catalog):
    text = (
        "AI Reliability Engineer, Support Assistant\n\n"
        "Our assistant answers 40,000 customers a day. You will own the assistant's "
        "reliability after launch: measure task success, find the failure patterns in the "
        "logs, and lead the review whenever the assistant gets something wrong.\n"
        "You understand how LLM-based systems fail. Python and SQL."
    )
    assert read_posting(text, catalog).group.group.letter == "D"


def test_a_lead_of_an_evaluation_team_is_a_reliability_lane_led(catalog):
    text = (
        "Lead Engineer, AI Evaluation\n\n"
        "Lead and grow a team of four engineers who build our evaluation suites, gold sets "
        "and LLM-as-judge graders, and gate every model release on them.\n"
        "Experience leading engineers as a manager or a tech lead; evaluating LLM systems."
    )
    reading = read_posting(text, catalog)
    assert reading.group.group.letter == "D"
    top_two = [a.archetype.slug for a in reading.archetypes[:2]]
    assert top_two == ["reliability-evals", "lead-ai"]


def test_a_lead_of_applied_work_is_the_lead_lane(catalog):
    text = (
        "Lead AI Engineer\n\n"
        "You'll lead the team of five engineers that builds our LLM-powered agents, manage "
        "their hiring, set the technical direction and review designs.\n"
        "Experience managing engineers and shipping LLM features."
    )
    reading = read_posting(text, catalog)
    assert reading.group.group.letter == "B"
    assert reading.archetypes[0].archetype.slug == "lead-ai"


def test_owning_a_design_or_reviewing_code_does_not_make_a_lead(catalog):
    text = (
        "Senior Developer\n\n"
        "We are building generative AI that drafts replies to citizens' letters with RAG "
        "over our guidance. You will lead the design of the RAG drafting service, write tests "
        "and take part in code review. Grade: Senior Executive Officer."
    )
    reading = read_posting(text, catalog)
    assert reading.group.group.letter == "B"
    assert reading.archetypes[0].archetype.slug == "applied-ai"

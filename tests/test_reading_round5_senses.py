"""Issue 21, fifth round: a non-AI job that mentions AI in passing gets no group, and
words with another sense name no skill (roles/reading/ai_context.py, word_sense.py,
roles 0025)."""

import pytest

from roles.reading import load_catalog, read_posting
from roles.reading.fold import fold
from roles.reading.word_sense import names_a_verb, names_people, names_the_candidate

from .reading_support import skill_flags

pytestmark = pytest.mark.django_db

SRE = (
    "Senior Site Reliability Engineer\n\n"
    "What you'll do\n"
    "- Run our platform on AWS and Kubernetes, and keep it up through traffic spikes\n"
    "- Write the postmortems after incidents, and own our SLOs\n\n"
)


@pytest.mark.parametrize(
    "aside",
    [
        # a team the job is not on
        "Our fraud team runs a machine-learning model that scores every checkout, and "
        "our help centre answers refund questions with it.",
        # a vendor's AI
        "Our SIEM vendor recently added an AI assistant that drafts summaries for analysts.",
        # the product the company sells
        "Quillwork sells a large language model API to nine thousand companies.",
    ],
)
def test_ai_told_as_someone_elses_makes_no_ai_role(aside):
    reading = read_posting(SRE + aside + "\n", load_catalog())
    assert reading.group is None


def test_the_team_the_job_joins_is_not_someone_elses():
    text = (
        "ML Infrastructure Engineer\n\n"
        "The Training Platform team at Halcyon AI runs the compute our researchers train "
        "models on: 4,000 GPUs across two data centres.\n\n"
        "What you'll do\n- Keep our Kubernetes clusters healthy\n- Own our SLOs\n"
    )
    assert read_posting(text, load_catalog()).group is not None


def test_agents_who_are_people_make_no_ai_sentence():
    text = (
        "Contact Centre Platform Engineer\n\n"
        "300 contact centre agents answer our customers' calls.\n\n"
        "The role\n"
        "- Own our call flows, routing rules, queues and the agent desktop\n"
        "- Build integrations so an agent sees the customer's account first\n"
        "- Work with the agents and team leaders who use what you build\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is None
    assert "agents" not in reading.skill_flags


@pytest.mark.parametrize(
    ("text", "people_sense", "other"),
    [
        ("roll out the edr agents on every laptop", False, True),
        ("build agents that call tools", False, False),
        ("so an agent sees the account", True, True),
        ("llm agents that call tools", True, False),
    ],
)
def test_agents_that_are_programs_or_the_postings_people(text, people_sense, other):
    folded = fold(text)
    start = folded.index("agent")
    end = start + (6 if folded[start : start + 6] == "agents" else 5)
    assert names_people(folded, start, end, people_sense) is other


def test_a_product_name_with_a_verbs_s_is_the_verb():
    assert names_a_verb("reacts", ("TypeScript", "React"))
    assert not names_a_verb("React", ("TypeScript", "React"))
    assert not names_a_verb("pandas", ("analytics", "pandas"))


def test_reacts_asks_for_no_typescript():
    text = (
        "Founding Engineer\n\nWhat you'll do\n"
        "- Build our Python backend, and make sure the product reacts quickly when a "
        "storm warning changes every booking at once\n"
    )
    assert "tsjs" not in skill_flags(text)


def test_our_first_hire_is_the_candidate():
    assert names_the_candidate("first hire")
    assert names_the_candidate("first engineering hire")
    assert not names_the_candidate("first hires")
    text = "Founding Engineer\n\nYou'd be our first hire, building the LLM product with us.\n"
    assert "hiring" not in skill_flags(text)


def test_security_alerts_are_not_monitoring():
    text = (
        "AI Security Engineer\n\nWhat you'll do\n"
        "- Tune detection rules in our SIEM so the alerts analysts see are worth it\n"
        "- Triage the alerts our LLM flags as suspicious phishing\n"
        "- Write alerts for new threats every week\n"
    )
    assert "monitoring" not in skill_flags(text)


def test_alerts_alone_are_faint_but_monitoring_the_model_is_not():
    head = "ML Engineer\n\nWhat you'll do\n- Train and ship our ranking models\n"
    faint = head + "- Build the dashboards and alerts for the service\n"
    plain = faint + "- Monitor the model for drift\n"
    catalog = load_catalog()
    assert "monitoring" not in read_posting(faint, catalog).skill_flags
    assert "monitoring" in read_posting(plain, catalog).skill_flags


def test_kafka_asks_for_streaming_not_queues():
    text = "Data Engineer, ML\n\nWhat you'll do\n- Feed our models from Kafka in real time\n"
    flags = skill_flags(text)
    assert "queues" not in flags

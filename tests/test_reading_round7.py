"""Issue 21, seventh round: what makes a posting an AI role, a founding one, and a skill
(roles/reading/sections.py, ai_context.py, word_sense.py, engine.py).

Markdown's bold headings are headings; a job told only in words of two senses ("agents",
"models", "assistant") is not AI work until one of its sentences names AI plainly; the
first engineer of a function at a company with teams is not a founding engineer."""

import pytest

from roles.reading import load_catalog, read_posting
from roles.reading.ai_context import ai_sentences, names_ai_plainly
from roles.reading.fold import fold
from roles.reading.sections import BOILERPLATE, NICE, REQUIRED, regions
from roles.reading.word_sense import other_senses

from .test_posting_reader_generalising import kinds

pytestmark = pytest.mark.django_db


def test_bold_markdown_headings_are_headings():
    text = (
        "Backend Engineer\n\n"
        "**About you**\n- Go and PostgreSQL\n\n"
        "**Bonus**\n- Kafka\n\n"
        "**Perks**\n- Our couriers will bring you lunch on Fridays.\n"
    )
    found = kinds(text)
    assert found["- Go and PostgreSQL"] == REQUIRED
    assert found["- Kafka"] == NICE
    assert found["- Our couriers will bring you lunch on Fridays."] == BOILERPLATE


def test_a_perk_that_says_agents_makes_no_ai_role():
    text = (
        "Frontend Engineer, Checkout\n\n"
        "**What you'll do**\n"
        "- Build checkout in React and TypeScript, with end-to-end tests in Playwright\n"
        "- Integrate the payment provider's SDK and keep the pages fast\n\n"
        "**What we offer**\n"
        "A clothing allowance, and our store agents will make sure you look the part.\n"
    )
    assert read_posting(text, load_catalog()).group is None


@pytest.mark.parametrize(
    "sentence, about_ai",
    [
        ("The models and prompts aren't ours.", False),
        ("The classifier doesn't use models we train.", False),
        ("You will train the models.", True),
    ],
)
def test_more_contractions_push_ai_away(sentence, about_ai):
    text = "Title\n\n" + sentence + "\n"
    folded = fold(text)
    found = regions(text, folded)
    assert bool(ai_sentences(folded, found)) is about_ai


def _plain(text):
    folded = fold(text)
    found = regions(text, folded)
    return names_ai_plainly(folded, found, frozenset(range(len(found))))


@pytest.mark.parametrize(
    "text, plain",
    [
        ("Route each waiting caller to the best available agent.", False),
        ("Validate the interest-rate and deposit models every quarter.", False),
        ("Support the assistant to the CFO.", False),
        ("Build evaluation harnesses for multi-agent systems.", True),
        ("Our coding agent opens pull requests.", True),
        ("Build the LLM agents that answer tenants.", True),
        ("Build the booking agent and its tool calling.", True),
        ("Train ranking models in PyTorch.", True),
        ("Design and train the ranking models behind search.", True),
        ("Own our vision models for shelf photos.", True),
        ("Review the pricing and risk models we buy.", False),
    ],
)
def test_words_of_two_senses_alone_do_not_name_ai_plainly(text, plain):
    assert _plain("Engineer\n\n" + text + "\n") is plain


def test_a_job_told_only_in_agents_of_a_contact_centre_is_not_an_ai_role():
    text = (
        "Senior Backend Engineer, Dispatch Console\n\n"
        "What you'll do\n"
        "- Build the services behind the agent console in Java: presence, call control, "
        "wrap-up\n"
        "- Own the routing engine that hands each caller to the best available agent by "
        "skill and language\n"
        "- Build the real-time feeds behind supervisor dashboards (agents stuck on a call)\n"
        "- Keep p99 state changes under 200 ms, with PostgreSQL and Kafka\n"
    )
    assert read_posting(text, load_catalog()).group is None


def test_a_validator_of_statistical_models_is_not_an_ai_role():
    text = (
        "Model Risk Analyst\n\n"
        "Duties\n"
        "- Perform independent validations of credit scoring and interest-rate risk "
        "models, including back-testing and sensitivity analysis in Python and SQL\n"
        "- Review the performance monitoring reports that model owners submit\n"
        "- Present validation results to the model risk committee\n"
    )
    assert read_posting(text, load_catalog()).group is None


def test_agents_of_ai_work_still_make_an_ai_role():
    text = (
        "Lead Engineer, Agent Quality\n\n"
        "You'll lead a team building:\n"
        "- simulation environments where the agent solves realistic tasks end to end\n"
        "- automatic graders for multi-step trajectories and tool call correctness\n"
        "- regression gates in CI that block agent releases\n"
        "Bonus points for experience with multi-agent systems.\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is not None and reading.group.group.letter == "D"


@pytest.mark.parametrize(
    "phrase, spans",
    [
        ("you will be the first engineer dedicated to the assistant's quality", ["first engineer"]),
        ("you'd be the first engineer in a small editorial tools team", ["first engineer"]),
        ("you'd be our first engineer.", []),
        ("the first engineer after our cto", []),
        ("the first engineer on the founding team", []),
    ],
)
def test_the_first_engineer_of_a_function_is_not_a_founding_one(phrase, spans):
    assert [phrase[a:b] for a, b in other_senses(phrase)] == spans


def test_a_first_engineer_dedicated_to_an_existing_assistant_is_not_founding():
    text = (
        "AI Observability Engineer\n\n"
        "Our Guest Apps team built Pia, an LLM assistant that answers guests in nine "
        "languages.\n\n"
        "You will be the first engineer dedicated to seeing what Pia does in production.\n\n"
        "What you'll do\n"
        "- Instrument Pia end to end and build dashboards in Grafana\n"
        "- Sample and score real conversations every week and track quality by hotel\n"
        "- Triage incidents when the assistant misbehaves and write them up\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is not None and reading.group.group.letter != "E"
    assert reading.archetypes[0].archetype.slug != "founding"


GATE_DUTIES = (
    "What you'll do\n"
    "- Build the retrieval and prompts behind our LLM assistant that answers tenants\n"
    "- Write the test cases for each answer type and run them before every release\n"
    "- Measure answer quality against the cases our support leads wrote\n"
)


def test_a_gate_in_an_applied_role_runs_evals_not_a_pipeline():
    reading = read_posting("Senior AI Engineer, Tenant Assistant\n\n" + GATE_DUTIES, load_catalog())
    assert reading.group is not None and reading.group.group.letter == "B"
    assert "evals" in reading.skill_flags
    assert "eval-pipelines" not in reading.skill_flags


def test_a_gate_in_an_evals_role_is_the_pipeline_it_builds():
    text = (
        "Evaluation Engineer, LLM Quality\n\n"
        "What you'll do\n"
        "- Own our evals: graders, golden datasets and failure taxonomies for the assistant\n"
        "- Run the eval suite on every pull request and block releases that regress\n"
        "- Review traces with the product team and turn incidents into new test cases\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is not None and reading.group.group.letter == "D"
    assert "eval-pipelines" in reading.skill_flags


def test_a_forecaster_who_retrains_learned_models_keeps_group_a():
    text = (
        "Applied Scientist, Demand\n\n"
        "What you'll do\n"
        "- Own our forecasting models for 4,000 stores and retrain them every week\n"
        "- Run backtests and explain the misses to the planning team\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is not None and reading.group.group.letter == "A"


def test_a_job_without_ai_work_is_asked_no_mlops_skill():
    text = (
        "Senior Backend Engineer, Payments\n\n"
        "What you'll do\n"
        "- Build the payment services in Go and own their deployments to production\n"
        "- Deploy to Kubernetes several times a day with zero-downtime rollouts\n"
        "- Keep PostgreSQL fast and the APIs our checkout calls dependable\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is None
    assert "deployment" not in reading.skill_flags
    assert "apis" in reading.skill_flags

"""Issue 21, sixth round: the job's own sentences decide (roles/reading/ai_context.py
AiPoints, addressed.py, word_sense.py, negation.py, engine.py).

A posting is an AI role only when the sentences addressed to the candidate (duties,
requirements, "you will...", the title) name AI work; the company's story, its product
and its market do not make one, except for a founding engineer, whose job is the product.
The same story counts at half for the group and lane; a posting's lanes are its group's;
and only the job's words make a skill plain, count a faint skill's mentions, or ask for
an AI skill at all."""

from collections import defaultdict

import pytest

from roles.reading import load_catalog, read_posting
from roles.reading.addressed import prose_sentences
from roles.reading.ai_context import names_ai_work
from roles.reading.catalog import ARCHETYPE, GROUP
from roles.reading.engine import _primary_lanes, _rank_archetypes
from roles.reading.fold import fold
from roles.reading.negation import negated_after, others_work
from roles.reading.sections import regions
from roles.reading.word_sense import names_people, other_models, people_agents

pytestmark = pytest.mark.django_db

BILLING_DUTIES = (
    "What you'll do\n"
    "- Own the metering pipeline that turns usage events into invoices, exactly once\n"
    "- Build the pricing engine and the billing APIs our dashboard calls\n"
    "- Reconcile with Stripe every day, in SQL, and keep it correct\n\n"
    "What we're looking for\n"
    "- 6+ years building backend systems in Go: billing, payments or ledgers\n"
    "- PostgreSQL and Kafka at scale\n"
)


def test_ai_only_in_the_company_story_makes_no_ai_role():
    text = (
        "Senior Backend Engineer, Billing\n\n"
        "Nimbra serves open-weight language models to 30,000 developers through one API. "
        "Every request has a price: input tokens, output tokens, fine-tuning hours and "
        "dedicated GPU reservations.\n\n" + BILLING_DUTIES
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is None
    # nor does the story's AI vocabulary ask an AI skill of the job
    assert "fine-tuning" not in reading.skill_flags


def test_a_founding_engineer_builds_the_product_so_its_ai_is_their_work():
    text = (
        "Founding Engineer\n\n"
        "I'm a solo non-technical founder with a waitlist of 600 clinics for our AI "
        "scheduling assistant. I need a first technical hire who can build the MVP, choose "
        "the stack, talk to clinics and later build the team. Expect to do everything: "
        "frontend in TypeScript, backend in Python, deployments, support.\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is not None and reading.group.group.letter == "E"


@pytest.mark.parametrize(
    "phrase, spans",
    [
        ("build the dbt models in snowflake", ["models"]),
        ("review threat models with product teams", ["models"]),
        ("the pricing model changes every quarter", ["model"]),
        ("answers about gas safety and fire safety", ["safety", "safety"]),
        ("red-team the model for safety", []),
        ("train and serve the models", []),
        ("the model behind our search", []),
    ],
)
def test_models_of_data_threats_or_prices_are_not_learned_ones(phrase, spans):
    assert [phrase[a:b] for a, b in other_models(phrase)] == spans


def test_a_data_model_in_the_duties_makes_no_ai_role():
    text = (
        "Analytics Engineer, Revenue Data\n\n"
        "What you'll do\n"
        "- Build and own the dbt models in Snowflake that turn Salesforce and Stripe data "
        "into one view of each customer\n"
        "- Own our Airflow DAGs and the data quality checks on them\n"
        "- Work with finance on the dashboards they run the business on\n"
    )
    assert read_posting(text, load_catalog()).group is None


def test_agents_listed_with_people_are_people():
    folded = fold("we sell through 1,800 independent agents and brokers. the agent portal")
    first = folded.index("agents")
    assert names_people(folded, first, first + len("agents"))
    bare = folded.index("agent portal")
    sense = people_agents(folded, [first, bare])
    assert sense and names_people(folded, bare, bare + len("agent"), sense)
    tools = fold("we build llm agents and tools for analysts")
    start = tools.index("agents")
    assert not names_people(tools, start, start + len("agents"))


def test_another_teams_tech_is_not_an_address_to_the_candidate():
    text = (
        "Frontend Engineer\n\n"
        "Our Editorial Tech team is experimenting with AI-generated highlight clips "
        "for the home page.\n"
    )
    folded = fold(text)
    found = regions(text, folded)
    story = [i for i, r in enumerate(found) if "editorial" in folded[r.start : r.end]]
    assert story and set(story) <= prose_sentences(folded, found)


def test_training_jobs_name_ai_work():
    text = "run the scheduler that places training jobs on the cluster"
    assert names_ai_work(text, 0, len(text))
    assert not names_ai_work("run the staff training programme", 0, 31)


@pytest.mark.parametrize(
    "sentence, word, negated",
    [
        ("you won't work on the models or the inference fleet; another team does.", "fleet", True),
        ("you will not be training, serving or evaluating models.", "evaluating", True),
        ("what you won't do: write the features' prompts yourself.", "prompts", True),
        ("you will not just write prompts, you'll design evals.", "prompts", False),
        ("it must never reach prompts, and our security review checks it.", "security", False),
        ("you won't build models but you will run their deployment.", "deployment", False),
    ],
)
def test_a_negation_reaches_to_the_end_of_its_clause(sentence, word, negated):
    folded = fold(sentence)
    assert negated_after(folded, [0])(folded.index(word)) is negated


def test_a_postings_lanes_are_its_groups():
    """An LLMOps job whose Applied words outscore its own lane's is still read in its
    group's lane first: ranked on the group that was read (C), AI Platform leads."""
    catalog = load_catalog()
    totals = defaultdict(float)
    totals[(ARCHETYPE, "applied-ai")] = 10.0
    totals[(GROUP, "C")] = 8.0
    primary = set(_primary_lanes(catalog).values())
    ranked = _rank_archetypes(catalog, totals, defaultdict(list), primary, set(), best="C")
    assert [a.archetype.slug for a in ranked[:2]] == ["ai-platform", "applied-ai"]
    assert ranked[0].percent == 100 and ranked[1].percent == 100
    unread = _rank_archetypes(catalog, totals, defaultdict(list), primary, set(), best="")
    assert unread[0].archetype.slug == "applied-ai"


def test_faint_words_in_the_company_story_do_not_make_up_a_skill():
    text = (
        "Data Engineer\n\n"
        "Finance lives in dashboards here. Every team has dashboards, and the board reads "
        "dashboards before anything else.\n\n"
        "What you'll do\n"
        "- Build the Airflow pipelines behind the revenue dashboard in SQL\n"
    )
    reading = read_posting(text, load_catalog())
    assert "monitoring" not in reading.skill_flags
    assert "observability" not in reading.skill_flags


def test_the_company_story_counts_at_half_for_the_group():
    text = (
        "Senior Engineer\n\n"
        "Lumora builds LLM-powered tools for small accounting firms across Europe.\n\n"
        "What you'll do\n"
        "- Build LLM-powered features with prompts and retrieval over client documents\n"
    )
    reading = read_posting(text, load_catalog())
    points = {(e.text, e.points) for g in reading.groups for e in g.evidence}
    assert ("LLM-powered", 4.0) in points  # the job's bullet
    assert ("LLM-powered", 2.0) in points  # the company's story: half


@pytest.mark.parametrize(
    "text, ai",
    [
        ("render vector tiles and vector graphics", False),
        ("write semantic html", False),
        ("do statistical inference on a/b tests", False),
        ("own the data modelling in dbt", False),
        ("run the vector database", True),
        ("build semantic search", True),
        ("keep inference fast", True),
        ("betrieb der sprachmodelle und modelle", True),
    ],
)
def test_words_shared_with_other_trades_name_ai_only_in_their_ai_sense(text, ai):
    assert names_ai_work(text, 0, len(text)) is ai


def test_user_agents_are_strings_not_ai_agents():
    folded = fold("parse user agents and referrers")
    start = folded.index("agents")
    assert names_people(folded, start, start + len("agents"))


BACKEND = (
    "Senior Backend Engineer\n\n"
    "Northwind is a logistics company.\n\n"
    "What you'll do\n"
    "- Build the shipment APIs in Go and PostgreSQL\n"
    "- {duty}\n"
    "- Write tests and keep our CI green\n\n"
    "What we're looking for\n"
    "- Years of experience with Go and PostgreSQL\n"
)


@pytest.mark.parametrize(
    "duty",
    [
        # a tool the candidate codes with
        "Use GitHub Copilot and AI coding assistants like Copilot in your daily work",
        # another team's AI, named in a duty
        "Work with our data science team so the features their forecasting models need "
        "arrive on time",
    ],
)
def test_ai_in_a_duty_that_is_a_tool_or_another_teams_makes_no_ai_role(duty):
    reading = read_posting(BACKEND.format(duty=duty), load_catalog())
    assert reading.group is None


def test_a_lead_title_that_names_ai_work_counts_for_its_group():
    text = (
        "Principal AI Engineer\n\n"
        "Greyfield Homes is a housing association with 38,000 homes; our answers to tenants "
        "cover repairs, rent and gas safety.\n\n"
        "As Principal AI Engineer you will set the technical direction for two teams, "
        "mentor eight engineers and make sure the answers about gas safety are right "
        "before they go live.\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group.group.letter == "B"
    assert reading.archetypes[0].archetype.slug == "lead-ai"


METERING = (
    "{title}\n\n"
    "What you'll do\n"
    "- Own the metering pipeline that turns usage events from our inference fleet into "
    "billable records, exactly once\n"
    "- Build the pricing engine and the billing APIs our dashboard calls\n\n"
    "This is a backend role. You will not be training, serving or evaluating models: our "
    "research team does that.\n\n"
    "What we're looking for\n- Go, PostgreSQL and Kafka at scale\n"
)


def test_a_job_that_says_it_is_not_ai_work_under_a_non_ai_title_is_not_an_ai_role():
    catalog = load_catalog()
    billing = read_posting(METERING.format(title="Senior Backend Engineer, Billing"), catalog)
    assert billing.group is None
    # the same words under a title that names AI work: the title is the job's own word
    platform = read_posting(METERING.format(title="Inference Platform Engineer"), catalog)
    assert platform.group is not None


def test_a_duty_that_builds_on_a_model_providers_api_is_ai_work():
    text = (
        "Backend Engineer\n\n"
        "What you'll do\n"
        "- Build the booking APIs in Python and Django\n"
        "- Integrate the OpenAI API to summarise customer reviews on listing pages\n"
        "- Own PostgreSQL performance\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is not None and reading.group.group.letter == "B"
    assert not names_ai_work("the bedrock of our platform", 0, 27)


@pytest.mark.parametrize(
    "sentence, word, theirs",
    [
        ("our platform team packages your models for the desktop app.", "packages", True),
        (
            "work with our platform engineers, who run the pipeline that puts your models in "
            "production.",
            "puts",
            True,
        ),
        # the candidate's own step, and a team the candidate joins
        ("you package your models for the desktop app.", "package", False),
        ("join our platform team, which packages your models.", "packages", False),
        ("our platform team packages models for the desktop app.", "packages", False),
    ],
)
def test_what_another_team_does_to_the_candidates_work_is_theirs(sentence, word, theirs):
    folded = fold(sentence)
    start = folded.index(word)
    assert others_work(folded, [0])(start, start + len(word) + 12) is theirs


def test_the_companys_name_is_not_the_jobs_words():
    text = (
        "Senior Backend Engineer at Quarry Analytics\n\n"
        "Quarry Analytics helps mines plan blasts. At Quarry Analytics you will build the "
        "APIs in Python and PostgreSQL.\n\n"
        "What you'll do\n- Build the blast-planning APIs in Python\n- Own PostgreSQL\n"
    )
    reading = read_posting(text, load_catalog())
    assert "analytics" not in reading.skill_flags
    assert "python" in reading.skill_flags


def test_duties_written_as_prose_under_their_heading_are_the_jobs_words():
    text = (
        "Senior Engineer\n\n"
        "What you'll do\n"
        "Build the retrieval and prompting behind our support assistant. Measure answer "
        "quality every week.\n\n"
        "Requirements\nPython, TypeScript.\n"
    )
    folded = fold(text)
    found = regions(text, folded)
    duty = next(i for i, r in enumerate(found) if "retrieval" in folded[r.start : r.end])
    assert duty not in prose_sentences(folded, found)
    assert read_posting(text, load_catalog()).group is not None


def test_the_team_named_by_the_jobs_title_is_the_jobs_team():
    text = (
        "Platform Engineer\n\n"
        "The role\n"
        "The platform team runs model serving for every product team, on GPUs in two "
        "regions. The role owns autoscaling and cost.\n\n"
        "Requirements\nKubernetes, Python.\n"
    )
    reading = read_posting(text, load_catalog())
    assert reading.group is not None and reading.group.group.letter == "C"

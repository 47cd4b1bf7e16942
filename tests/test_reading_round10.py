"""Round 10: the group decision (docs/posting-reader-accuracy.md, Round 10). People
trained, a CAD method and a new team's first engineer are words of another sense
(staff_words.py); another team's work told in the company's story names no group or
lane (addressed.story_factor); "nothing in this role involves AI" pushes AI away
(ai_context.PUSHED_AWAY). Every case is invented text, never a posting's words."""

import pathlib

import pytest
import re2

from roles.reading import staff_words
from roles.reading.fold import fold
from roles.reading.sections import BODY, regions

from .patterns_support import WORST_INPUTS, patterns_in
from .reading_support import group_letter

pytestmark = pytest.mark.django_db


def test_every_pattern_of_staff_words_runs_on_re2():
    found = patterns_in(staff_words)
    assert {"TRAINING_PEOPLE", "TRADE_TRAINING", "GENERATIVE_DESIGN", "TEAM_FIRST"} <= {
        name for name, _ in found
    }
    assert [name for name, p in found if not isinstance(p, re2._Regexp)] == []
    assert "import re\n" not in pathlib.Path(staff_words.__file__).read_text()


@pytest.mark.parametrize("text", WORST_INPUTS.values(), ids=WORST_INPUTS.keys())
def test_the_audits_worst_inputs_are_read_whole(text):
    for start, end in staff_words.staff_senses(fold(text)):
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Train new technicians in the milling workflow.", "train"),
        ("Training of junior buyers is part of the job.", "training"),
        ("Completed training as a dental technician.", "training"),
        ("Paid further training every year.", "training"),
        ("Try the generative design tool in our CAD suite.", "generative"),
        (
            "We are starting a small search team, and you'll be its first engineer.",
            "first engineer",
        ),
        ("Support the applied AI teams who build on your tables.", "applied ai"),
    ],
)
def test_people_trades_and_new_teams_are_another_sense(sentence, word):
    folded = fold(sentence)
    assert [folded[s:e] for s, e in staff_words.staff_senses(folded)] == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "Train ranking models on our click logs.",
        "Build the training pipeline for our speech models.",
        "We are three founders and you'll be our first engineer.",
        "Our founding team is small and you'll be its first engineer.",
        "We are a small team of three and you'll be its first engineer.",
        "We're a three-person team; you'll be its first engineer.",
        "Train agents with reinforcement learning in our simulator.",
        "Join the applied AI team and ship LLM features.",
    ],
)
def test_model_training_and_a_companys_first_engineer_keep_their_sense(sentence):
    assert staff_words.staff_senses(fold(sentence)) == []


CAD = (
    "Orthotics CAD Designer\n\nYour tasks\n"
    "- Turn foot scans into insole models in our CAD software\n"
    "- Train new technicians in the digital workflow and try the generative design tool "
    "our supplier is piloting\n"
    "- Keep our library of parametric models tidy\n\n"
    "What you bring\n- Completed training as an orthotics technician\n"
)


def test_a_cad_job_that_trains_people_is_not_an_ai_role():
    assert group_letter(CAD) == "-"


def test_a_job_that_trains_models_is_still_one():
    trains = CAD.replace(
        "Your tasks\n",
        "Your tasks\n- Train and fine-tune the deep learning models that segment foot scans, "
        "and evaluate them on held-out scans\n",
    )
    assert group_letter(trains) != "-"


BUYER = (
    "Category Buyer\n\nKey responsibilities\n- Run tenders and supplier reviews\n"
    "- Build cost models for energy and chemicals\n\nTools\nOur new sourcing platform "
    "offers AI-assisted summaries of contracts and automated scoring of bids. You'll use "
    "it daily, but nothing in this role involves building or configuring AI.\n"
)


def test_nothing_in_the_role_involving_ai_pushes_it_away():
    assert group_letter(BUYER) == "-"


SHOP = (
    "AI Product Engineer\n\nOur stack\nThe shop runs on Kubernetes with everything in "
    "Terraform, and events flow into a warehouse our data team models with dbt and "
    "Airflow. The data team also keeps a feature store for the ranking work.\n\n"
    "The role\nWe are starting a small product team to build AI features into the shop, "
    "and you'll be its first engineer.\n\nWhat you'll do\n"
    "- Write the prompts and tool definitions for a planner built on a hosted LLM\n"
    "- Build the React interface and stream the model's answers into it\n"
)


def test_another_teams_stack_and_a_new_teams_first_engineer_leave_the_applied_job():
    assert group_letter(SHOP) == "B"


FOUNDING = (
    "Tallowby (pre-seed, backed by two angels and the founders of a bakery chain) is hiring "
    "a Founding AI Engineer.\n\nWe are building an app where an AI sous-chef plans a "
    "bakery's week. Two founders, 40 bakeries in a closed beta.\n\nWhat you'll do\n"
    "- Build the product end to end: the React app, the Python backend and the LLM "
    "features in between\n- Write the prompts and ship LLM features to real users\n"
    "- Hire the next two engineers\n"
)


def test_a_role_line_said_as_a_sentence_is_the_jobs_not_the_companys_story():
    # "backed by" is a cue of the company's story; in the sentence that names the role,
    # the founding role it names still counts for the job (sections.HIRING_LINE).
    found = regions(FOUNDING)
    assert found[0].kind == BODY
    assert group_letter(FOUNDING) == "E"


PIPES = (
    "Senior Data Engineer\n\nWhat you'll do\n"
    "- Build and run ingestion pipelines (Airflow, Python) that parse PDFs and HTML\n"
    "- Chunk and embed documents and keep the vector indexes in sync with the sources\n"
    "- Support the applied AI teams that read from your tables\n"
)


def test_the_team_a_job_serves_names_their_work_not_the_jobs():
    assert group_letter(PIPES) == "C"

"""Round 9: a non-AI job around AI is not read as an AI role (ai_context.py,
_tells_the_jobs_ai). Kept where it raised skill precision on the tuning batches without
losing a group (docs/posting-reader-accuracy.md, Round 9)."""

import pytest

from roles.reading import load_catalog, read_posting

pytestmark = pytest.mark.django_db

OPS = (
    "Senior Platform Engineer\n\nWhat you'll do\n"
    "- Own our AWS accounts and the Kubernetes clusters that run the web app\n"
    "- Run our CI/CD pipelines with self-hosted build agents and make deploys boring\n"
    "- Set up alerting with Datadog so the on-call engineer hears first\n"
)


def _group(text: str) -> str:
    reading = read_posting(text, load_catalog())
    return reading.group.group.letter if reading.group else "-"


def test_an_ai_companys_blurb_does_not_make_an_ops_job_an_ai_role():
    title, rest = OPS.split("\n\n", 1)
    blurb = title + "\n\nFernwick is an AI-native payroll service.\n\n" + rest
    assert _group(blurb) == "-"


def test_ai_work_put_outside_the_job_does_not_make_it_an_ai_role():
    outside = OPS + (
        "\nWhat you won't do\nThe GPU cluster, model serving and the LLM prompts belong "
        "to the Inference and ML teams.\n"
    )
    assert _group(outside) == "-"


def test_a_note_that_names_ai_in_passing_does_not_make_it_an_ai_role():
    note = OPS + "\nA note on AI: we get asked about it a lot.\n"
    assert _group(note) == "-"


def test_the_same_job_doing_ai_work_is_still_an_ai_role():
    inside = OPS + (
        "- Run model serving for our LLM features on GPUs: vLLM, autoscaling, and the "
        "inference gateway every team calls\n"
    )
    assert _group(inside) != "-"


def test_a_requirement_that_names_ai_plainly_still_tells_the_job():
    asked = OPS + (
        "\nWhat we're looking for\n- You have built something with language models "
        "that people used\n- Experience serving LLM inference on GPUs\n"
    )
    assert _group(asked) != "-"


def test_ai_words_too_few_to_name_a_group_ask_for_no_ai_skill():
    # "Transformers" is an AI word; here they are a substation's, and no group is read.
    grid = (
        "Substation Engineer\n\nWhat you'll do\n"
        "- Test and commission power transformers at our substations\n"
        "- Replace the oil in every transformer on a five-year cycle\n"
        "- Fit temperature sensors to the transformers and read them weekly\n"
    )
    reading = read_posting(grid, load_catalog())
    assert reading.group is None
    assert "transformers" not in reading.skill_flags

"""Round 9: a non-AI job around AI is not read as an AI role (ai_context.py,
_tells_the_jobs_ai), nor asked AI skills where no group is read (engine.py), and the
setting a job works in, named once, is not an ask (asked.asked_enough). Each was kept
where it raised skill precision on the tuning batches without losing a group
(docs/posting-reader-accuracy.md, Round 9)."""

import pathlib

import pytest
import re2

from roles.reading import asked, load_catalog, read_posting
from roles.reading.fold import fold

from .patterns_support import WORST_INPUTS, patterns_in
from .reading_support import group_letter, skill_flags

pytestmark = pytest.mark.django_db


def test_every_pattern_of_the_rounds_rules_runs_on_re2():
    # Round 9's rules use asked.py's patterns (OUT_OF_SCOPE in the AI-role decision too)
    # and add none of their own: every one is RE2, so linear.
    found = patterns_in(asked)
    assert {"OUT_OF_SCOPE"} <= {name for name, _ in found}
    assert [name for name, p in found if not isinstance(p, re2._Regexp)] == []
    assert "import re\n" not in pathlib.Path(asked.__file__).read_text()


@pytest.mark.parametrize("text", WORST_INPUTS.values(), ids=WORST_INPUTS.keys())
def test_the_audits_worst_inputs_are_read_whole(text):
    # RE2 is linear by construction; this shows each input is read whole without error,
    # through the AI-role decision and the skills' rules.
    folded = fold(text)
    for match in asked.OUT_OF_SCOPE.finditer(folded):
        assert match.end() <= len(folded)
    assert read_posting(text[:20000], load_catalog()).text == text[:20000]


OPS = (
    "Senior Platform Engineer\n\nWhat you'll do\n"
    "- Own our AWS accounts and the Kubernetes clusters that run the web app\n"
    "- Run our CI/CD pipelines with self-hosted build agents and make deploys boring\n"
    "- Set up alerting with Datadog so the on-call engineer hears first\n"
)


def test_an_ai_companys_blurb_does_not_make_an_ops_job_an_ai_role():
    title, rest = OPS.split("\n\n", 1)
    blurb = title + "\n\nFernwick is an AI-native payroll service.\n\n" + rest
    assert group_letter(blurb) == "-"


def test_ai_work_put_outside_the_job_does_not_make_it_an_ai_role():
    outside = OPS + (
        "\nWhat you won't do\nThe GPU cluster, model serving and the LLM prompts belong "
        "to the Inference and ML teams.\n"
    )
    assert group_letter(outside) == "-"


def test_a_note_that_names_ai_in_passing_does_not_make_it_an_ai_role():
    note = OPS + "\nA note on AI: we get asked about it a lot.\n"
    assert group_letter(note) == "-"


def test_the_same_job_doing_ai_work_is_still_an_ai_role():
    inside = OPS + (
        "- Run model serving for our LLM features on GPUs: vLLM, autoscaling, and the "
        "inference gateway every team calls\n"
    )
    assert group_letter(inside) != "-"


def test_a_requirement_that_names_ai_plainly_still_tells_the_job():
    asked = OPS + (
        "\nWhat we're looking for\n- You have built something with language models "
        "that people used\n- Experience serving LLM inference on GPUs\n"
    )
    assert group_letter(asked) != "-"


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


GATEWAY = (
    "Senior AI Platform Engineer\n\nWhat you'll do\n"
    "- Run the LLM gateway every team calls: model routing, quotas and per-team budgets\n"
    "- Ship prompt and model versions through a registry with one-step rollback\n"
)


def test_the_jobs_setting_named_once_is_not_an_ask():
    once = GATEWAY + "\nWhat we're looking for\n- Deep experience with AWS (networking, IAM)\n"
    assert "networking" not in skill_flags(once)


def test_the_jobs_setting_said_again_is_an_ask():
    again = GATEWAY + (
        "- Design the VPC networking between the gateway and each team's services\n"
        "\nWhat we're looking for\n- Deep experience with AWS (networking, IAM)\n"
    )
    assert "networking" in skill_flags(again)


def test_a_regulation_named_once_is_the_setting_not_compliance_work():
    once = GATEWAY + "- Keep patient records under HIPAA\n"
    twice = GATEWAY + (
        "- Keep patient records under HIPAA\n"
        "- Produce the audit evidence our SOC 2 and HIPAA assessors ask for each year\n"
    )
    assert "compliance-heavy-governance" not in skill_flags(once)
    assert "compliance-heavy-governance" in skill_flags(twice)

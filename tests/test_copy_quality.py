"""Copy worth pasting, for anyone who fills the form: every text generated for every
person of the persona set (tests/data/personas/) and for the sample on each lane passes
the copy lint and the structural checks (profiles/sample/copy_eval.py)."""

import pytest

from profiles.exports.linkedin import ABOUT, SEE_MORE_AT
from profiles.rendering import current_texts
from profiles.sample import load_sample_answers, sample_name
from profiles.sample.copy_eval import judge
from profiles.sample.personas import Persona, load_personas
from profiles.sample.quality import checked_texts
from roles.models import LaneLine, RoleArchetype

pytestmark = pytest.mark.django_db

LANES = ["applied-ai", "lead-ai", "ai-platform", "reliability-evals", "founding"]
TUNING = load_personas(holdout=False)


def test_the_five_lanes_are_the_guides():
    assert sorted(RoleArchetype.objects.values_list("slug", flat=True)) == sorted(LANES)


@pytest.mark.parametrize("person", TUNING, ids=[p.id for p in TUNING])
def test_every_text_of_a_tuning_persona_is_clean(person):
    found = {j.key: j.findings for j in judge(person) if j.findings}
    assert found == {}


def test_the_held_out_set_meets_the_goal():
    """At most one finding per 20 texts on people the generator was never tuned on."""
    judged = [j for p in load_personas(holdout=True) for j in judge(p)]
    findings = [(j.persona.id, j.key, f) for j in judged for f in j.findings]
    assert len(findings) <= len(judged) / 20, findings


@pytest.mark.parametrize("lane", LANES)
def test_the_sample_passes_on_every_lane(lane):
    """The same checks as `make sample` (the coach's rules too), and the persona checks."""
    texts = checked_texts(load_sample_answers(lane=lane))
    assert {t.key: t.problems for t in texts if t.problems} == {}
    sample = Persona("sample", sample_name(), "", False, load_sample_answers(lane=lane))
    assert {j.key: j.findings for j in judge(sample) if j.findings} == {}


@pytest.mark.parametrize("lane", LANES)
def test_the_lanes_own_lines_frame_the_texts(lane):
    lines = dict(LaneLine.objects.filter(archetype__slug=lane).values_list("kind", "text"))
    texts = current_texts(load_sample_answers(lane=lane))
    assert texts["linkedin_headline"].text.startswith(lines["headline_role"] + " · ")
    assert lines["headline_focus"] in texts["linkedin_headline"].text
    assert texts["linkedin_about"].text.endswith(lines["opener_lane"])
    assert lines["signal"] in texts["linkedin_about"].text
    assert lines["signal"] in texts["intro_message"].text
    assert texts["opener"].text.endswith(lines["opener_lane"])


def test_an_edited_lane_line_is_used_at_once():
    line = LaneLine.objects.get(archetype__slug="ai-platform", kind="opener_lane")
    line.text = "I'm looking for a serving team."
    line.save()
    texts = current_texts(load_sample_answers(lane="ai-platform"))
    assert texts["opener"].text.endswith("I'm looking for a serving team.")


def test_the_guides_own_lines_are_kept_where_they_fit():
    guide_lines = LaneLine.objects.filter(is_suggested=False)
    assert {(line.archetype.slug, line.kind) for line in guide_lines} == {
        ("applied-ai", "headline_focus"),
        ("lead-ai", "signal"),
        ("founding", "signal"),
    }


def test_the_lead_result_is_told_once_and_first():
    about = current_texts(load_sample_answers())[ABOUT].text
    assert about.startswith("I built Runbook Copilot, ")
    assert about.count("from 38 to 22 minutes") == 1
    assert "Runbook Copilot" in about[:SEE_MORE_AT]


def test_the_sample_has_every_step_answered():
    from profiles.steps.registry import HANDLERS

    answers = load_sample_answers()
    assert sample_name()
    for slug, handler in HANDLERS.items():
        if slug != "review":
            assert handler.is_complete(answers), slug
    assert load_sample_answers(lane="founding")["lane"] == "founding"
    assert load_sample_answers()["lane"] == "applied-ai"  # a fresh copy every time

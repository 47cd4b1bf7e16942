"""render_texts works out the slots' values only when a template the planner did not write
fills a slot: with a complete profile every such template is the guide's own line."""

from unittest import mock

import pytest

from profiles.rendering import texts
from profiles.sample import load_sample_answers
from roles import guide

pytestmark = pytest.mark.django_db


def rendered(answers):
    with mock.patch.object(texts, "placeholder_values", wraps=texts.placeholder_values) as values:
        result = texts.render_texts(answers, guide.message_templates(), lane_name="Applied AI")
    return result, values.call_count


def test_a_planned_profile_needs_no_slot_values():
    answers = load_sample_answers()
    assert texts.can_plan(answers)
    result, calls = rendered(answers)
    assert calls == 0 and all(t.text for t in result.values())


def test_an_unplanned_profile_fills_the_guide_s_slots():
    result, calls = rendered({"background": {"level": "Senior"}})
    assert calls == 1 and result

"""The coach on its labelled phrases (tests/data/coach/phrases.jsonl), with the rules the
migrations seed: no finding at all on a clean phrase, the expected rule on at least 95% of
the flagged ones. `make eval-coach` prints the same figures per rule."""

import pytest

from bench.eval_coach import RECALL_TARGET, evaluate, load_phrases, report
from roles.models import MessagingRule

pytestmark = pytest.mark.django_db

# The issue's examples of ordinary engineering language the coach must leave alone.
MUST_STAY_CLEAN = [
    "Teams switching to AI-assisted support saw fewer escalations.",
    "Led the transition of our payments platform to Kubernetes.",
    "I learn from every incident and write the postmortem within 48 hours.",
]


def test_the_labelled_set_has_both_kinds_and_names_only_real_rules():
    phrases = load_phrases()
    flagged = [p for p in phrases if p.expect]
    assert len(phrases) >= 80
    assert len(flagged) >= 40 and len(phrases) - len(flagged) >= 40
    assert len({p.text for p in phrases}) == len(phrases)  # no duplicates
    known = set(MessagingRule.objects.values_list("slug", flat=True))
    assert set().union(*(p.expect for p in flagged)) <= known


def test_the_issue_examples_are_labelled_clean():
    clean = {p.text for p in load_phrases() if not p.expect}
    assert set(MUST_STAY_CLEAN) <= clean


def test_every_filler_rule_is_measured_on_at_least_three_phrases():
    expected = [slug for p in load_phrases() for slug in p.expect]
    filler = MessagingRule.objects.filter(slug__regex=r"^(filler|buzz|vague)-")
    slugs = list(filler.values_list("slug", flat=True))
    assert len(slugs) == 9
    assert all(expected.count(slug) >= 3 for slug in slugs), slugs


def test_no_clean_phrase_gets_any_finding():
    result = evaluate(load_phrases())
    assert result.clean_count >= 40
    assert not result.dirty_clean, report(result)


def test_the_expected_rule_fires_on_at_least_95_percent_of_flagged_phrases():
    result = evaluate(load_phrases())
    assert result.recall >= RECALL_TARGET, report(result)

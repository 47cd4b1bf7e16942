"""The copy lint on its labelled phrases (tests/data/coach/lint_*.jsonl), with the rules the
migrations seed. The held-out file was committed before any lint check existed; it is
measured here, never tuned on (tests/data/coach/README.md)."""

from collections import Counter

import pytest

from bench.eval_coach import LINT_HOLDOUT, LINT_TUNING, RECALL_TARGET, evaluate, load_phrases
from bench.eval_coach import report as full_report
from profiles.coach.copy_lint import LINT_SLUGS
from roles.models import MessagingRule

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", [LINT_TUNING, LINT_HOLDOUT], ids=["tuning", "held-out"])
def test_every_check_has_at_least_five_flagged_and_five_clean_phrases(path):
    phrases = load_phrases(path)
    flagged = Counter(p.check for p in phrases if p.expect)
    clean = Counter(p.check for p in phrases if not p.expect)
    assert set(flagged) == set(clean) == set(LINT_SLUGS)
    assert min(flagged.values()) >= 5 and min(clean.values()) >= 5
    assert len({p.text for p in phrases}) == len(phrases)


def test_the_two_sets_share_no_phrase():
    tuning = {p.text for p in load_phrases(LINT_TUNING)}
    assert not tuning & {p.text for p in load_phrases(LINT_HOLDOUT)}


def test_every_lint_slug_is_a_seeded_copy_lint_rule():
    seeded = MessagingRule.objects.filter(copy_lint=True, is_active=True)
    assert set(seeded.values_list("slug", flat=True)) == set(LINT_SLUGS)


@pytest.mark.parametrize("path", [LINT_TUNING, LINT_HOLDOUT], ids=["tuning", "held-out"])
def test_no_clean_phrase_gets_any_finding(path):
    result = evaluate(load_phrases(path))
    assert not result.dirty_clean, full_report(result)


def test_each_check_catches_its_tuning_phrases():
    result = evaluate(load_phrases(LINT_TUNING))
    assert result.recall >= RECALL_TARGET, full_report(result)
    for check, (flagged, caught, _clean, _alone) in result.by_check.items():
        assert caught / flagged >= RECALL_TARGET, (check, full_report(result))


def test_the_held_out_recall_is_reported_and_high():
    # A floor, not a target to tune to: a held-out miss that drives a change moves that
    # phrase to the tuning file.
    result = evaluate(load_phrases(LINT_HOLDOUT))
    assert result.recall >= 0.9, full_report(result)

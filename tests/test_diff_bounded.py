"""The word diff's work is bounded by construction (profiles/versions/matching.py): every
search the matcher runs is counted here, step by step, and no pair of texts at the
limit (bench/diff.py, also timed by `make bench`) takes more than WORK_LIMIT steps.

Counted, never timed: a step is one turn of SequenceMatcher.find_longest_match's loops
(each old token in range, each position of it in the new text before the range's end,
and each token the best run is extended by)."""

from bisect import bisect_left
from difflib import SequenceMatcher

import pytest

from bench.diff import FIRST_EDIT, SECOND_EDIT, worst_pairs
from profiles.versions import matching
from profiles.versions.diff import DELETE, EQUAL, INSERT, tokenize, word_ops


class CountingMatcher(SequenceMatcher):
    """SequenceMatcher that adds up the steps of every search it runs."""

    steps = 0

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        match = super().find_longest_match(alo, ahi, blo, bhi)
        for i in range(alo, ahi):
            positions = self.b2j.get(self.a[i], [])
            visited = bisect_left(positions, bhi)
            CountingMatcher.steps += 1 + visited + (visited < len(positions))
        CountingMatcher.steps += match.size
        return match


@pytest.fixture
def counted(monkeypatch):
    CountingMatcher.steps = 0
    monkeypatch.setattr(matching, "SequenceMatcher", CountingMatcher)
    return CountingMatcher


def rebuilt(ops):
    old = "".join(text for op, text in ops if op != INSERT)
    new = "".join(text for op, text in ops if op != DELETE)
    return old, new


@pytest.mark.parametrize("name", list(worst_pairs()))
def test_no_pair_at_the_limit_takes_more_steps_than_the_budget(counted, name):
    old, new = worst_pairs()[name]
    ops = word_ops(old, new)
    assert counted.steps <= matching.WORK_LIMIT
    assert rebuilt(ops) == (old, new)


def test_the_counter_sees_the_unbounded_work(counted):
    """The same count over a plain SequenceMatcher on the two texts' tokens is far over
    the budget: the bound is what keeps the diff small, not the inputs."""
    old, new = worst_pairs()["different texts, same words"]
    CountingMatcher(None, tokenize(old), tokenize(new), autojunk=False).find_longest_match()
    assert counted.steps > 10 * matching.WORK_LIMIT


def test_two_edits_in_a_long_text_stay_word_exact(counted):
    old, new = worst_pairs()["one text, two edits far apart"]
    ops = word_ops(old, new)
    assert [op for op in ops if op[0] != EQUAL] == [
        (INSERT, FIRST_EDIT),
        (INSERT, " " + SECOND_EDIT.rstrip()),
    ]
    assert counted.steps <= matching.WORK_LIMIT


def test_a_spent_budget_leaves_the_rest_replaced(monkeypatch):
    """With no steps left, nothing is matched: the whole middle is one replacement, and
    the common start and end (found without searching) stay equal."""
    ops = matching.opcodes(list("xaby"), list("xbay"), matching.Budget(0))
    assert ops == [("replace", 0, 4, 0, 4)]
    monkeypatch.setattr(matching, "WORK_LIMIT", 0)
    assert word_ops("same start, then a b c, same end", "same start, then c b a, same end") == [
        (EQUAL, "same start, then "),
        (DELETE, "a b c"),
        (INSERT, "c b a"),
        (EQUAL, ", same end"),
    ]

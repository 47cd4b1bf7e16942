"""Longest-match-first matching of two token lists, with the work bounded by construction.

difflib.SequenceMatcher finds the longest common run, then does the same on each side of
it. One search walks, for every token of the old range, every position of that token in
the new text: with a token as common as a space, two long texts cost millions of steps,
and the recursion repeats that on each side (seconds for two different 10,000-character
texts). Here each search is charged, before it runs, the most steps it can take (for
every old token in range, its count in the new text, plus two); a search the budget
cannot pay is not run and its range stays a replacement. So one diff never takes more
than its budget's steps (tests/test_diff_bounded.py counts them), whatever the texts.

`opcodes` answers like SequenceMatcher.get_opcodes, and is the same where the budget is
not spent.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from itertools import accumulate

# Steps of the searches' inner loops for one diff: a few milliseconds at most. Two long
# versions of a text that differ in places spend a small part of it (the common runs are
# found in one search each); only texts with little in common run out, and then the
# rest of them is shown as replaced, which is what they are.
WORK_LIMIT = 100_000

Opcode = tuple[str, int, int, int, int]


class Budget:
    """Search steps left, shared by every matching of one diff."""

    def __init__(self, steps: int | None = None) -> None:
        self.left = WORK_LIMIT if steps is None else steps

    def pay(self, steps: int) -> bool:
        if steps > self.left:
            return False
        self.left -= steps
        return True


def _blocks(a: list, b: list, budget: Budget) -> list[tuple[int, int, int]]:
    """SequenceMatcher.get_matching_blocks, with each search paid for first."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    counts = Counter(b)
    # cost[i] - cost[lo]: the most steps a search over a[lo:i] takes (its loops visit, for
    # each a[x], at most every position of a[x] in b, then extend the best run).
    cost = [0, *accumulate(counts.get(token, 0) + 2 for token in a)]
    found = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        if not budget.pay(cost[ahi] - cost[alo]):
            continue
        i, j, k = matcher.find_longest_match(alo, ahi, blo, bhi)
        if k:
            found.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    found.sort()
    # Adjacent blocks joined, as difflib does, and its end marker.
    blocks: list[tuple[int, int, int]] = []
    for i, j, k in found:
        if blocks and blocks[-1][0] + blocks[-1][2] == i and blocks[-1][1] + blocks[-1][2] == j:
            last = blocks.pop()
            blocks.append((last[0], last[1], last[2] + k))
        else:
            blocks.append((i, j, k))
    blocks.append((len(a), len(b), 0))
    return blocks


def opcodes(a: list, b: list, budget: Budget) -> list[Opcode]:
    """(tag, i1, i2, j1, j2) runs turning a into b, as SequenceMatcher.get_opcodes."""
    result: list[Opcode] = []
    i = j = 0
    for ai, bj, size in _blocks(a, b, budget) if a and b else [(len(a), len(b), 0)]:
        if i < ai and j < bj:
            result.append(("replace", i, ai, j, bj))
        elif i < ai:
            result.append(("delete", i, ai, j, bj))
        elif j < bj:
            result.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            result.append(("equal", ai, i, bj, j))
    return result

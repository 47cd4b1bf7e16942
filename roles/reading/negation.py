"""Whether a skill stands just after a negation in its sentence: "you will not be writing
prompts" does not ask for prompting ("not just", "not only" still ask)."""

from __future__ import annotations

import re
from bisect import bisect_right

NEGATION = re.compile(
    r"(?<!\w)(?:not|never|no longer|(?:won|don|doesn|isn|aren)['’]t)(?!\w)"
    r"(?!\s(?:just|only|merely)\b)"
)
NEGATION_REACH = 24  # characters from the negation's end to the skill's start


def negated_after(folded: str, starts: list[int]):
    """Whether a skill found at an offset follows a negation closely in its sentence."""
    ends = [m.end() for m in NEGATION.finditer(folded)]
    if not ends:
        return lambda position: False

    def negated(position: int) -> bool:
        k = bisect_right(ends, position) - 1
        if k < 0 or position - ends[k] > NEGATION_REACH:
            return False
        return bisect_right(starts, ends[k] - 1) == bisect_right(starts, position)

    return negated

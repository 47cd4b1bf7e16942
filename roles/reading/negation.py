"""Whether a skill stands after a negation in its clause: "you will not be writing
prompts" does not ask for prompting ("not just", "not only" still ask).

A negation reaches over the things it lists ("you won't work on the models or the
inference fleet", "what you won't do: write the prompts"), to the end of its clause: a
stop (";", a dash, a bracket) or a word that turns to what the job does ("but", "so",
"instead", "you'll", "and our"). Past NEGATION_REACH characters it no longer reaches,
clause or not.
"""

from __future__ import annotations

import re
from bisect import bisect_right

NEGATION = re.compile(
    r"(?<!\w)(?:not|never|no longer|(?:won|don|doesn|isn|aren)['’]t)(?!\w)"
    r"(?!\s(?:just|only|merely)\b)"
)
NEGATION_REACH = 80  # characters from the negation's end to the skill's start
CLAUSE_END = re.compile(
    r"[;()\[\]—–]|\s-\s|,\s*and(?!\w)|(?<!\w)(?:but|so|instead|rather|while|whereas|"
    r"although|though|which|that|where|you['’](?:ll|re)|you\s+will|we|"
    r"and\s+(?:our|your|you|we|they|it|this))(?!\w)"
)


def negated_after(folded: str, starts: list[int]):
    """Whether a skill found at an offset follows a negation in its clause."""
    ends = [m.end() for m in NEGATION.finditer(folded)]
    if not ends:
        return lambda position: False

    def negated(position: int) -> bool:
        k = bisect_right(ends, position) - 1
        if k < 0 or position - ends[k] > NEGATION_REACH:
            return False
        if CLAUSE_END.search(folded, ends[k], position):
            return False
        return bisect_right(starts, ends[k] - 1) == bisect_right(starts, position)

    return negated

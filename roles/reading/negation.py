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


# "Our platform team packages your models", "our platform engineers, who run the
# pipeline that puts your models in production": another team doing something to the
# candidate's work ("your models") in its own clause. That step is the team's, not a
# skill asked of the candidate. Only a named team ("our platform team", not "our team"),
# and not one the candidate joins or leads ("join our platform team, which...").
OTHERS_DOING = re.compile(
    r"(?<!\w)(?:our|the|their|another|other)\s+(?!team)[\w/-]+\s+(?:[\w/-]+\s+)?"
    r"(?:team|teams|engineers|scientists|researchers|analysts|squad)(?:,?\s+who)?"
    r"(?=\s+[a-z]+s\b|,?\s+who\b)"
)
JOINED = re.compile(r"(?<!\w)(?:join|joining|joins|lead|leading|on|in|into|as)\s+$")
OTHERS_CLAUSE_END = re.compile(r"[.;:!?()]|(?<!\w)(?:you|but|while)(?!\w)")
YOUR = re.compile(r"(?<!\w)your(?!\w)")
OTHERS_REACH = 80  # characters from the team to the skill


def others_work(folded: str, starts: list[int]):
    """A test of whether a skill found at start..end stands in a clause where another
    team does something to the candidate's work."""
    ends = [
        m.end()
        for m in OTHERS_DOING.finditer(folded)
        if not JOINED.search(folded, max(0, m.start() - 10), m.start())
    ]
    if not ends:
        return lambda start, end: False

    def theirs(start: int, end: int) -> bool:
        k = bisect_right(ends, start) - 1
        if k < 0 or start - ends[k] > OTHERS_REACH:
            return False
        if OTHERS_CLAUSE_END.search(folded, ends[k], start):
            return False
        if not YOUR.search(folded, ends[k], end):
            return False
        return bisect_right(starts, ends[k] - 1) == bisect_right(starts, start)

    return theirs

"""Words that name people as often as AI: "agents" in "support agents", "estate agents",
"a human agent" are people doing a job, not AI agents. A found "agent" or "agents" right
after one of those words is not a signal of anything.

The pattern has no nested repeats (tests/test_reading_patterns_linear.py); it runs on a
few characters before each found "agent".
"""

from __future__ import annotations

import re

AGENT = re.compile(r"agents?")
# Lower case: it runs on the folded posting, on the words just before "agent(s)".
PEOPLE_BEFORE = re.compile(
    r"(?<!\w)(?:support|service|customer|care|contact[- ]cent(?:er|re)|call[- ]cent(?:er|re)|"
    r"estate|letting|property|travel|sales|insurance|booking|human|live|field|desk|"
    r"helpdesk|help desk|frontline|front-line|border|federal|secret|free)\s+$"
)
REACH = 24  # characters looked at before the word


def names_people(folded: str, start: int, end: int) -> bool:
    """Whether the found text at start..end is "agent(s)" naming people."""
    if not AGENT.fullmatch(folded, start, end):
        return False
    return PEOPLE_BEFORE.search(folded, max(0, start - REACH), start) is not None

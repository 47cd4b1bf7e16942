"""Words that name something else as often as what the reader looks for.

- "agents" in "support agents", "estate agents", "a human agent" are people doing a job,
  and in "EDR agents", "monitoring agents" programs on a machine: not AI agents. Once a
  posting names agents as people, a bare "agent" elsewhere in it ("the agent desktop",
  "an agent sees the account") is one of them too, unless AI words qualify it ("AI
  agent", "LLM agents").
- A product written with a capital ("React", "Spark") and found in lower case with a
  verb's -s ("the app reacts quickly", "sparks a debate") is the verb, not the product.
- "our first hire" is the candidate; hiring is "help us hire", "make the first hires".
- "alerts" where the sentence is about security ("SIEM alerts", "detection rules") are
  threats to triage, not the monitoring of a system the checklist asks for.

The patterns have no nested repeats (tests/test_reading_patterns_linear.py); each runs on
a few characters before a found word, or once per sentence.
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
# Programs installed on machines, which no one means as AI.
PROGRAMS_BEFORE = re.compile(
    r"(?<!\w)(?:edr|xdr|endpoint|monitoring|datadog|logging|backup|ci|puppet|chef|ssh|"
    r"antivirus)\s+$"
)
REACH = 24  # characters looked at before the word


def people_agents(folded: str, agent_starts: list[int]) -> bool:
    """Whether the posting names agents as people anywhere (its sense of "agent")."""
    return any(PEOPLE_BEFORE.search(folded, max(0, start - REACH), start) for start in agent_starts)


def names_people(folded: str, start: int, end: int, people_sense: bool = False) -> bool:
    """Whether the found text at start..end is "agent(s)" naming people or programs.
    `people_sense`: the posting names agents as people elsewhere (people_agents)."""
    if not AGENT.fullmatch(folded, start, end):
        return False
    before = folded[max(0, start - REACH) : start]
    if PEOPLE_BEFORE.search(before) or PROGRAMS_BEFORE.search(before):
        return True
    return people_sense and not _AI_QUALIFIED.search(before)


# Only AI words proper qualify an agent in a posting of people agents: "the agent" and
# "our agents" there are the staff.
_AI_QUALIFIED = re.compile(
    r"(?<!\w)(?:ai|llm|llms|ai-powered|llm-powered|llm-based|autonomous|agentic|"
    r"software|coding|voice|conversational|multi-step|tool-using)\s+$"
)


def names_a_verb(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether `text`, found for a signal with these phrases, is a capitalised product's
    name in lower case with a verb's -s ("reacts" for "React")."""
    if not text.islower() or not text.endswith("s"):
        return False
    for stem in (text[:-1], text[:-2] if text.endswith("es") else ""):
        if stem and any(p[:1].isupper() and p.casefold() == stem for p in phrases):
            return True
    return False


# "You'd be our first hire", "join as our first engineering hire": singular, the hire is
# the candidate.
CANDIDATE_HIRE = re.compile(r"first\s+(?:[\w-]+\s+)?hire")


def names_the_candidate(text_folded: str) -> bool:
    return CANDIDATE_HIRE.fullmatch(text_folded) is not None


ALERT = re.compile(r"alert(?:s|ing)?")
SECURITY_WORDS = re.compile(
    r"(?<!\w)(?:siem|soc|security|threats?|detections?|phishing|intrusions?|malware|"
    r"edr|xdr|attackers?|fraud)(?!\w)"
)


def security_alert(folded: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a found "alert(s)" stands in a sentence about security."""
    if not ALERT.fullmatch(folded, start, end):
        return False
    return SECURITY_WORDS.search(folded, sentence[0], sentence[1]) is not None

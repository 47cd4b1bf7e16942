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
- "models" qualified by what they model ("dbt models", "threat models", "the pricing
  model") are schemes of data, risk or money, not machine-learning models; "agents"
  listed with people ("agents and brokers") are people too, and "user agents" strings;
  AI the candidate codes with ("GitHub Copilot", "AI coding assistants") is a tool.
- "the first engineer dedicated to ..." or "... in our X team" is the first of a
  function at a company that has engineers, not a founding engineer.

The patterns have no nested repeats (tests/test_reading_patterns_linear.py); each runs on
a few characters before a found word, or once per sentence.
"""

from __future__ import annotations

import re

from .asked import disputed_payment, tests_ai_outputs
from .staff_words import staff_senses

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
    r"antivirus|user|browser)\s+$"
)
# Listed with people ("agents and brokers", "dispatchers, agents"): people too.
PEOPLE_NOUNS = (
    r"(?:brokers|advis[eo]rs|representatives|reps|supervisors|managers|staff|employees|"
    r"handlers|adjusters|underwriters|dispatchers|receptionists|clerks|tellers|nurses|"
    r"drivers|carers|caseworkers|officers|planners|recruiters|realtors)"
)
PEOPLE_LISTED_BEFORE = re.compile(rf"(?<!\w){PEOPLE_NOUNS}\s*(?:,|and|or|&|/)\s*$")
# Matched right after "agent(s)"; the lookbehind makes it start only where a run of blanks
# starts, so a scan over a long run of blanks stays linear.
PEOPLE_LISTED_AFTER = re.compile(rf"(?<!\s)\s*(?:,|and|or|&|/)\s*{PEOPLE_NOUNS}(?!\w)")
REACH = 24  # characters looked at before the word


def people_agents(folded: str, agent_starts: list[int]) -> bool:
    """Whether the posting names agents as people anywhere (its sense of "agent")."""
    return any(_people_here(folded, start) for start in agent_starts)


def _people_here(folded: str, start: int) -> bool:
    before = folded[max(0, start - REACH) : start]
    if PEOPLE_BEFORE.search(before) or PEOPLE_LISTED_BEFORE.search(before):
        return True
    after = AGENT.match(folded, start)
    return after is not None and PEOPLE_LISTED_AFTER.match(folded, after.end()) is not None


def names_people(folded: str, start: int, end: int, people_sense: bool = False) -> bool:
    """Whether the found text at start..end is "agent(s)" naming people or programs.
    `people_sense`: the posting names agents as people elsewhere (people_agents)."""
    if not AGENT.fullmatch(folded, start, end):
        return False
    before = folded[max(0, start - REACH) : start]
    if _people_here(folded, start) or PROGRAMS_BEFORE.search(before):
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


# What a model is of, when it is not a learned one: a scheme of data, risk, money or work.
# Lower case, on the folded posting; the word after is "model(s)" itself.
OTHER_MODELS = re.compile(
    r"(?<!\w)(?:data|dbt|sql|threat|pricing|business|financial|revenue|rating|operating|"
    r"mental|domain|object|3d|cost|delivery|engagement|service|staffing|commercial|"
    r"licensing|subscription|permissions?|access|ownership|support|governance|role)"
    r"(?:\s+|-)(models?)(?!\w)"
)


# AI the candidate codes with is a tool, like their editor: "GitHub Copilot", "AI coding
# assistants", "AI-assisted development". It says nothing of the work.
CODING_TOOLS = re.compile(
    r"(?<!\w)(?:github\s+copilot|(?:ai|llm)[- ](?:powered\s+)?(?:coding|code|developer)\s+"
    r"(?:assistants?|tools?|tooling)|coding\s+(?:assistants?|copilots?)|"
    r"ai[- ]assisted\s+(?:coding|development|programming))"
    r"(?:\s+(?:like|such\s+as)\s+(?:github\s+)?copilot)?(?!\w)"
)


# Safety of people and places, not of a model's outputs: "gas safety", "fire safety".
PHYSICAL_SAFETY = re.compile(
    r"(?<!\w)(?:gas|fire|food|road|workplace|site|building|electrical|occupational|"
    r"physical|child|flight|aviation|rail|health\s+and|health\s+&)\s+(safety)(?!\w)"
)


def other_models(folded: str) -> list[tuple[int, int]]:
    """Spans of AI words in another sense: "model(s)" that name a scheme of data, risk or
    money ("dbt models", "threat models", "pricing model"), AI coding tools, and the
    safety of people and places ("gas safety")."""
    spans = [m.span(1) for m in OTHER_MODELS.finditer(folded)]
    spans += [m.span(1) for m in PHYSICAL_SAFETY.finditer(folded)]
    return spans + [m.span() for m in CODING_TOOLS.finditer(folded)]


# The first engineer of a function, not of the company: "the first engineer dedicated to
# seeing what the assistant does in production", "the first engineer in a small
# Editorial Technology team". A company with teams and a product already has engineers;
# a founding engineer is the first at the company ("our first engineer", "the first
# engineer after our CTO", "the first engineer on the founding team").
FIRST_IN_A_FUNCTION = re.compile(
    r"(?<!\w)(first\s+(?:[\w-]+\s+)?(?:engineer|hire))(?=\s+(?:dedicated|devoted|focused|"
    r"assigned)\s+(?:to|on)(?!\w)|\s+(?:in|on|within|for|of)\s+(?:a|an|the|our|its)\s+"
    r"(?!(?:founding|engineering|tech|technical|core)\s)[^.;:\n]{1,40}?"
    r"(?:team|squad|group|function|department)(?!\w))"
)


def other_senses(folded: str) -> list[tuple[int, int]]:
    """Spans of words in another sense: other_models, and a first engineer who is the
    first of a function rather than of the company (not founding)."""
    spans = other_models(folded) + [m.span(1) for m in FIRST_IN_A_FUNCTION.finditer(folded)]
    return spans + staff_senses(folded)  # people trained, a CAD method, a new team's first


def blanked(folded: str, spans: list[tuple[int, int]]) -> str:
    """The folded text with these spans blanked out, offsets kept."""
    if not spans:
        return folded
    chars = list(folded)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def other_skill_sense(folded, hit, sentence):
    """A test of whether a skill signal found at `hit` names the skill at all
    (word_sense.py): "reacts" is not React, "our first hire" asks for no hiring work,
    "SIEM alerts" are not monitoring, tests of an assistant's answers are not testing, a
    card payment's chargeback is not cost."""
    text = folded[hit.start : hit.end]
    candidate = names_the_candidate(text)
    alert = sentence is not None and security_alert(
        folded, hit.start, hit.end, (sentence.start, sentence.end)
    )
    verb = text.islower() and hit.text.islower() and hit.text.endswith("s")
    # "tests" of an assistant's answers measure its quality: evals, not testing (asked.py)
    evals = tests_ai_outputs(folded, hit.start, hit.end, sentence)
    # a card payment's chargeback is no cost of the job's systems (asked.py)
    disputed = disputed_payment(folded, hit.start, hit.end, sentence)

    def other(signal) -> bool:
        if verb and names_a_verb(hit.text, signal.phrases):
            return True
        return (
            (candidate and signal.target == "hiring")
            or (alert and signal.target == "monitoring")
            or (evals and signal.target == "testing")
            or (disputed and signal.target == "cost")
        )

    return other


def within(hit, spans: list[tuple[int, int]]) -> bool:
    """Whether a found hit lies inside one of these spans (few: a linear look is enough)."""
    return any(start <= hit.start and hit.end <= end for start, end in spans)

"""Plain-English joins for what people typed, so a filled slot reads as written.

Deterministic and small on purpose: each helper handles the shapes the background form
invites ("payments, ledgers", "Runbook Copilot", "cut median time from 38 to 22 min")
and leaves anything it does not recognise as typed.
"""

from __future__ import annotations

from roles.patterns import SPACE, linear

DETERMINERS = frozenset({"a", "an", "the", "my", "our", "its", "one", "this"})
# Past tenses a result line starts with that do not end in "-ed".
IRREGULAR_PAST = frozenset(
    """cut built ran made won brought took grew drove led kept sped caught found gave got
    held left met put rewrote sent set shipped spun stood taught told undertook wrote shrank
    split""".split()  # noqa: SIM905 - a word list reads best as words
)
# An acronym read letter by letter takes "an" when its first letter sounds like a vowel.
_VOWEL_SOUND_LETTERS = "AEFHILMNORSX"
_A_BEFORE = ("uni", "use", "usu", "one", "eu", "ubi")  # "a unified", "a user-facing"
_AN_BEFORE = ("hour", "honest", "honou")
_LIST_SPLIT = linear(rf"{SPACE}*[,;]{SPACE}*")  # RE2: a run of spaces is no slower


def is_acronym(word: str) -> bool:
    """'RAG', 'SDE2', 'LLMs': more than one letter, and capitals or digits after the first."""
    letters = word.strip("()[]\"'“”‘’.,;:")
    return len(letters) > 1 and any(c.isupper() or c.isdigit() for c in letters[1:])


def _said_as_a_word(acronym: str) -> bool:
    """'RAG' and 'HITL' are said as words ('a RAG bot'); 'LLM' and 'SDE2' letter by letter."""
    return len(acronym) > 2 and acronym[1].lower() in "aeiou" and acronym[0].lower() not in "aeiou"


def article_for(phrase: str) -> str:
    """'a' or 'an' for the phrase that follows it, by how its first word is said."""
    word = phrase.split(" ", 1)[0].strip("()[]\"'“”‘’") if phrase else ""
    if not word:
        return "a"
    if (is_acronym(word) or word.isupper()) and not _said_as_a_word(word):
        return "an" if word[0].upper() in _VOWEL_SOUND_LETTERS else "a"
    lowered = word.lower()
    if lowered.startswith(_AN_BEFORE):
        return "an"
    if lowered.startswith(_A_BEFORE):
        return "a"
    return "an" if lowered[0] in "aeiou8" or lowered.startswith(("11", "18")) else "a"


def sentence_case(value: str, *, at_start: bool) -> str:
    """'Senior' -> 'senior' mid-sentence, 'Senior' at its start; 'SDE2' stays as it is."""
    word = value.split(" ", 1)[0]
    if any(c.isupper() or c.isdigit() for c in word[1:]):
        return value
    return (value[:1].upper() if at_start else value[:1].lower()) + value[1:]


def join_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b, and c'. The serial comma because the guide's own lines use it
    ("debugging, rollout, and engineering instincts"): one style within a text."""
    items = [i for i in (x.strip() for x in items) if i]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def split_list(text: str) -> list[str]:
    """'payments, ledgers; search' -> ['payments', 'ledgers', 'search']."""
    return [part for part in _LIST_SPLIT.split((text or "").strip()) if part]


def list_text(text: str) -> str:
    """A typed comma list as a plain-English list: 'agents, RAG, evals' -> 'agents, RAG, and
    evals'. Text that already joins its last item, or is not a list, stays as typed."""
    text = trim(text)
    lowered = f" {text.lower()} "
    if " and " in lowered or " or " in lowered or "&" in text or ". " in text:
        return text
    return join_list(split_list(text))


def trim(text) -> str:
    """Typed text for the middle of a sentence: no surrounding space, no closing full stop."""
    text = "" if text is None else " ".join(str(text).split())
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("..") else text


def is_description(name: str) -> bool:
    """'Dispute triage agent' describes a thing; 'Runbook Copilot' or 'triagebot' names it."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0].lower() in DETERMINERS:
        return True
    return any(w[:1].islower() for w in words[1:] if w[:1].isalpha() and not is_acronym(w))


def noun_phrase(name: str) -> str:
    """An artifact's name as it reads after 'with' or 'shipped': 'a dispute triage agent',
    'Runbook Copilot', 'an LLM eval harness'."""
    name = trim(name)
    if not is_description(name):
        return name
    first = name.split(" ", 1)[0]
    if first.lower() in DETERMINERS:
        return first.lower() + name[len(first) :]
    if not is_acronym(first):
        name = name[:1].lower() + name[1:]
    return f"{article_for(name)} {name}"


# Present tenses a result line often starts with ("routes card disputes", "answers 80%").
PRESENT_VERBS = frozenset(
    """answers automates blocks catches classifies cuts detects drafts extracts finds flags
    gates generates handles helps lets monitors powers predicts ranks reduces resolves
    retrieves reviews routes runs saves scores serves summarises summarizes tracks triages
    turns writes""".split()  # noqa: SIM905 - a word list reads best as words
)


def starts_with_verb(text: str) -> bool:
    """'Cut median time…', 'reduced pages…', 'routes disputes…': a result said as a verb."""
    word = text.split(" ", 1)[0].lower().strip(",;:")
    return (
        word in IRREGULAR_PAST or word in PRESENT_VERBS or (word.endswith("ed") and len(word) > 3)
    )


class Clause(str):
    """A filler ending in a clause ('…, a RAG assistant that cut X'): a sentence that goes on
    after it needs a comma to close it ('…, and payments reliability')."""


def artifact_phrase(name: str, result: str) -> str:
    """The artifact slot: its name, then what it did, joined as one noun phrase.

    'Runbook Copilot' + 'a RAG assistant that cut …' -> 'Runbook Copilot, a RAG assistant
    that cut …' (an appositive); 'Dispute triage agent' + 'cut handling time 40%' ->
    'a dispute triage agent that cut handling time 40%'; anything else goes in brackets.
    """
    phrase = noun_phrase(name)
    result = trim(result)
    if not result:
        return phrase
    if not phrase:
        return result
    first = result.split(" ", 1)[0]
    if first.lower() in DETERMINERS:
        return Clause(f"{phrase}, {first.lower()}{result[len(first) :]}")
    if starts_with_verb(result):
        joiner = " that " if is_description(name) else ", which "
        return Clause(phrase + joiner + sentence_case(result, at_start=False))
    return f"{phrase} ({sentence_case(result, at_start=False)})"

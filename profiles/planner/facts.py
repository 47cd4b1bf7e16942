"""The person's answers read as facts a sentence can be planned from.

Every free-text answer is tidied once here (see words.py); the sentence patterns in
sentences.py choose a shape from what these facts hold, never from a fixed frame.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..answers import artifact_items, credibility_items
from ..rendering.english import DETERMINERS, article_for, is_description, split_list
from .words import (
    PROPER_NOUNS,
    fix_case,
    has_number,
    lower_first,
    sentences_of,
    spoken,
    squash,
    starts_with_verb,
    without_private,
)

# "Other" on the form is a level the list lacks: the copy says "engineer" alone.
LEVEL_WORDS = {
    "Senior": "senior",
    "Staff": "staff",
    "Lead": "lead",
    "Principal": "principal",
    "SDE2": "SDE2",
}
# Head nouns of things that are not counted ("search", "instrumentation"): no "a" before.
UNCOUNTED = frozenset(
    """search instrumentation accounting tooling infrastructure data software monitoring
    tracing extraction routing speech-to-text ocr retrieval evaluation moderation
    observability support analytics""".split()  # noqa: SIM905
)
_BARE_ENDINGS = ("s", "ing", "tion", "ance", "ity", "ics", "ment", "ware", "ops", "ai")
_HEAD_STOP = frozenset(
    [
        "for",
        "that",
        "which",
        "with",
        "over",
        "into",
        "of",
        "on",
        "in",
        "to",
        "from",
        "by",
        "who",
        "pushed",
        "built",
        "used",
        "plus",
        "and",
    ]
)


def tidy(text, names: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """Free text ready for a sentence: private asides out, symbols said, case fixed."""
    text, removed = without_private(squash(text))
    return fix_case(spoken(squash(text)), names), removed


@dataclass
class Artifact:
    index: int
    name: str  # exactly as typed
    what: str  # tidied; a noun phrase with its article, or a verb phrase
    what_is_verb: bool
    result: str  # tidied, may hold several of the person's sentences
    scale: str
    url: str
    private: list[str] = field(default_factory=list)
    # What sentences.py works out from it (its result's sentences, its scale's), once for
    # all the texts and variants of the plan that read it: every text tells the lead.
    told: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def has_number(self) -> bool:
        return has_number(self.result)

    @property
    def results(self) -> list[str]:
        return sentences_of(self.result)


def noun_phrase_with_article(what: str, names: tuple[str, ...]) -> str:
    """'RAG bot over our docs' → 'a RAG bot over our docs'; 'search for the marketplace'
    and 'call summaries' stay bare; a phrase with its own article keeps it."""
    first = what.split(" ", 1)[0]
    if first.lower() in DETERMINERS:
        return first.lower() + what[len(first) :]
    if first.lower() in ("the", "our", "my", "every", "all", "each", "one"):
        return what
    if first.endswith(","):  # a list of things ("routing, caching and budgets")
        return what
    head = first
    for word in what.split():
        if word.lower().strip(",") in _HEAD_STOP:
            break
        head = word.strip(",")
    lowered = head.lower()
    plural = lowered.endswith("s") and not lowered.endswith(("ss", "us"))
    if lowered in UNCOUNTED or plural or lowered.endswith("ing"):
        return what
    return f"{article_for(what)} {what}"


def _name_as_typed(what: str, name: str, *, verb_phrase: bool = True) -> str:
    """What it is, when it repeats the name in another case ('a document extraction
    service that turns …' for Extraction Service): the verb phrase after it ('turns …'),
    or the name as typed in its place. A name is never written in another case."""
    distinctive = " " in name or not name.isalpha() or any(c.isupper() for c in name[1:])
    if not name or not distinctive:  # "Triage" is also a word: "cut triage by 40%"
        return what
    match = re.search(rf"\b{re.escape(name)}\b", what, re.IGNORECASE)
    if match is None or match.group(0) == name:
        return what
    after = re.match(r"\s+(?:that|which)\s+(.+)", what[match.end() :])
    if after and verb_phrase:
        return after.group(1)
    return what[: match.start()] + name + what[match.end() :]


def read_artifact(index: int, item: Mapping, names: tuple[str, ...]) -> Artifact:
    name = " ".join(str(item.get("name") or "").split())
    item = {**item, "what": " ".join(str(item.get("what") or "").split())}
    what, private = tidy(item.get("what"), names)
    what = lower_first(_name_as_typed(what, name), names)
    is_verb = starts_with_verb(what)
    if what and not is_verb:
        what = noun_phrase_with_article(what, names)
    result, more = tidy(item.get("result"), names)
    for other in names:  # "the extraction service cut …" keeps the name as typed
        result = _name_as_typed(result, other, verb_phrase=False)
    scale, most = tidy(item.get("scale"), names)
    return Artifact(
        index=index,
        name=name,
        what=what,
        what_is_verb=is_verb,
        result=result,
        scale=scale,
        url=str(item.get("url") or "").strip(),
        private=private + more + most,
    )


def _wants_the(artifact: Artifact) -> bool:
    """'quote agent', 'FAQ bot' and 'Dispute triage agent' describe a thing, so read 'the
    quote agent'; 'Runbook Copilot' and 'menu-parser' are names. Either stays as typed."""
    if "wants_the" not in artifact.told:
        artifact.told["wants_the"] = is_description(artifact.name)
    return artifact.told["wants_the"]


def subject(artifact: Artifact) -> str:
    """The artifact as a sentence's subject: its name as typed, with 'The' before a
    description ('The quote agent')."""
    return f"The {artifact.name}" if _wants_the(artifact) else artifact.name


def object_name(artifact: Artifact) -> str:
    """The artifact after a verb ('I built …'): 'the quote agent', 'Runbook Copilot'."""
    return f"the {artifact.name}" if _wants_the(artifact) else artifact.name


@dataclass
class Person:
    level: str  # as a word inside a sentence: "senior", "SDE2", "" for Other
    years: int | None
    domains: list[str]
    edge: str
    ai_work: list[str]
    strengths: list[str]
    artifacts: list[Artifact]
    credibility: list[tuple[str, str]]  # (point slug, tidied text), private asides out
    private: list[str]
    # What background.py works out from it (the credibility answers as sentences), once
    # for every variant of the About that lists them.
    told: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.artifacts)


def _items(text, names) -> list[str]:
    """A typed list ('agents, RAG, and evals'; 'Debugging. Performance.') as its items."""
    tidied, _ = tidy(re.sub(r"\.\s+", ", ", str(text or "")), names)
    items = [re.sub(r"^(?:(?:and|or|plus)\s++)++", "", squash(x)) for x in split_list(tidied)]
    items = [i for i in items if i]
    if len(items) > 1 and " and " in items[-1]:  # "agents, RAG and evals"
        items[-1:] = [i for i in items[-1].split(" and ") if i.strip()]
    return items


def bare_or_article(item: str) -> str:
    """One item of a list of work: 'RAG chatbot' -> 'a RAG chatbot'; 'agents', 'LLM
    serving', 'RAG', 'on-device summarization' stay bare."""
    words = item.split()
    head = words[-1].lower() if words else ""
    if (
        len(words) < 2
        or words[-1][:1].isupper()
        or head.endswith(_BARE_ENDINGS)
        or " and " in f" {item} "
    ):
        return item
    return noun_phrase_with_article(item, ())


def plain_case(item: str, names: tuple[str, ...]) -> str:
    """A list item typed in Title Case ('Incident Response') in plain case mid-sentence;
    acronyms, proper nouns and names stay as typed."""
    words = item.split()
    title = all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words if w[:1].isalpha())
    if len(words) > 1 and title and not any(w in PROPER_NOUNS or w in names for w in words):
        return item.lower()
    return lower_first(item, names)


def _work(items: list[str], names: tuple[str, ...]) -> list[str]:
    """AI work as typed; one item alone reads as a thing ('a RAG chatbot')."""
    items = [plain_case(w, names) for w in items]
    return [bare_or_article(items[0])] if len(items) == 1 else items


def read_person(answers: Mapping) -> Person:
    background = answers.get("background") or {}
    raw = artifact_items(answers)
    names = tuple(" ".join(str(a.get("name") or "").split()) for a in raw)
    artifacts = [read_artifact(i, a, names) for i, a in enumerate(raw) if a.get("name").strip()]
    domains = []
    for item in [
        *_items(background.get("domains_other"), names),
        *(background.get("domains") or []),
    ]:
        item = plain_case(squash(item), names)
        if item and item.lower() not in (d.lower() for d in domains):
            domains.append(item)
    private = [p for a in artifacts for p in a.private]
    credibility = []
    for slug, text in credibility_items(answers):
        tidied, removed = tidy(text, names)
        private += removed
        if tidied:
            credibility.append((slug, tidied))
    edge, removed = tidy(background.get("edge"), names)
    years = background.get("years")
    level = str(background.get("level") or "")
    return Person(
        level=LEVEL_WORDS.get(level, ""),
        years=int(years) if str(years).strip().isdigit() else None,
        domains=domains,
        edge=lower_first(edge, names),
        ai_work=_work(_items(background.get("ai_work"), names), names),
        strengths=[plain_case(w, names) for w in _items(background.get("strengths"), names)],
        artifacts=artifacts,
        credibility=credibility,
        private=private + removed,
    )

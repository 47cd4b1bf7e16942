"""`make eval-tailor`: tailoring measured on labelled pairs of a persona and a posting
(tests/data/tailoring/, README there): does the right artifact lead every tailored text,
is the role named cleanly, does every text stay within its limit. The tuning and the
held-out sets are reported apart."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from roles.reading import Catalog, read_posting
from roles.reading.posting_facts import suggested

from ..exports.limits import ABOUT, CONNECTION_NOTE, INTRO_MESSAGE, LINKEDIN_KEYS, SEE_MORE_AT
from ..rendering import current_texts
from ..sample.personas import persona
from .tailor import Tailored, tailor_answers

PAIRS_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "tailoring"
SETS = ("tuning", "holdout")
# Where the leading artifact must be named: the About's first lines, the note, the intro.
LEAD_TEXTS = (CONNECTION_NOTE, INTRO_MESSAGE)


@dataclass(frozen=True)
class Pair:
    id: str
    persona: str
    posting: str  # the posting's text
    lead: str
    title: str
    company: str


def _posting_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    return (body if sep and "group:" in head else text).strip("\n")


def load_pairs(which: str) -> list[Pair]:
    folder = PAIRS_DIR / which
    raw = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))
    return [
        Pair(
            id=item["id"],
            persona=item["persona"],
            posting=_posting_text((folder / item["posting"]).resolve()),
            lead=item["lead"],
            title=item.get("title", ""),
            company=item.get("company", ""),
        )
        for item in raw
    ]


@dataclass(frozen=True)
class Outcome:
    pair: Pair
    lead: str  # the artifact tailoring chose
    lead_named: bool  # ...and the About's opening, the note and the intro name it
    title: str
    company: str
    over: tuple[str, ...]  # texts over their limit, "key (count/limit)"

    @property
    def lead_right(self) -> bool:
        return self.lead == self.pair.lead and self.lead_named


def tailor_pair(pair: Pair, catalog: Catalog) -> tuple[Tailored, dict]:
    reading = read_posting(pair.posting, catalog)
    title, company = suggested(reading.text, reading.regions)
    answers = persona(pair.persona).answers
    tailored = tailor_answers(
        answers, catalog=catalog, reading=reading, title=title, company=company
    )
    return tailored, current_texts(tailored.answers)


def run_pair(pair: Pair, catalog: Catalog) -> Outcome:
    tailored, texts = tailor_pair(pair, catalog)
    lead = tailored.lead.name if tailored.lead else ""
    opening = texts[ABOUT].text[:SEE_MORE_AT] if ABOUT in texts else ""
    # Case aside: keeping a name's case is the copy lint's check (issue 20), not this one's.
    found = [opening, *(texts[k].text for k in LEAD_TEXTS)]
    named = bool(lead) and all(lead.casefold() in text.casefold() for text in found)
    over = tuple(
        f"{k} ({len(texts[k].text)}/{texts[k].max_length})"
        for k in LINKEDIN_KEYS
        if k in texts and texts[k].max_length and len(texts[k].text) > texts[k].max_length
    )
    return Outcome(pair, lead, named, tailored.title, tailored.company, over)


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def lead_accuracy(self) -> float:
        return sum(o.lead_right for o in self.outcomes) / self.total if self.total else 0.0

    @property
    def titled(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.pair.title]

    @property
    def title_accuracy(self) -> float:
        titled = self.titled
        return sum(o.title == o.pair.title for o in titled) / len(titled) if titled else 0.0

    @property
    def company_accuracy(self) -> float:
        titled = self.titled
        return sum(o.company == o.pair.company for o in titled) / len(titled) if titled else 0.0

    @property
    def breaches(self) -> int:
        return sum(len(o.over) for o in self.outcomes)


def evaluate(pairs: list[Pair], catalog: Catalog) -> Scores:
    return Scores([run_pair(pair, catalog) for pair in pairs])


def report(scores: Scores) -> str:
    lines = [
        f"pairs:              {scores.total}",
        f"lead artifact:      {scores.lead_accuracy:.1%} (chosen and named in the About's "
        "opening, the note and the intro)",
        f"title:              {scores.title_accuracy:.1%} ({len(scores.titled)} titled)",
        f"company:            {scores.company_accuracy:.1%}",
        f"limit breaches:     {scores.breaches}",
    ]
    misses = []
    for o in scores.outcomes:
        if not o.lead_right:
            why = "" if o.lead != o.pair.lead else " (chosen, but a text does not name it)"
            misses.append(f"  {o.pair.id}: lead {o.lead!r}, labelled {o.pair.lead!r}{why}")
        if o.pair.title and o.title != o.pair.title:
            misses.append(f"  {o.pair.id}: title {o.title!r}, labelled {o.pair.title!r}")
        misses += [f"  {o.pair.id}: over the limit: {text}" for text in o.over]
    if misses:
        lines += ["", "misses:", *misses]
    return "\n".join(lines)

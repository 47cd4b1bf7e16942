"""Tailoring: the person's own answers, reordered for one posting, then written by the
ordinary generation.

Nothing is added to the facts. Artifacts, domains, strengths and credibility points that
name what the posting asks for move to the front (stable: ties keep the person's order),
so the generated headline and About lead with them. Two texts also name the role: one
sentence with the title and company the person confirmed, inserted after the greeting of
the connection note and the intro message and kept as those texts' overrides.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from roles.patterns import SPACE, linear
from roles.reading import Catalog, Reading
from roles.reading.matching import relevance

from ..rendering import current_texts
from .shape import entry_text, reordered

CONNECTION_NOTE = "connection_note"
INTRO_MESSAGE = "intro_message"
ROLE_TEXTS = (CONNECTION_NOTE, INTRO_MESSAGE)
HEADLINE, ABOUT = "linkedin_headline", "linkedin_about"

# "a, b and c" / "a; b" / "a and b": the pieces of a free-text list the person typed.
# On RE2: under Python's engine the adjacent space runs took minutes on a run of spaces.
_LIST_SPLIT = linear(rf"{SPACE}*(?:[;,]{SPACE}*(?:and{SPACE}+)?|{SPACE}+and{SPACE}+){SPACE}*")
_HEADLINE_SPLIT = linear(rf"({SPACE}+[·|]{SPACE}+)")
_GREETING = re.compile(r"^(?:hi|hello|hey|dear)\b[^\n,.!]*[,!]?", re.IGNORECASE)


@dataclass
class Tailored:
    answers: dict
    title: str
    company: str
    changes: list[str] = field(default_factory=list)
    # Texts that could not name the role because they still have blanks to fill.
    skipped: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return role_label(self.title, self.company)


def role_label(title: str, company: str) -> str:
    return f"Tailored: {title} at {company}" if company else f"Tailored: {title}"


def plain_list(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def role_phrase(title: str, company: str) -> str:
    return f"the {title} role at {company}" if company else f"the {title} role"


def name_the_role(text: str, title: str, company: str, limit: int | None = None) -> str:
    """`text` with one sentence naming the role, after its greeting (or first). When the
    full sentence would push the text over `limit`, a shorter one; the coach still flags
    a text that is over with either."""
    phrase = role_phrase(title, company)
    candidates = [
        _insert(text, f"I'm writing about {phrase}.", f"I'm writing about {phrase}."),
        _insert(text, f"About {phrase}.", f"about {phrase} —"),
    ]
    fitting = [c for c in candidates if limit is None or len(c) <= limit]
    return fitting[0] if fitting else min(candidates, key=len)


def _insert(text: str, sentence: str, inline: str) -> str:
    greeting = _GREETING.match(text)
    if greeting is None:
        return f"{sentence} {text}".strip()
    head, rest = text[: greeting.end()], text[greeting.end() :]
    if rest.startswith("\n"):  # a greeting on its own line: the sentence gets its own too
        body = rest.lstrip("\n")
        return f"{head}\n\n{sentence}\n\n{body}" if body else f"{head}\n\n{sentence}"
    return f"{head} {inline} {rest.lstrip()}".rstrip()


class _Ranker:
    def __init__(self, catalog: Catalog, reading: Reading) -> None:
        self.catalog, self.reading = catalog, reading
        self._scores: dict[str, int] = {}

    def score(self, text: str) -> int:
        if text not in self._scores:
            self._scores[text] = relevance(text, self.catalog, self.reading)
        return self._scores[text]

    def order(self, items: list, text=lambda item: item) -> list:
        # sorted() is stable: equally relevant items keep the person's order.
        return sorted(items, key=lambda item: -self.score(text(item)))


def _reorder_list_text(value: str, rank: _Ranker) -> str:
    parts = [p for p in _LIST_SPLIT.split(value or "") if p.strip()]
    if len(parts) < 2:
        return value
    ordered = rank.order(parts)
    return value if ordered == parts else plain_list(ordered)


def _reorder_headline(value: str, rank: _Ranker) -> str:
    # "Title · focus · strengths": the first part says who the person is and stays first.
    pieces = _HEADLINE_SPLIT.split(value)
    parts, seps = pieces[0::2], pieces[1::2]
    if len(parts) < 3:
        return value
    rest = rank.order(parts[1:])
    return parts[0] + "".join(sep + part for sep, part in zip(seps, rest, strict=True))


def _reorder_bullets(value: str, rank: _Ranker) -> str:
    """Runs of "- " lines in a hand-written About, most relevant line first."""
    lines, out, run = value.split("\n"), [], []
    for line in [*lines, None]:
        if line is not None and line.lstrip().startswith(("- ", "• ", "* ")):
            run.append(line)
            continue
        out.extend(rank.order(run))
        run = []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def tailor_answers(
    answers: dict,
    *,
    catalog: Catalog,
    reading: Reading,
    title: str,
    company: str,
    edits: dict[str, str] | None = None,
) -> Tailored:
    """The answers reordered for this posting (see the module docstring). `edits`: the
    person's own wording of the texts that name the role, from the review page."""
    rank = _Ranker(catalog, reading)
    new = copy.deepcopy(answers or {})
    changes: list[str] = []
    background = new.get("background")
    if isinstance(background, dict):
        artifacts = [a for a in background.get("artifacts") or [] if isinstance(a, dict)]
        ordered = rank.order(artifacts, text=entry_text)
        if ordered != artifacts:
            background["artifacts"] = ordered
            changes.append(f"Your artifact “{ordered[0].get('name', '')}” now leads.")
        domains = list(background.get("domains") or [])
        if rank.order(domains) != domains:
            background["domains"] = rank.order(domains)
            changes.append(f"Domains reordered: {plain_list(background['domains'])}.")
        for key, what in (("domains_other", "Other domains"), ("strengths", "Strengths")):
            value = background.get(key)
            if isinstance(value, str) and _reorder_list_text(value, rank) != value:
                background[key] = _reorder_list_text(value, rank)
                changes.append(f"{what} reordered: {background[key]}.")

    credibility = new.get("credibility")
    entries = list(credibility.items()) if isinstance(credibility, dict) else None
    if entries is None and isinstance(credibility, list):
        entries = [(item.get("slug"), item) for item in credibility if isinstance(item, dict)]
    if entries:
        slugs = [slug for slug, entry in rank.order(entries, text=lambda e: entry_text(e[1]))]
        if slugs != [slug for slug, _ in entries]:
            new["credibility"] = reordered(credibility, slugs)
            changes.append("Credibility points that speak to this role come first.")

    messaging = new.setdefault("messaging", {})
    overrides = messaging.setdefault("overrides", {})
    for key, name, reorder in (
        (HEADLINE, "headline", _reorder_headline),
        (ABOUT, "About", _reorder_bullets),
    ):
        own = overrides.get(key)
        if isinstance(own, str) and own.strip() and reorder(own, rank) != own:
            overrides[key] = reorder(own, rank)
            changes.append(f"Your own {name}: the parts that match the posting come first.")

    tailored = Tailored(new, title, company, changes)
    _name_the_role(tailored, edits or {})
    return tailored


def _name_the_role(tailored: Tailored, edits: dict[str, str]) -> None:
    texts = current_texts(tailored.answers)
    overrides = tailored.answers["messaging"]["overrides"]
    phrase = role_phrase(tailored.title, tailored.company)
    for key in ROLE_TEXTS:
        rendered = texts.get(key)
        if rendered is None:
            continue
        named = None
        if not _has_blanks(rendered, texts):
            named = name_the_role(
                rendered.text, tailored.title, tailored.company, rendered.max_length
            )
        edit = edits.get(key)
        if edit and edit != (named or rendered.text):
            overrides[key] = edit
            tailored.changes.append(f"{rendered.name}: your own wording.")
        elif named is None:
            tailored.skipped.append(rendered.name)
        else:
            overrides[key] = named
            tailored.changes.append(f"{rendered.name} names {phrase}.")


def _has_blanks(rendered, texts: dict) -> bool:
    """Blanks of its own, or inside another text it quotes (the intro quotes the expanded
    line): an override would freeze "[level]" into it for good."""
    return bool(rendered.blanks) or any(
        other.blanks and other.text and other.text in rendered.text
        for other in texts.values()
        if other is not rendered
    )

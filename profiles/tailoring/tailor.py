"""Tailoring: the person's own answers, reordered for one posting, then written by the
ordinary generation.

Nothing is added to the facts. Each artifact and credibility answer is scored against the
reading (lead.py); the best-matching artifact, or the one the person picks, leads: it goes
first and is pinned as the lead (answers["messaging"]["lead"]), so the headline's
strengths and the About open with it. Domains, strengths and credibility points that name
what the posting asks for move to the front (ties keep the person's order). The
connection note and the intro are written for the role (role_texts.py): they name the
role and the company and lead with the same artifact, kept as those texts' overrides.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from roles.patterns import SPACE, linear
from roles.reading import Catalog, Reading

from ..exports.limits import DEFAULT_LIMITS
from ..rendering import current_texts
from .domain import domain_fit
from .lead import Match, Scorer, artifact_matches, fact_text, rank_facts
from .role_texts import Lead, connection_note, intro_message
from .shape import reordered

CONNECTION_NOTE = "connection_note"
INTRO_MESSAGE = "intro_message"
ROLE_TEXTS = (CONNECTION_NOTE, INTRO_MESSAGE)
HEADLINE, ABOUT = "linkedin_headline", "linkedin_about"

# "a, b and c" / "a; b" / "a and b": the pieces of a free-text list the person typed.
# On RE2: under Python's engine the adjacent space runs took minutes on a run of spaces.
_LIST_SPLIT = linear(rf"{SPACE}*(?:[;,]{SPACE}*(?:and{SPACE}+)?|{SPACE}+and{SPACE}+){SPACE}*")
_HEADLINE_SPLIT = linear(rf"({SPACE}+[·|]{SPACE}+)")


@dataclass
class Tailored:
    answers: dict
    title: str
    company: str
    changes: list[str] = field(default_factory=list)
    # The person's artifacts scored against the posting, best first, and the one leading.
    artifacts: list[Match] = field(default_factory=list)
    lead: Match | None = None
    domains: tuple[str, ...] = ()  # the person's domains the posting works in
    picked: bool = False  # the person chose the lead rather than the score
    note_dropped: str = ""  # what the connection note left out to fit its limit

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


class _Ranker:
    def __init__(self, catalog: Catalog, reading: Reading) -> None:
        self.scorer = Scorer(catalog, reading)
        self._scores: dict[str, float] = {}

    def score(self, text: str) -> float:
        if text not in self._scores:
            self._scores[text] = self.scorer.score(text)[0]
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
    lead: str = "",
) -> Tailored:
    """The answers reordered for this posting (see the module docstring). `edits`: the
    person's own wording of the texts that name the role, from the review page; `lead`:
    the artifact the person chose to lead with, by name ('' for the best match)."""
    rank = _Ranker(catalog, reading)
    new = copy.deepcopy(answers or {})
    changes: list[str] = []
    matches = artifact_matches(rank_facts(new, catalog, reading))
    chosen = next((m for m in matches if lead and m.name == lead), None)
    leading = chosen or (matches[0] if matches else None)
    background = new.get("background")
    if isinstance(background, dict) and leading is not None:
        artifacts = [a for a in background.get("artifacts") or [] if isinstance(a, dict)]
        # The lead first, the rest by score; equal scores keep the person's order.
        order = [leading.index] + [m.index for m in matches if m.index != leading.index]
        ordered = [artifacts[i] for i in order]
        if ordered != artifacts:
            background["artifacts"] = ordered
            changes.append(f"Your artifact “{leading.name}” now leads.")
        # The planner's pin (answers["messaging"]["lead"]): every text leads with it.
        new.setdefault("messaging", {})["lead"] = leading.name
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
        slugs = [slug for slug, entry in rank.order(entries, text=lambda e: fact_text(e[1]))]
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

    fits = domain_fit(new, reading)
    if fits:
        changes.append(
            f"The posting works in {plain_list(list(fits))}, your domain: your intro says so."
        )
    tailored = Tailored(
        new,
        title,
        company,
        changes,
        artifacts=matches,
        lead=leading,
        domains=fits,
        picked=chosen is not None,
    )
    _name_the_role(tailored, edits or {})
    return tailored


def _name_the_role(tailored: Tailored, edits: dict[str, str]) -> None:
    """The note and the intro written for the role (role_texts.py), leading with the
    matching artifact, unless the person edited them on the review page."""
    texts = current_texts(tailored.answers)
    overrides = tailored.answers["messaging"]["overrides"]
    phrase = role_phrase(tailored.title, tailored.company)
    background = tailored.answers.get("background") or {}
    artifacts = background.get("artifacts") if isinstance(background, dict) else None
    lead = None
    if tailored.lead is not None and artifacts:
        lead = Lead.from_answers(artifacts[0])
    because = tailored.lead.because if tailored.lead else ()
    for key in ROLE_TEXTS:
        rendered = texts.get(key)
        if rendered is None:
            continue
        limit = rendered.max_length or DEFAULT_LIMITS[key]
        if key == CONNECTION_NOTE:
            named, tailored.note_dropped = connection_note(
                tailored.title, tailored.company, lead, limit
            )
        else:
            facts = background if isinstance(background, dict) else {}
            named = intro_message(tailored.title, tailored.company, lead, because, facts, limit)
        edit = edits.get(key)
        if edit and edit != named:
            overrides[key] = edit
            tailored.changes.append(f"{rendered.name}: your own wording.")
        else:
            overrides[key] = named
            tailored.changes.append(f"{rendered.name} names {phrase}.")

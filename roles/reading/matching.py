"""Which of a posting's checklist skills a piece of someone's own text names.

The same signals that read the posting read the person's text, so "LLM gateway" in an
artifact counts for the same skill the posting asked for with "model gateway": one
vocabulary, edited in one place (admin), for both sides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .catalog import ARCHETYPE, GROUP, SKILL, Catalog
from .engine import Reading, SkillAsk
from .fold import fold
from .sections import regions


def named_skills(text: str, catalog: Catalog) -> set[str]:
    """Slugs of the checklist skills `text` names (by phrase or synonym) or describes as
    work ("gave the agent new actions"), as the reader finds them in a posting."""
    text = text or ""
    _, skills = catalog.matchers
    folded = fold(text)
    hits = skills.find(text, folded)
    if catalog.work:
        hits += catalog.work.find(text, folded, regions(text, folded))
    return {s.target for hit in hits for s in hit.payloads if s.kind == SKILL and s.weight > 0}


def role_signals(text: str, catalog: Catalog, reading: Reading) -> int:
    """How many of the posting's best lane's and group's signals `text` names."""
    top = reading.top_archetype
    targets = {(GROUP, reading.group.group.letter)} if reading.group else set()
    if top is not None:
        targets.add((ARCHETYPE, top.archetype.slug))
    roles, _ = catalog.matchers
    found = {
        s.id
        for hit in roles.find(text or "")
        for s in hit.payloads
        if (s.kind, s.target) in targets and s.weight > 0
    }
    return len(found)


def lane_signals(text: str, catalog: Catalog, *, lane_slug: str, group_letter: str) -> int:
    """How many of one lane's and its group's signals `text` names (the lead artifact's
    fit with the lane the person chose, without a posting)."""
    targets = {(ARCHETYPE, lane_slug), (GROUP, group_letter)}
    roles, _ = catalog.matchers
    return len(
        {
            s.id
            for hit in roles.find(text or "")
            for s in hit.payloads
            if (s.kind, s.target) in targets and s.weight > 0
        }
    )


def relevance(text: str, catalog: Catalog, reading: Reading) -> int:
    """How strongly one of the person's facts speaks to this posting: a required skill
    counts 2, a nice-to-have 1, a signal of the role's lane or group 1."""
    asked = reading.skill_flags
    skills = named_skills(text, catalog) & set(asked)
    return sum(2 if asked[slug] else 1 for slug in skills) + role_signals(text, catalog, reading)


@dataclass(frozen=True)
class Coverage:
    covered: tuple[SkillAsk, ...]
    missing: tuple[SkillAsk, ...]

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.missing)

    @property
    def percent(self) -> int:
        return round(100 * len(self.covered) / self.total) if self.total else 0


def coverage(texts: Iterable[str], catalog: Catalog, reading: Reading) -> Coverage:
    """The posting's skills split by whether `texts` name them, in the posting's order."""
    named = named_skills("\n\n".join(texts), catalog)
    return Coverage(
        covered=tuple(s for s in reading.skills if s.slug in named),
        missing=tuple(s for s in reading.skills if s.slug not in named),
    )

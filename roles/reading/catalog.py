"""What the reader knows: the guide's groups, archetypes and skills, and the signals.

Plain frozen dataclasses, so the engine runs without a database (tests, benchmarks), and
the compiled matcher can be cached on the exact signal rows it was built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .. import guide
from ..models import ReadingSignal, RoleArchetype, RoleGroup
from .matcher import Matcher
from .work import WorkMatcher, is_work_phrase

GROUP, ARCHETYPE, SKILL = "group", "archetype", "skill"


@dataclass(frozen=True)
class GroupInfo:
    letter: str
    name: str
    typical_roles: str
    verdict: str


@dataclass(frozen=True)
class ArchetypeInfo:
    slug: str
    name: str
    short_name: str
    group_letter: str


@dataclass(frozen=True)
class SkillInfo:
    slug: str
    name: str
    domain: str
    order: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Signal:
    id: int
    kind: str  # GROUP, ARCHETYPE or SKILL
    target: str  # group letter, archetype slug or skill slug
    phrases: tuple[str, ...]
    weight: int

    @property
    def phrase(self) -> str:
        return self.phrases[0]


@dataclass(frozen=True)
class Catalog:
    groups: tuple[GroupInfo, ...]
    archetypes: tuple[ArchetypeInfo, ...]
    skills: tuple[SkillInfo, ...]
    signals: tuple[Signal, ...]
    _index: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def group(self, letter: str) -> GroupInfo:
        return self._lookup("g", self.groups, lambda g: g.letter)[letter]

    def archetype(self, slug: str) -> ArchetypeInfo:
        return self._lookup("a", self.archetypes, lambda a: a.slug)[slug]

    def skill(self, slug: str) -> SkillInfo:
        return self._lookup("s", self.skills, lambda s: s.slug)[slug]

    def _lookup(self, key, items, attr) -> dict:
        if key not in self._index:
            self._index[key] = {attr(item): item for item in items}
        return self._index[key]

    @property
    def signals_by_id(self) -> dict[int, Signal]:
        if "i" not in self._index:
            self._index["i"] = {s.id: s for s in self.signals}
        return self._index["i"]

    @property
    def matchers(self) -> tuple[Matcher, Matcher]:
        """One matcher for what the role is, one for the skills it asks for: a long role
        phrase ("agent engineer") must not hide a skill phrase inside it ("agent")."""
        if "m" not in self._index:
            # Once per catalog: the lookup hashes every signal, and matching a person's
            # texts asks for the matchers many times per request.
            roles = tuple(s for s in self.signals if s.kind != SKILL)
            skills = tuple(s for s in self.signals if s.kind == SKILL)
            self._index["m"] = (compiled_matcher(roles), compiled_matcher(skills))
        return self._index["m"]

    @property
    def work(self) -> WorkMatcher:
        """The signals written as work ("screen|filter ... prompt|output"), of every kind."""
        if "w" not in self._index:
            self._index["w"] = compiled_work(self.signals)
        return self._index["w"]


@lru_cache(maxsize=4)
def compiled_matcher(signals: tuple[Signal, ...]) -> Matcher:
    # Keyed on the rows themselves: an admin edit changes the key, so the next reading
    # uses it at once, while unchanged signals skip the regex compile on every request.
    return Matcher(
        [
            (phrase, signal)
            for signal in signals
            for phrase in signal.phrases
            if not is_work_phrase(phrase)
        ]
    )


@lru_cache(maxsize=4)
def compiled_work(signals: tuple[Signal, ...]) -> WorkMatcher:
    return WorkMatcher(
        [
            (phrase, signal)
            for signal in signals
            for phrase in signal.phrases
            if is_work_phrase(phrase)
        ]
    )


def current_catalog() -> Catalog:
    """The catalog as the guide's content stands, loaded once per content stamp in each
    process: a reading then runs no query, and its matchers stay compiled on the catalog
    until staff edit a signal, a skill or a lane (roles/guide.py)."""
    return guide.cached("reader-catalog", load_catalog)


def load_catalog() -> Catalog:
    """Everything the reader needs from the database, in three queries."""
    groups = tuple(
        GroupInfo(g.letter, g.relationship, g.typical_roles, g.fit)
        for g in RoleGroup.objects.order_by("order", "letter")
    )
    archetypes = tuple(
        ArchetypeInfo(slug, name, short, letter)
        for slug, name, short, letter in RoleArchetype.objects.order_by("order", "pk").values_list(
            "slug", "name", "short_name", "group__letter"
        )
    )
    rows = (
        ReadingSignal.objects.filter(is_active=True)
        .order_by("pk")
        .values_list(
            "pk",
            "phrase",
            "synonyms",
            "weight",
            "group__letter",
            "archetype__slug",
            "skill__slug",
            "skill__name",
            "skill__domain__name",
            "skill__domain__order",
            "skill__order",
        )
    )
    signals, skills = [], {}
    for pk, phrase, synonyms, weight, letter, arch, slug, name, domain, d_order, s_order in rows:
        phrases = tuple(p for p in [phrase.strip(), *synonyms.splitlines()] if p.strip())
        phrases = tuple(p.strip() for p in phrases)
        if letter:
            signals.append(Signal(pk, GROUP, letter, phrases, weight))
        elif arch:
            signals.append(Signal(pk, ARCHETYPE, arch, phrases, weight))
        elif slug:
            signals.append(Signal(pk, SKILL, slug, phrases, weight))
            skills[slug] = SkillInfo(slug, name, domain, (d_order, s_order))
    return Catalog(groups, archetypes, tuple(skills.values()), tuple(signals))

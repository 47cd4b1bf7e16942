"""What a reading holds: the group, lanes and skills found, each with its evidence.

Plain frozen dataclasses made by engine.py (read_posting), which re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalog import ArchetypeInfo, GroupInfo, SkillInfo
from .sections import BOILERPLATE, Region


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str
    phrase: str  # the signal's main phrase, which the found text may be a synonym of
    points: float
    region: str

    @property
    def in_boilerplate(self) -> bool:
        return self.region == BOILERPLATE


@dataclass(frozen=True)
class GroupReading:
    group: GroupInfo
    score: float
    share: int  # percent of all positive group points
    evidence: tuple[Evidence, ...]

    @property
    def phrases(self) -> list[str]:
        """The deciding words once each, as the posting wrote them first."""
        seen: dict[str, str] = {}
        for e in self.evidence:
            seen.setdefault(e.text.casefold(), e.text)
        return list(seen.values())


@dataclass(frozen=True)
class ArchetypeReading:
    archetype: ArchetypeInfo
    score: float
    percent: int  # of the top archetype's score, for the bar
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class SkillAsk:
    skill: SkillInfo
    required: bool  # False: every mention sits in a nice-to-have place
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def slug(self) -> str:
        return self.skill.slug


@dataclass(frozen=True)
class Reading:
    text: str
    group: GroupReading | None
    groups: tuple[GroupReading, ...]
    archetypes: tuple[ArchetypeReading, ...]
    skills: tuple[SkillAsk, ...]
    regions: tuple[Region, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def required_skills(self) -> tuple[SkillAsk, ...]:
        return tuple(s for s in self.skills if s.required)

    @property
    def nice_skills(self) -> tuple[SkillAsk, ...]:
        return tuple(s for s in self.skills if not s.required)

    @property
    def skill_flags(self) -> dict[str, bool]:
        """Skill slug -> required?, for matching against a person's profile later."""
        return {s.slug: s.required for s in self.skills}

    @property
    def decisive(self) -> tuple[Evidence, ...]:
        return self.group.evidence if self.group else ()

    @property
    def top_archetype(self) -> ArchetypeReading | None:
        return self.archetypes[0] if self.archetypes and self.archetypes[0].score > 0 else None

    @property
    def boilerplate_chars(self) -> int:
        return sum(r.end - r.start for r in self.regions if r.kind == BOILERPLATE)

"""How one of the person's profiles meets a posting: the match of the current LinkedIn
copy, the asked-for skills rated below "working", the gaps the role touches in the lane's
priority, and which saved version covers the posting best."""

from __future__ import annotations

from dataclasses import dataclass

from roles.models import Gap, RoleArchetype
from roles.reading import Catalog, Reading
from roles.reading.engine import SkillAsk
from roles.reading.matching import Coverage, coverage, named_skills

from ..choices import GapStatus, Rating
from ..exports.linkedin import LINKEDIN_KEYS, linkedin_texts, source_for_profile
from ..models import Profile
from .domain import domain_fit
from .shape import keyed

# Enough history to find the best fit; a profile with more compares its latest ones.
VERSIONS_COMPARED = 50
BELOW_WORKING = (Rating.NONE, Rating.BASIC)
RATING_LABELS = dict(Rating.choices)
STATUS_LABELS = dict(GapStatus.choices)


@dataclass(frozen=True)
class LowSkill:
    ask: SkillAsk
    rating: str  # the label, or "Not rated"


@dataclass(frozen=True)
class GapTouch:
    name: str
    status: str
    deliverable: str
    skills: tuple[str, ...]  # the posting's skills it touches, by name


@dataclass(frozen=True)
class VersionFit:
    number: int
    note: str
    coverage: Coverage


@dataclass(frozen=True)
class Fit:
    profile: Profile
    coverage: Coverage
    low_skills: tuple[LowSkill, ...]
    gaps: tuple[GapTouch, ...]
    gap_lane: str  # whose priority orders the gaps
    best_version: VersionFit | None
    versions_compared: int
    domains: tuple[str, ...] = ()  # the person's domains the posting works in

    @property
    def best_beats_working_copy(self) -> bool:
        best = self.best_version
        return best is not None and len(best.coverage.covered) > len(self.coverage.covered)


def copy_texts(texts) -> list[str]:
    """The LinkedIn texts out of a snapshot's "texts" list."""
    return [t.get("text", "") for t in texts or [] if t.get("key") in LINKEDIN_KEYS]


def working_copy_texts(profile: Profile) -> list[str]:
    source = source_for_profile(profile, with_names=False)
    return [t.text for t in linkedin_texts(source, with_findings=False)]


def low_skills(answers: dict, reading: Reading) -> tuple[LowSkill, ...]:
    ratings = keyed(answers.get("skills"), "rating")
    out = []
    for ask in reading.skills:
        rating = ratings.get(ask.slug)
        if rating is None or rating in BELOW_WORKING:
            out.append(LowSkill(ask, RATING_LABELS.get(rating, "Not rated")))
    return tuple(out)


def _gap_lane(profile: Profile, reading: Reading) -> RoleArchetype | None:
    top = reading.top_archetype
    if top is None:
        return profile.lane
    if profile.lane and profile.lane.slug == top.archetype.slug:
        return profile.lane
    return RoleArchetype.objects.filter(slug=top.archetype.slug).first()


def touched_gaps(
    profile: Profile, reading: Reading, catalog: Catalog
) -> tuple[tuple[GapTouch, ...], str]:
    """The person's open gaps whose own words name a skill the posting asks for, in the
    priority of the posting's lane (else the profile's). Shipped gaps are not gaps."""
    lane = _gap_lane(profile, reading)
    states = keyed((profile.answers or {}).get("gaps"))
    asked = {s.slug: s.skill.name for s in reading.skills}
    out = []
    for gap in Gap.objects.in_lane_order(lane):
        status = (states.get(gap.slug) or {}).get("status") or GapStatus.NOT_STARTED
        if status == GapStatus.SHIPPED:
            continue
        named = named_skills(f"{gap.name}. {gap.why_it_matters}. {gap.deliverable}", catalog)
        touched = [name for slug, name in asked.items() if slug in named]
        if touched:
            out.append(GapTouch(gap.name, STATUS_LABELS[status], gap.deliverable, tuple(touched)))
    return tuple(out), (lane.name if lane else "")


def best_version(profile: Profile, reading: Reading, catalog: Catalog):
    versions = profile.versions.order_by("-number").only("profile_id", "number", "note", "snapshot")
    fits = [
        VersionFit(
            v.number, v.note, coverage(copy_texts(v.snapshot.get("texts")), catalog, reading)
        )
        for v in versions[:VERSIONS_COMPARED]
    ]
    # Most skills covered; the newest among equals.
    best = max(fits, key=lambda f: (len(f.coverage.covered), f.number), default=None)
    return best, len(fits)


def profile_fit(profile: Profile, reading: Reading, catalog: Catalog) -> Fit:
    """About seven queries whatever the number of versions (tests assert it)."""
    gaps, gap_lane = touched_gaps(profile, reading, catalog)
    best, compared = best_version(profile, reading, catalog)
    return Fit(
        profile=profile,
        coverage=coverage(working_copy_texts(profile), catalog, reading),
        low_skills=low_skills(profile.answers or {}, reading),
        gaps=gaps,
        gap_lane=gap_lane,
        best_version=best,
        versions_compared=compared,
        domains=domain_fit(profile.answers or {}, reading),
    )

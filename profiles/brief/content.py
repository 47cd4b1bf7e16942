"""What the brief holds, gathered once for the page and the PDF from a CopySource.

Texts and answers come from the source (a saved version reads as saved); the lane's
day-to-day split, gap order and interview expectations come from the guide's rows for
the lane the source names, as the guide reads today.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q

from roles.models import DayToDayShare, Gap, InterviewExpectation, RoleArchetype

from ..exports.files import skills_summary
from ..exports.limits import HEADLINE
from ..exports.linkedin import CopySource
from ..versions.sections import GAP_STATUSES

OPENER = "opener"
TOP_SKILLS = 6


@dataclass
class Artifact:
    name: str
    url: str
    proves: str


@dataclass
class GapLine:
    name: str
    status: str
    link: str


@dataclass
class Brief:
    title: str  # "version 3" or "working copy"
    profile_name: str
    saved_at: str
    headline: str
    opener: str
    lane_name: str = ""
    lane_group: str = ""
    work_shape: str = ""
    day_to_day: list[tuple[str, int]] = field(default_factory=list)
    edge: str = ""
    strengths: list[str] = field(default_factory=list)
    strong_skills: list[str] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)
    gaps: list[GapLine] = field(default_factory=list)
    interview: list[str] = field(default_factory=list)


def _text(source: CopySource, key: str) -> str:
    return next((t.get("text", "") for t in source.texts if t["key"] == key), "")


def _clean(value) -> str:
    return str(value or "").strip()


def _gaps(source: CopySource, lane: RoleArchetype | None) -> list[GapLine]:
    """Every gap the person answered, in the lane's priority order (the guide's order
    without a lane); a gap the guide no longer has keeps its slug and comes last."""
    answers = source.answers.get("gaps") or {}
    ordered = list(Gap.objects.in_lane_order(lane).values_list("slug", "name"))
    names = dict(ordered)
    slugs = [slug for slug, _ in ordered if slug in answers]
    slugs += [slug for slug in answers if slug not in names]
    lines = []
    for slug in slugs:
        entry = answers.get(slug) or {}
        status = entry.get("status") or "not_started"
        lines.append(
            GapLine(
                names.get(slug, slug), GAP_STATUSES.get(status, status), _clean(entry.get("link"))
            )
        )
    return lines


def build_brief(source: CopySource) -> Brief:
    background = source.answers.get("background") or {}
    lane = None
    if source.lane_slug:
        lane = RoleArchetype.objects.select_related("group").filter(slug=source.lane_slug).first()
    saved_lane = source.lane or {}
    strong = next((names for label, names in skills_summary(source) if label == "Strong"), [])
    brief = Brief(
        title=source.title,
        profile_name=source.snapshot.get("profile_name") or source.profile.name,
        saved_at=source.saved_at,
        headline=_text(source, HEADLINE),
        opener=_text(source, OPENER),
        lane_name=saved_lane.get("name") or (lane.name if lane else ""),
        lane_group=(saved_lane.get("group") or {}).get("letter", ""),
        edge=_clean(background.get("edge")),
        strengths=[s.strip() for s in _clean(background.get("strengths")).split(",") if s.strip()],
        strong_skills=strong[:TOP_SKILLS],
        artifacts=[
            Artifact(_clean(a.get("name")), _clean(a.get("url")), _clean(a.get("proves")))
            for a in background.get("artifacts") or []
            if _clean(a.get("name"))
        ],
        gaps=_gaps(source, lane),
    )
    if lane is not None:
        brief.work_shape = lane.work_shape
        brief.day_to_day = list(
            DayToDayShare.objects.filter(archetype=lane).values_list("activity", "percent")
        )
        brief.interview = list(
            InterviewExpectation.objects.filter(
                Q(only_for__isnull=True) | Q(only_for=lane)
            ).values_list("text", flat=True)
        )
    return brief

"""What an application's page reads: the match when the posting was read, the gaps it
touches with their status in the gap plan now, the lane's interview expectations as a
checklist, and the LinkedIn texts of the version sent."""

from __future__ import annotations

from dataclasses import dataclass

from roles import guide
from roles.models import Gap

from ..choices import GapStatus
from ..exports.linkedin import linkedin_texts, source_for_version
from ..tailoring.shape import keyed
from .models import Application

GAP_LABELS = dict(GapStatus.choices)


@dataclass(frozen=True)
class GapNow:
    name: str
    deliverable: str
    status: str  # the label
    shipped: bool


def gaps_now(application: Application) -> list[GapNow]:
    """The gaps the posting touched, in the order then, with the profile's status today
    (a deleted profile: "Not started", as a profile with no plan shows them)."""
    if not application.gap_slugs:
        return []
    rows = {g.slug: g for g in Gap.objects.filter(slug__in=application.gap_slugs)}
    profile = application.profile
    plan = keyed((profile.answers or {}).get("gaps")) if profile else {}
    out = []
    for slug in application.gap_slugs:
        gap = rows.get(slug)
        if gap is None:  # taken out of the guide since
            continue
        status = ((plan.get(slug) or {}) if isinstance(plan.get(slug), dict) else {}).get(
            "status"
        ) or GapStatus.NOT_STARTED
        out.append(
            GapNow(
                gap.name,
                gap.deliverable,
                GAP_LABELS.get(status, GAP_LABELS[GapStatus.NOT_STARTED]),
                status == GapStatus.SHIPPED,
            )
        )
    return out


def expectations(application: Application) -> list:
    return guide.interview_expectation_rows(application.lane_id)


def prep_rows(application: Application, rows: list) -> tuple[int, int]:
    """(ticked, listed): ticks of expectations the guide no longer lists do not count."""
    done = set(application.prep_done or [])
    return sum(1 for row in rows if row.pk in done), len(rows)


def texts_sent(application: Application) -> list:
    version = application.version
    if version is None:
        return []
    return linkedin_texts(source_for_version(version), with_findings=False)

"""The figures job seekers ask a tracker for, each with the counts behind it so "50%"
never hides "1 of 2": response rate, interview conversion, offers from interviews, and
the average days an application spends in each stage; overall and per lane.

Read from the history rows (at most PIVOT_MAX_APPLICATIONS per account), in Python,
so both database engines give the same figures."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from .choices import CLOSED, REPLIES, STAGES, Status

NO_LANE = "No lane"


@dataclass(frozen=True)
class Ratio:
    part: int
    whole: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.part / self.whole) if self.whole else None


@dataclass(frozen=True)
class Stage:
    status: str
    label: str
    days: float | None  # average, None when no application went through it
    count: int  # stays measured


@dataclass(frozen=True)
class Figures:
    name: str
    applications: int
    responses: Ratio  # replied, of those sent
    interviews: Ratio  # reached an interview, of those sent
    offers: Ratio  # got an offer, of those interviewed
    stages: tuple[Stage, ...]


def _reached(statuses: set[str]) -> tuple[bool, bool, bool, bool]:
    sent = bool(statuses - {Status.SAVED, Status.WITHDRAWN})
    replied = bool(statuses & REPLIES)
    interviewed = bool(statuses & {Status.INTERVIEW, Status.OFFER})
    return sent, replied, interviewed, Status.OFFER in statuses


def stage_lengths(history, *, current: str, today: datetime.date) -> list[tuple[str, int]]:
    """(stage, days) for each waiting stage an application entered; the current one
    counts up to today unless the application is closed."""
    rows = sorted(history, key=lambda row: (row.on, row.recorded_at, row.pk))
    out = []
    for index, row in enumerate(rows):
        if row.status not in STAGES:
            continue
        if index + 1 < len(rows):
            end = rows[index + 1].on
        elif row.status == current and current not in CLOSED:
            end = today
        else:
            continue
        out.append((row.status, max((end - row.on).days, 0)))
    return out


def figures_for(name: str, applications, *, today: datetime.date) -> Figures:
    """`applications` with their `history` prefetched."""
    sent = replied = interviewed = offered = 0
    lengths: dict[str, list[int]] = defaultdict(list)
    for application in applications:
        history = list(application.history.all())
        s, r, i, o = _reached({row.status for row in history})
        sent, replied, interviewed, offered = sent + s, replied + r, interviewed + i, offered + o
        for status, days in stage_lengths(history, current=application.status, today=today):
            lengths[status].append(days)
    labels = dict(Status.choices)
    stages = tuple(
        Stage(
            status=status,
            label=labels[status],
            days=round(sum(lengths[status]) / len(lengths[status]), 1) if lengths[status] else None,
            count=len(lengths[status]),
        )
        for status in STAGES
    )
    return Figures(
        name=name,
        applications=len(applications),
        responses=Ratio(replied, sent),
        interviews=Ratio(interviewed, sent),
        offers=Ratio(offered, interviewed),
        stages=stages,
    )


def all_figures(applications, *, today: datetime.date) -> tuple[Figures, list[Figures]]:
    """(overall, per lane in name order, "No lane" last)."""
    applications = list(applications)
    by_lane: dict[str, list] = defaultdict(list)
    for application in applications:
        by_lane[application.lane.name if application.lane else NO_LANE].append(application)
    lanes = sorted(by_lane, key=lambda name: (name == NO_LANE, name))
    return (
        figures_for("All applications", applications, today=today),
        [figures_for(name, by_lane[name], today=today) for name in lanes],
    )

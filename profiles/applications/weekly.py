"""One week of applications (Monday to Sunday): what is new, the replies, the interviews
and the gap deliverables shipped; and the numbers behind the chart of applications per
week by status. The chart's markup is a template (applications/_week_chart.html); this
module only measures it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone

from roles.models import Gap

from ..choices import GapStatus
from ..models import Profile
from ..tailoring.shape import keyed
from .choices import REPLIES, TONES, Status
from .models import Application, InterviewEvent, StatusChange

WEEKS_CHARTED = 8
# The chart's drawing box: bars and labels are placed in these units by the template.
CHART_WIDTH, CHART_HEIGHT, BAR_GAP = 320, 120, 8


def monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def week_of(value: str | None, today: datetime.date) -> datetime.date | None:
    """The Monday of the week named by `value` (any of its days, YYYY-MM-DD), this
    week's when empty; None when `value` is not a date."""
    if not value:
        return monday(today)
    try:
        return monday(datetime.date.fromisoformat(value))
    except ValueError:
        return None


@dataclass(frozen=True)
class Shipped:
    profile: str
    gap: str
    on: datetime.date


def shipped_gaps(owner, start: datetime.date, end: datetime.date) -> list[Shipped]:
    """Gap deliverables the person marked shipped in [start, end), over their profiles."""
    names = dict(Gap.objects.values_list("slug", "name"))
    out = []
    for profile in Profile.objects.filter(owner=owner).only("name", "answers"):
        for slug, entry in keyed((profile.answers or {}).get("gaps")).items():
            if not isinstance(entry, dict) or entry.get("status") != GapStatus.SHIPPED:
                continue
            try:
                on = datetime.date.fromisoformat(entry.get("shipped_on") or "")
            except ValueError:
                continue
            if start <= on < end:
                out.append(Shipped(profile.name, names.get(slug, slug), on))
    return sorted(out, key=lambda s: (s.on, s.profile, s.gap))


def week_summary(owner, start: datetime.date) -> dict:
    end = start + datetime.timedelta(days=7)
    mine = Application.objects.filter(owner=owner)
    new = list(
        mine.filter(created_at__date__gte=start, created_at__date__lt=end).order_by("created_at")
    )
    replies = list(
        StatusChange.objects.filter(
            application__owner=owner, status__in=REPLIES, on__gte=start, on__lt=end
        )
        .select_related("application")
        .order_by("on", "pk")
    )
    interviews = list(
        InterviewEvent.objects.filter(application__owner=owner, on__gte=start, on__lt=end)
        .select_related("application")
        .order_by("on", "pk")
    )
    return {
        "start": start,
        "end": end - datetime.timedelta(days=1),
        "new": new,
        "replies": replies,
        "interviews": interviews,
        "shipped": shipped_gaps(owner, start, end),
    }


def chart(owner, last_monday: datetime.date) -> dict:
    """Applications tracked in each of the WEEKS_CHARTED weeks up to the one
    starting `last_monday`, split by the status each has now."""
    first = last_monday - datetime.timedelta(weeks=WEEKS_CHARTED - 1)
    weeks = [first + datetime.timedelta(weeks=i) for i in range(WEEKS_CHARTED)]
    counts = {week: {s: 0 for s in Status.values} for week in weeks}
    started = Application.objects.filter(
        owner=owner,
        created_at__date__gte=first,
        created_at__date__lt=last_monday + datetime.timedelta(days=7),
    ).values_list("created_at", "status")
    for created_at, status in started:
        counts[monday(timezone.localdate(created_at))][status] += 1
    tallest = max((sum(c.values()) for c in counts.values()), default=0) or 1
    slot = CHART_WIDTH / WEEKS_CHARTED
    labels = dict(Status.choices)
    bars = []
    for index, week in enumerate(weeks):
        y = CHART_HEIGHT
        segments = []
        for status in Status.values:
            count = counts[week][status]
            if not count:
                continue
            height = CHART_HEIGHT * count / tallest
            y -= height
            segments.append(
                {
                    "status": labels[status],
                    "count": count,
                    "y": round(y, 2),
                    "height": round(height, 2),
                    "tone": TONES[status],
                }
            )
        bars.append(
            {
                "week": week,
                "x": round(index * slot + BAR_GAP / 2, 2),
                "width": round(slot - BAR_GAP, 2),
                "label_x": round(index * slot + slot / 2, 2),
                "total": sum(counts[week].values()),
                "top": int(y),  # where the total is written, above the bar
                "segments": segments,
            }
        )
    legend = [{"status": labels[s], "tone": TONES[s]} for s in Status.values]
    return {
        "bars": bars,
        "legend": legend,
        "tallest": tallest,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "empty": not any(bar["total"] for bar in bars),
    }


def prefetched(queryset):
    """Applications with the history the figures read, in one more query."""
    return queryset.prefetch_related(
        Prefetch("history", queryset=StatusChange.objects.order_by("on", "recorded_at", "pk"))
    )

"""What /applications/ shows: the filtered applications as a board (a column a status)
and as a list by next-step date, overdue first marked."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from .choices import CLOSED, TONES, Status
from .forms import FilterForm
from .models import Application, InterviewEvent


def filtered(owner, form: FilterForm) -> QuerySet:
    """The owner's applications narrowed by the filters that read; the others ignored."""
    queryset = Application.objects.filter(owner=owner).select_related("lane")
    if not form.is_valid():
        return queryset
    data = form.cleaned_data
    if data.get("status"):
        queryset = queryset.filter(status=data["status"])
    if data.get("lane"):
        queryset = queryset.filter(lane=data["lane"])
    if data.get("company", "").strip():
        queryset = queryset.filter(company__icontains=data["company"].strip())
    if data.get("since"):
        queryset = queryset.filter(created_at__date__gte=data["since"])
    if data.get("until"):
        queryset = queryset.filter(created_at__date__lte=data["until"])
    return queryset


def with_upcoming(queryset: QuerySet, today: datetime.date) -> QuerySet:
    """Each application's interviews from today on, in one more query."""
    upcoming = InterviewEvent.objects.filter(on__gte=today).order_by("on", "pk")
    return queryset.prefetch_related(Prefetch("events", queryset=upcoming, to_attr="upcoming"))


@dataclass(frozen=True)
class Column:
    status: str
    label: str
    tone: int
    cards: list


def columns(applications: list[Application]) -> list[Column]:
    by_status: dict[str, list] = {s: [] for s in Status.values}
    for application in applications:
        by_status[application.status].append(application)
    return [
        Column(status, label, TONES[status], by_status[status]) for status, label in Status.choices
    ]


def is_overdue(application: Application, today: datetime.date) -> bool:
    return (
        application.next_step_on is not None
        and application.next_step_on < today
        and application.status not in CLOSED
    )


def next_steps(applications: list[Application], today: datetime.date) -> list[dict]:
    """Open applications by next-step date (the overdue ones first, as the oldest
    dates), those without a date last, newest activity first among them."""
    rows = [
        {"application": a, "overdue": is_overdue(a, today)}
        for a in applications
        if a.status not in CLOSED
    ]
    far = datetime.date.max
    rows.sort(
        key=lambda row: (
            row["application"].next_step_on or far,
            -row["application"].updated_at.timestamp(),
        )
    )
    return rows


def has_filters(form: FilterForm) -> bool:
    return form.is_valid() and any(v not in (None, "") for v in form.cleaned_data.values())

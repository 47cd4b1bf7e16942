"""The applications as CSV, for a spreadsheet: one row each, its history in one cell.

A cell that starts with = + - @ (or a tab, a carriage return) is prefixed with an
apostrophe, so a spreadsheet shows the person's text instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io

from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone

from .models import InterviewEvent, StatusChange

HEADER = [
    "Title",
    "Company",
    "Status",
    "Status since",
    "Lane",
    "Link",
    "Next step",
    "Next step date",
    "Salary from",
    "Salary to",
    "Currency",
    "Match when read",
    "Interviews",
    "History",
    "Notes",
    "Tracked on",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _match(match: dict) -> str:
    if not match or not match.get("total"):
        return ""
    return f"{len(match.get('covered', []))} of {match['total']}"


def rows(queryset):
    queryset = queryset.select_related("lane").prefetch_related(
        Prefetch("history", queryset=StatusChange.objects.order_by("on", "recorded_at", "pk")),
        Prefetch("events", queryset=InterviewEvent.objects.order_by("on", "pk")),
    )
    for a in queryset:
        yield [
            a.title,
            a.company,
            a.get_status_display(),
            a.status_on.isoformat(),
            a.lane.name if a.lane else "",
            a.link,
            a.next_step,
            a.next_step_on.isoformat() if a.next_step_on else "",
            a.salary_min,
            a.salary_max,
            a.salary_currency,
            _match(a.match),
            "; ".join(f"{e.on.isoformat()} {e.label}" for e in a.events.all()),
            "; ".join(f"{h.on.isoformat()} {h.get_status_display()}" for h in a.history.all()),
            a.notes,
            timezone.localdate(a.created_at).isoformat(),
        ]


def csv_response(queryset) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for row in rows(queryset):
        writer.writerow([cell(v) for v in row])
    response = HttpResponse(
        # A byte-order mark: spreadsheet programs then read the file as UTF-8.
        "\ufeff" + buffer.getvalue(),
        content_type="text/csv; charset=utf-8",
    )
    name = f"pivot-applications-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response

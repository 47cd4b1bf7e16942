"""The weekly view: this week's new applications, replies, interviews and gap
deliverables shipped, the chart of applications per week by status, and the figures."""

from __future__ import annotations

import datetime

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from ..owner import signed_in
from . import weekly
from .figures import all_figures
from .models import Application

BAD_WEEK = "That week could not be read (use a date such as 2026-03-09): here is this week."


@signed_in("GET", "HEAD")
def week(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    start = weekly.week_of(request.GET.get("week", "").strip(), today)
    problem = "" if start is not None else BAD_WEEK
    start = start or weekly.monday(today)
    overall, lanes = all_figures(
        weekly.prefetched(Application.objects.filter(owner=request.user).select_related("lane")),
        today=today,
    )
    this_monday = weekly.monday(today)
    context = {
        **weekly.week_summary(request.user, start),
        "chart": weekly.chart(request.user, start),
        "overall": overall,
        "lanes": lanes,
        "problem": problem,
        "is_this_week": start == this_monday,
        "previous": start - datetime.timedelta(weeks=1),
        "next": start + datetime.timedelta(weeks=1) if start < this_monday else None,
    }
    return render(
        request, "profiles/applications/week.html", context, status=400 if problem else 200
    )

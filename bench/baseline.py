"""The yardstick every page is measured against: a bare Django page that renders a 60-row
template after one SQL query, behind the same middleware (session and auth included) as
the app. A page's throughput is reported as a ratio to this one, measured in the same run,
so the figures travel between machines."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from roles.models import Skill

ROWS = 60


def baseline(request: HttpRequest) -> HttpResponse:
    rows = list(Skill.objects.order_by("pk").values_list("slug", "name")[:ROWS])
    return render(request, "bench/baseline.html", {"rows": rows})

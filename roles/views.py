import logging

from django.db import connection
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django.views.decorators.vary import vary_on_headers

from pivotapp.limits import limited
from pivotapp.panels import render_panel

from .forms import POSTING_MAX_CHARS, PostingForm
from .models import (
    DayToDayShare,
    Gap,
    GlossaryTerm,
    InterviewExpectation,
    RoleArchetype,
    RoleGroup,
    Skill,
    SkillDomain,
)
from .querysets import lane_orders
from .reading.current import current_reading
from .reading.extensions import panel_contexts
from .reading.highlight import highlighted

logger = logging.getLogger(__name__)

# Staff edit this content in admin and expect the next page load to show it: browsers and
# proxies must ask again every time. Private, because the header shows who is signed in.
fresh = cache_control(private=True, no_cache=True)


def archetypes_with_shares():
    """The lanes as their cards show them: group, day-to-day shares, skills to emphasize."""
    return RoleArchetype.objects.select_related("group").prefetch_related(
        Prefetch("shares", queryset=DayToDayShare.objects.order_by("order", "pk")),
        "skill_emphases",
    )


@require_safe
@fresh
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "roles/home.html", {"archetypes": RoleArchetype.objects.all()})


@require_safe
@fresh
def archetype_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "roles/archetype_list.html",
        {
            "archetypes": archetypes_with_shares(),
            "groups": RoleGroup.objects.prefetch_related("archetypes"),
        },
    )


@require_safe
@fresh
def archetype_detail(request: HttpRequest, slug: str) -> HttpResponse:
    archetype = get_object_or_404(archetypes_with_shares(), slug=slug)
    gaps = list(Gap.objects.in_lane_order(archetype))
    return render(
        request,
        "roles/archetype_detail.html",
        {
            "archetype": archetype,
            "checklist": Skill.objects.with_emphasis(archetype).filter(emphasized=True),
            "expectations": InterviewExpectation.objects.for_lane(archetype),
            "gaps": gaps,
            "suggested_order": any(g.priority_is_suggested for g in gaps),
        },
    )


@require_safe
@fresh
def skills(request: HttpRequest) -> HttpResponse:
    domains = SkillDomain.objects.prefetch_related(
        Prefetch("skills", queryset=Skill.objects.order_by("order", "pk"))
    )
    return render(request, "roles/skills.html", {"domains": domains})


@require_safe
@fresh
def gaps(request: HttpRequest) -> HttpResponse:
    """The guide's table, then each lane's order: the guide's, or Pivot's suggestion."""
    gaps = list(Gap.objects.prefetch_related("lane_priorities"))
    lanes = lane_orders(gaps, RoleArchetype.objects.all())
    return render(request, "roles/gaps.html", {"gaps": gaps, "lanes": lanes})


@require_safe
@fresh
def glossary(request: HttpRequest) -> HttpResponse:
    return render(request, "roles/glossary.html", {"terms": GlossaryTerm.objects.all()})


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@fresh
def read(request: HttpRequest) -> HttpResponse:
    """Paste a posting, read it. Nothing is stored, so anyone may use it; a signed-in
    person also gets what registered panels add (the profiles app: the match)."""
    if request.method == "POST" and (paused := limited(request, "read_posting")):
        return paused
    form = PostingForm(request.POST if request.method == "POST" else None)
    reading = catalog = None
    if form.is_bound and form.is_valid():
        reading, catalog = current_reading(form.cleaned_data["text"])
    context = {
        "panels": panel_contexts(request, reading, catalog),
        "form": form,
        "reading": reading,
        "highlighted": highlighted(reading) if reading else "",
        "max_chars": f"{POSTING_MAX_CHARS:,}",
    }
    return render_panel(request, "roles/read.html", context, partial="htmx-result")


@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy", whatever its type
        logger.warning("healthz: the database did not answer", exc_info=True)
        return JsonResponse({"db": "error"}, status=503)
    return JsonResponse({"db": "ok"})

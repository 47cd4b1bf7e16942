from django.db import connection
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

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


def archetypes_with_shares():
    return RoleArchetype.objects.select_related("group").prefetch_related(
        Prefetch("shares", queryset=DayToDayShare.objects.order_by("order", "pk"))
    )


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "roles/home.html", {"archetypes": archetypes_with_shares()})


@require_safe
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
def archetype_detail(request: HttpRequest, slug: str) -> HttpResponse:
    archetype = get_object_or_404(
        archetypes_with_shares().prefetch_related("emphasized_skills"), slug=slug
    )
    expectations = InterviewExpectation.objects.filter(
        only_for__isnull=True
    ) | InterviewExpectation.objects.filter(only_for=archetype)
    return render(
        request,
        "roles/archetype_detail.html",
        {"archetype": archetype, "expectations": expectations.order_by("order", "pk")},
    )


@require_safe
def skills(request: HttpRequest) -> HttpResponse:
    domains = SkillDomain.objects.prefetch_related(
        Prefetch("skills", queryset=Skill.objects.order_by("order", "pk"))
    )
    return render(request, "roles/skills.html", {"domains": domains})


@require_safe
def gaps(request: HttpRequest) -> HttpResponse:
    return render(request, "roles/gaps.html", {"gaps": Gap.objects.all()})


@require_safe
def glossary(request: HttpRequest) -> HttpResponse:
    return render(request, "roles/glossary.html", {"terms": GlossaryTerm.objects.all()})


@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy", whatever its type
        return JsonResponse({"db": "error"}, status=503)
    return JsonResponse({"db": "ok"})

"""The example's pages: every step and the LinkedIn copy, read-only, and "Start from this
example". Only `start` accepts POST; the pages answer GET and HEAD, anything else 405."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_POST, require_safe

from pivotapp.panels import render_panel
from roles import guide

from ..exports.limits import SEE_MORE_AT
from ..exports.linkedin import linkedin_texts, source_for_profile
from ..steps import STEPS
from ..steps.registry import handler_for
from ..steps.views import fresh_form, step_context
from .profile import example_lane, example_profile, freeze, sample_lane_slug
from .services import start_from_example


def _header(request: HttpRequest, profile, *, step_slug: str | None) -> dict:
    """The example's own header: the banner, "Start from this example", the lane links
    (each to this same page on that lane) and its two pages."""
    lane = profile.lane

    def here(slug: str) -> str:
        if step_slug is None:
            return reverse("example:linkedin", args=[slug])
        return reverse("example:step", args=[slug, step_slug])

    return {
        "read_only": True,
        "coach_readonly": True,
        "lane": lane,
        "lane_links": [
            {"archetype": a, "url": here(a.slug), "current": a.slug == lane.slug}
            for a in guide.archetypes()
        ],
        "start_url": reverse("example:start", args=[lane.slug]),
        "steps_url": reverse("example:step", args=[lane.slug, STEPS[0].slug]),
        "linkedin_url": reverse("example:linkedin", args=[lane.slug]),
        "on_linkedin": step_slug is None,
    }


@require_safe
def example_home(request: HttpRequest) -> HttpResponse:
    return redirect("example:step", sample_lane_slug(), STEPS[0].slug)


@require_safe
def example_lane_home(request: HttpRequest, lane: str) -> HttpResponse:
    return redirect("example:step", example_lane(lane).slug, STEPS[0].slug)


@require_safe
def example_step(request: HttpRequest, lane: str, slug: str) -> HttpResponse:
    profile = example_profile(example_lane(lane))
    handler = handler_for(slug)
    content = handler.load(profile)
    form = freeze(handler, fresh_form(handler, content, profile))
    context = step_context(profile, handler, content, form)
    context.update(_header(request, profile, step_slug=slug))
    response = render_panel(request, "example/step_layout.html", context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_safe
def example_linkedin(request: HttpRequest, lane: str) -> HttpResponse:
    profile = example_profile(example_lane(lane))
    source = source_for_profile(profile, with_names=False)
    items = linkedin_texts(source)
    context = {
        "profile": profile,
        "items": items,
        "see_more_at": SEE_MORE_AT,
        "finding_count": sum(len(i.open_findings) for i in items),
        **_header(request, profile, step_slug=None),
    }
    return render(request, "example/linkedin.html", context)


@require_POST
def start(request: HttpRequest, lane: str) -> HttpResponse:
    archetype = example_lane(lane)
    if not request.user.is_authenticated:
        # Back to the example after signing in: a POST cannot be replayed.
        return redirect_to_login(reverse("example:lane", args=[archetype.slug]))
    profile = start_from_example(owner=request.user, lane=archetype)
    messages.success(
        request,
        f"Started “{profile.name}” from the example. It is yours: change anything, step by step.",
    )
    return redirect(STEPS[0].url(profile))

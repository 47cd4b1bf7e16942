"""Profile list, create / rename / delete, and save version. The steps are in steps/.

Every view of one profile finds it through profiles.owner, so another account gets 404
for every method.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from . import services, steps
from .example.profile import example_lane, sample_lane_slug
from .forms import ProfileNameForm, SaveVersionForm
from .models import Profile, Version
from .owner import owned
from .steps.views import render_step
from .versions import snapshot as versioning


@login_required
@require_http_methods(["GET"])
def profile_list(request: HttpRequest) -> HttpResponse:
    latest = Version.objects.filter(
        profile=OuterRef("pk"), number=OuterRef("last_version_number")
    ).values("created_at")[:1]
    profiles = (
        Profile.objects.filter(owner=request.user)
        .select_related("lane")
        .annotate(latest_version_at=Subquery(latest))
    )
    context = {"profiles": profiles}
    if not profiles:
        # Nothing yet: the ways to start, the worked example aimed at the sample's lane.
        context["example_lane"] = example_lane(sample_lane_slug())
    return render(request, "profiles/list.html", context)


LINKEDIN_START = "linkedin"


def _name_form(request: HttpRequest, form, *, title: str, heading: str, submit: str):
    start = request.POST.get("start") or request.GET.get("start")
    context = {
        "start": start if start == LINKEDIN_START else "",
        "form": form,
        "errors": steps.error_items(form) if form.is_bound else [],
        "title": title,
        "heading": heading,
        "submit": submit,
        "action": request.path,  # create or rename: the form posts back where it was shown
    }
    return render(request, "profiles/name_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile_create(request: HttpRequest) -> HttpResponse:
    form = ProfileNameForm(request.POST or None)
    # "Start from my current LinkedIn": the same name question, then the paste page.
    from_linkedin = (request.POST.get("start") or request.GET.get("start")) == LINKEDIN_START
    if request.method == "POST" and form.is_valid():
        try:
            profile = services.create_profile(owner=request.user, name=form.cleaned_data["name"])
        except services.QuotaExceeded as exc:
            form.add_error(None, str(exc))
        else:
            if from_linkedin:
                return redirect("profiles:current_linkedin", profile.pk)
            return redirect(steps.STEPS[0].url(profile))
    heading = "New profile from your current LinkedIn" if from_linkedin else "New profile"
    return _name_form(request, form, title=heading, heading=heading, submit="Create profile")


@owned("GET")
def profile_detail(request: HttpRequest, profile: Profile) -> HttpResponse:
    return redirect(steps.first_incomplete(profile.answers or {}).url(profile))


@owned("GET", "POST")
def profile_rename(request: HttpRequest, profile: Profile) -> HttpResponse:
    form = ProfileNameForm(request.POST or None, initial={"name": profile.name})
    if request.method == "POST" and form.is_valid():
        services.rename_profile(profile=profile, name=form.cleaned_data["name"])
        messages.success(request, f"Renamed to “{profile.name}”.")
        return redirect("profiles:list")
    return _name_form(
        request,
        form,
        title=f"Rename {profile.name}",
        heading=f"Rename “{profile.name}”",
        submit="Save name",
    )


@owned("GET", "POST")
def profile_delete(request: HttpRequest, profile: Profile) -> HttpResponse:
    if request.method == "POST":
        name = profile.name
        services.delete_profile(profile=profile)
        messages.success(request, f"Deleted “{name}” and its versions.")
        return redirect("profiles:list")
    return render(request, "profiles/delete.html", {"profile": profile})


@owned("POST")
def save_version(request: HttpRequest, profile: Profile) -> HttpResponse:
    form = SaveVersionForm(request.POST)
    if form.is_valid():
        try:
            version = versioning.save_version(profile=profile, note=form.cleaned_data["note"])
        except services.QuotaExceeded as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Saved version {version.number}.")
            return redirect(version.get_absolute_url())
    handler = steps.handler_for("review")
    return render_step(request, profile, handler, handler.load(profile), form, partial=False)

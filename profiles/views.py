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
    return render(request, "profiles/list.html", {"profiles": profiles})


def _name_form(request: HttpRequest, form, *, title: str, heading: str, submit: str):
    context = {
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
    if request.method == "POST" and form.is_valid():
        profile = services.create_profile(owner=request.user, name=form.cleaned_data["name"])
        return redirect(steps.STEPS[0].url(profile))
    return _name_form(
        request, form, title="New profile", heading="New profile", submit="Create profile"
    )


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
    if not form.is_valid():
        handler = steps.handler_for("review")
        content = handler.load(profile)
        return render_step(request, profile, handler, content, form, partial=False)
    version = versioning.save_version(profile=profile, note=form.cleaned_data["note"])
    messages.success(request, f"Saved version {version.number}.")
    return redirect(version.get_absolute_url())

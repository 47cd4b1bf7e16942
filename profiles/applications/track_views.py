"""Tracking an application in one step: from the posting reader (the reading is saved
with it), from a tailored version's page, or by hand from the board."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from pivotapp.limits import limited
from roles.reading.current import current_reading

from ..models import Profile, SavedReading, Version
from ..owner import owned, signed_in
from ..services import QuotaExceeded
from ..steps.base import error_items
from ..tailoring.fit import profile_fit, touched_gaps
from ..tailoring.tailor import role_label
from ..tailoring.views import _role_page
from . import services
from .forms import DetailsForm, TrackForm, TrackVersionForm

# Per account, on the limiter sign-in uses (pivotapp/limits.py, PIVOT_RATE_LIMITS).
LIMIT = "track_application"


def _tracked(request: HttpRequest, application) -> HttpResponse:
    messages.success(
        request,
        f"Tracking “{application}”. Set its next step, then move it along as you hear back.",
    )
    return redirect(application.get_absolute_url())


@owned("POST")
def track_reading(request: HttpRequest, profile: Profile) -> HttpResponse:
    """ "Track this application" beside tailoring on the reader: the same role form."""
    if paused := limited(request, LIMIT):
        return paused
    form = TrackForm(request.POST, auto_id="role_%s")
    if not form.is_valid():
        return _role_page(request, profile, form)
    reading, catalog = current_reading(form.cleaned_data["text"])
    try:
        application = services.track_from_reading(
            profile=profile,
            title=form.cleaned_data["title"],
            company=form.cleaned_data["company"],
            text=form.cleaned_data["text"],
            reading=reading,
            fit=profile_fit(profile, reading, catalog),
        )
    except QuotaExceeded as exc:
        form.add_error(None, str(exc))
        return _role_page(request, profile, form)
    return _tracked(request, application)


@owned("POST")
def track_saved(request: HttpRequest, profile: Profile, reading_id: int) -> HttpResponse:
    """ "Track this application" on a saved reading's page: the reading as it was saved."""
    saved = get_object_or_404(SavedReading, pk=reading_id, profile=profile)
    if paused := limited(request, LIMIT):
        return paused
    existing = saved.applications.filter(owner=request.user).first()
    if existing is not None:  # a second click, or a second tab
        messages.info(request, f"You already track “{existing}”.")
        return redirect(existing.get_absolute_url())
    try:
        application = services.create_application(
            owner=request.user,
            title=saved.title,
            company=saved.company,
            profile=profile,
            reading=saved,
            gap_slugs=_gap_slugs(profile, saved),
        )
    except QuotaExceeded as exc:
        messages.error(request, str(exc))
        return redirect(saved.get_absolute_url())
    return _tracked(request, application)


def _gap_slugs(profile: Profile, saved) -> list[str]:
    """The open gaps the saved posting touches, read now (a reading keeps no gaps)."""
    if saved is None:
        return []
    reading, catalog = current_reading(saved.text)
    gaps, _lane = touched_gaps(profile, reading, catalog)
    return services.gap_slugs([gap.name for gap in gaps])


TAILORED = "Tailored: "  # how tailoring labels a version (tailor.role_label)


def role_from_note(note: str) -> dict:
    """Title and company out of a tailored version's label ("Tailored: T at C")."""
    if not note.startswith(TAILORED):
        return {}
    title, _at, company = note[len(TAILORED) :].rpartition(" at ")
    return {"title": title, "company": company} if title else {"title": company}


def quick_form(profile: Profile, version: Version) -> TrackVersionForm:
    """The form on the version's page: the role from its label; drawing it costs no query."""
    return TrackVersionForm(
        initial=role_from_note(version.note), profile=profile, auto_id="track_%s"
    )


def _reading_for(profile: Profile, version: Version):
    """The saved reading the tailored version was made for: the one its label names."""
    for saved in profile.readings.defer("text"):
        if role_label(saved.title, saved.company) == version.note:
            return saved
    return None


@owned("GET", "HEAD", "POST")
def track_version(request: HttpRequest, profile: Profile, *, version: Version) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = TrackVersionForm(
        data, initial=role_from_note(version.note), profile=profile, auto_id="track_%s"
    )
    if request.method == "POST" and (paused := limited(request, LIMIT)):
        return paused
    if request.method == "POST" and form.is_valid():
        reading = form.cleaned_data["reading"]
        if reading is None and "reading" not in request.POST:  # the version page's form
            reading = _reading_for(profile, version)
        try:
            application = services.create_application(
                owner=request.user,
                title=form.cleaned_data["title"],
                company=form.cleaned_data["company"],
                profile=profile,
                reading=reading,
                version=version,
                gap_slugs=_gap_slugs(profile, reading),
            )
        except QuotaExceeded as exc:
            form.add_error(None, str(exc))
        else:
            return _tracked(request, application)
    context = {
        "profile": profile,
        "version": version,
        "form": form,
        "errors": error_items(form) if form.is_bound else [],
    }
    status = 400 if form.is_bound else 200
    return render(request, "profiles/applications/track_version.html", context, status=status)


@signed_in("GET", "HEAD", "POST")
def new(request: HttpRequest) -> HttpResponse:
    """By hand, for a posting never read in Pivot."""
    if request.method == "POST" and (paused := limited(request, LIMIT)):
        return paused
    form = DetailsForm(request.POST if request.method == "POST" else None, auto_id="app_%s")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            application = services.create_application(
                owner=request.user, title=data["title"], details=data
            )
        except QuotaExceeded as exc:
            form.add_error(None, str(exc))
        else:
            return _tracked(request, application)
    context = {"form": form, "errors": error_items(form) if form.is_bound else []}
    status = 400 if form.is_bound else 200
    return render(request, "profiles/applications/new.html", context, status=status)

"""Saved versions: history, one version, diff of two, restore into the working copy.

Every lookup goes through profiles.owner, so another account gets 404 on every method.
"""

from __future__ import annotations

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_http_methods

from .diff import diff_snapshots
from .owner import get_owned_profile, get_owned_version
from .versioning import restore_version, snapshot_sections

HISTORY_PAGE_SIZE = 25
MAX_NUMBER = 2_147_483_647  # the version number column is a 32-bit integer


def allow_methods(*methods: str):
    """require_http_methods, except that another account's profile is a 404 first.

    An id that is not yours must look the same whatever the method, so a wrong method
    is only answered with 405 once the profile is known to be the requester's.
    """
    allowed = list(methods)

    def decorator(view):
        guarded = require_http_methods(allowed)(view)

        @wraps(view)
        def wrapper(request: HttpRequest, pk, *args, **kwargs) -> HttpResponse:
            if request.method not in allowed:
                get_owned_profile(request, pk)
            return guarded(request, pk, *args, **kwargs)

        return wrapper

    return decorator


def _wants_panel(request: HttpRequest) -> bool:
    # htmx restoring history after a cache miss needs the whole page, not the panel.
    return bool(request.htmx) and not request.htmx.history_restore_request


def _url_or_none(name: str, *args) -> str | None:
    # Some pages belong to other areas that may not be wired up yet; link only when they are.
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


class CompareForm(forms.Form):
    a = forms.IntegerField(
        label="From version",
        min_value=1,
        max_value=MAX_NUMBER,
        error_messages={
            "required": "Enter the number of the older version",
            "invalid": "Enter a version number, like 3",
            "min_value": "Version numbers start at 1",
            "max_value": "That version number is too large",
        },
    )
    b = forms.IntegerField(
        label="To version",
        min_value=1,
        max_value=MAX_NUMBER,
        error_messages={
            "required": "Enter the number of the newer version",
            "invalid": "Enter a version number, like 4",
            "min_value": "Version numbers start at 1",
            "max_value": "That version number is too large",
        },
    )


@login_required
@allow_methods("GET", "HEAD")
def history(request: HttpRequest, pk) -> HttpResponse:
    profile = get_owned_profile(request, pk)
    # The list never needs the snapshots; they can be large.
    versions = profile.versions.defer("snapshot").order_by("-number")
    page = Paginator(versions, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    latest = profile.last_version_number
    context = {
        "profile": profile,
        "page": page,
        "compare_form": CompareForm(initial={"a": max(latest - 1, 1), "b": latest}),
        "review_url": _url_or_none("profiles:step", profile.pk, "review"),
        "panel": _wants_panel(request),
    }
    template = "profiles/version_history.html"
    if _wants_panel(request):
        template += "#history-panel"
    return render(request, template, context)


@login_required
@allow_methods("GET", "HEAD")
def version_detail(request: HttpRequest, pk, number: int) -> HttpResponse:
    version = get_owned_version(request, pk, number)
    profile = version.profile
    context = {
        "profile": profile,
        "version": version,
        "sections": snapshot_sections(version.snapshot or {}),
        "has_previous": version.number > 1,
        "has_next": version.number < profile.last_version_number,
        "linkedin_url": _url_or_none("profiles:version_linkedin", profile.pk, version.number),
    }
    return render(request, "profiles/version_detail.html", context)


@login_required
@allow_methods("GET", "HEAD")
def compare(request: HttpRequest, pk) -> HttpResponse:
    profile = get_owned_profile(request, pk)
    latest = profile.last_version_number
    status = 200
    sections = None
    versions = {}
    if "a" in request.GET or "b" in request.GET:
        form = CompareForm(request.GET)
        form.is_valid()  # cleaned_data then holds each field that parsed
        for name in ("a", "b"):
            if name in form.cleaned_data:
                number = form.cleaned_data[name]
                try:
                    versions[name] = get_owned_version(request, profile.pk, number)
                except Http404:
                    if latest:
                        known = "version 1" if latest == 1 else f"versions 1 to {latest}"
                        message = f"There is no version {number}: this profile has {known}"
                    else:
                        message = f"There is no version {number}: no version is saved yet"
                    form.add_error(name, message)
        if form.is_valid():
            sections = diff_snapshots(versions["a"].snapshot or {}, versions["b"].snapshot or {})
        else:
            # Plain requests get an honest 400; htmx does not swap 4xx responses by
            # default, so its requests get the same page with 200 to show the errors.
            status = 200 if _wants_panel(request) else 400
    else:
        form = CompareForm(initial={"a": max(latest - 1, 1), "b": latest} if latest else None)

    changed = sum(len(s.changed_fields) for s in sections) if sections is not None else 0
    context = {
        "profile": profile,
        "form": form,
        "sections": sections,
        "a": versions.get("a"),
        "b": versions.get("b"),
        "changed_count": changed,
        "panel": _wants_panel(request),
    }
    template = "profiles/version_diff.html"
    if _wants_panel(request):
        template += "#diff-panel"
    return render(request, template, context, status=status)


@login_required
@allow_methods("POST")
def restore(request: HttpRequest, pk, number: int) -> HttpResponse:
    version = get_owned_version(request, pk, number)
    restore_version(profile=version.profile, version=version)
    messages.success(request, f"Version {version.number} restored into your working copy")
    review = _url_or_none("profiles:step", version.profile_id, "review")
    return redirect(review or version.get_absolute_url())

"""Saved versions: history, one version, diff of two, restore into the working copy.

Every view goes through profiles.owner.owned, so another account gets 404 on every method.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from pivotapp import computed
from pivotapp.forms import Form
from pivotapp.fragments import render_fragment
from pivotapp.panels import render_panel, wants_partial

from ..applications.track_views import quick_form
from ..models import Profile, Version
from ..owner import owned
from ..steps.validation import InvalidAnswers
from .diff import diff_snapshots
from .sections import snapshot_sections
from .snapshot import restore_version

HISTORY_PAGE_SIZE = 25
MAX_NUMBER = 2_147_483_647  # the version number column is a 32-bit integer


class VersionNumberInput(forms.TextInput):
    # Text, not type=number: a browser would clear a wrong entry instead of keeping it.
    template_name = "profiles/widgets/version_number.html"

    def __init__(self):
        super().__init__(
            attrs={"class": "compare-form__number", "inputmode": "numeric", "autocomplete": "off"}
        )


def _version_number(label: str, which: str, example: int) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=1,
        max_value=MAX_NUMBER,
        help_text="A version number",
        widget=VersionNumberInput,
        error_messages={
            "required": f"Enter the number of the {which} version",
            "invalid": f"Enter a version number, like {example}",
            "min_value": "Version numbers start at 1",
            "max_value": "That version number is too large",
        },
    )


class CompareForm(Form):
    # An empty box is answered by the page, with the summary, not by a browser bubble.
    use_required_attribute = False

    a = _version_number("From version", "older", 3)
    b = _version_number("To version", "newer", 4)


def version_inputs(version: Version) -> list:
    """What a saved version's drawing depends on besides the guide: it never changes once
    saved, and its creation time tells it from a row whose id a database hands out again."""
    return [version.pk, version.profile_id, version.number, version.created_at.isoformat()]


# The version pages never read the profile's lane (profiles.owner.LANE).
@owned("GET", "HEAD", related=())
def history(request: HttpRequest, profile: Profile) -> HttpResponse:
    # The rows need four columns: never the snapshots (they can be large), and no model
    # instance per row.
    versions = profile.versions.order_by("-number").values_list(
        "number", "created_at", "note", "headline", named=True
    )
    page = Paginator(versions, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    latest = profile.last_version_number
    context = {
        "profile": profile,
        "page": page,
        "rows": render_fragment(
            "profiles/_history_rows.html", {"profile_pk": profile.pk, "versions": page.object_list}
        ),
        "compare_form": CompareForm(initial={"a": max(latest - 1, 1), "b": latest}),
        "review_url": reverse("profiles:step", args=[profile.pk, "review"]),
        "panel": wants_partial(request),
    }
    return render_panel(request, "profiles/version_history.html", context, partial="history-panel")


@owned("GET", "HEAD", related=())
def version_detail(request: HttpRequest, profile: Profile, *, version: Version) -> HttpResponse:
    context = {
        "profile": profile,
        "version": version,
        # A saved version never changes: its sections are drawn once, into the one cache.
        "sections": computed.remember(
            "version-sections",
            version_inputs(version),
            lambda: render_fragment(
                "profiles/_version_sections.html",
                {"sections": snapshot_sections(version.snapshot or {})},
            ),
        ),
        "has_previous": version.number > 1,
        "has_next": version.number < profile.last_version_number,
        "linkedin_url": reverse("profiles:version_linkedin", args=[profile.pk, version.number]),
        "track_form": quick_form(profile, version),
    }
    return render(request, "profiles/version_detail.html", context)


def _missing(number: int, latest: int) -> str:
    if not latest:
        return f"There is no version {number}: no version is saved yet"
    known = "version 1" if latest == 1 else f"versions 1 to {latest}"
    return f"There is no version {number}: this profile has {known}"


def _diff(a: Version, b: Version) -> tuple[str, int]:
    """(the diff's sections drawn, fields changed) of two versions, in the one cache: two
    saved versions compare the same however many are saved after them."""

    def make() -> tuple[str, int]:
        snapshots = dict(Version.objects.filter(pk__in={a.pk, b.pk}).values_list("pk", "snapshot"))
        sections = diff_snapshots(snapshots[a.pk] or {}, snapshots[b.pk] or {})
        changed = sum(len(s.changed_fields) for s in sections)
        return render_fragment("profiles/_diff_sections.html", {"sections": sections}), changed

    return computed.remember("version-diff", [version_inputs(a), version_inputs(b)], make)


@owned("GET", "HEAD", related=())
def compare(request: HttpRequest, profile: Profile) -> HttpResponse:
    latest = profile.last_version_number
    status = 200
    diff = None
    versions = {}
    if "a" in request.GET or "b" in request.GET:
        form = CompareForm(request.GET)
        form.is_valid()  # cleaned_data then holds each field that parsed
        numbers = {
            name: form.cleaned_data[name] for name in ("a", "b") if name in form.cleaned_data
        }
        # The owner lookup already found the profile: both versions in one query, without
        # their snapshots (a cached diff never reads them).
        found = (
            {
                v.number: v
                for v in profile.versions.defer("snapshot").filter(number__in=numbers.values())
            }
            if numbers
            else {}
        )
        for name, number in numbers.items():
            if number in found:
                versions[name] = found[number]
            else:
                form.add_error(name, _missing(number, latest))
        if form.is_valid():
            diff = _diff(versions["a"], versions["b"])
        else:
            # Plain requests get an honest 400; htmx does not swap 4xx responses by
            # default, so its requests get the same page with 200 to show the errors.
            status = 200 if wants_partial(request) else 400
    else:
        form = CompareForm(initial={"a": max(latest - 1, 1), "b": latest} if latest else None)

    context = {
        "profile": profile,
        "form": form,
        "sections": diff[0] if diff else None,
        "a": versions.get("a"),
        "b": versions.get("b"),
        "changed_count": diff[1] if diff else 0,
        "panel": wants_partial(request),
    }
    return render_panel(
        request, "profiles/version_diff.html", context, partial="diff-panel", status=status
    )


@owned("POST")
def restore(request: HttpRequest, profile: Profile, *, version: Version) -> HttpResponse:
    try:
        restore_version(profile=profile, version=version)
    except InvalidAnswers as invalid:
        messages.error(
            request,
            f"Version {version.number} holds answers Pivot cannot show, so nothing was "
            f"restored: {invalid}.",
        )
        return redirect(version.get_absolute_url())
    messages.success(request, f"Version {version.number} restored into your working copy")
    return redirect("profiles:step", profile.pk, "review")

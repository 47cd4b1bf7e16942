"""LinkedIn copy pages (working copy or a version), the live count, and downloads.

Every view goes through profiles.owner.owned: another account gets 404 for every URL and
every method, before a wrong method is answered with 405.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse

from pivotapp.site import profile_url

from ..models import Profile, Version
from ..owner import owned
from . import files as exports
from .limits import LINKEDIN_KEYS, SEE_MORE_AT, TEXT_MAX
from .linkedin import (
    CopySource,
    copy_text_for,
    findings_for,
    linkedin_texts,
    source_for_profile,
    source_for_version,
)


def _source(profile: Profile, version: Version | None, *, with_names: bool = True) -> CopySource:
    if version is None:
        return source_for_profile(profile, with_names=with_names)
    return source_for_version(version)


def _urls(source: CopySource) -> dict[str, str]:
    pk = source.profile.pk
    if source.version is None:
        # The working copy's links differ only in the id: their shapes are kept (site.py).
        return {
            "page": profile_url("profiles:linkedin", pk),
            "check": profile_url("profiles:linkedin_check", pk),
            **{
                f"{what}_{fmt}": profile_url("profiles:export", pk, what, fmt)
                for what, fmt in exports.BUILDERS
            },
            "json": profile_url("profiles:export_json", pk),
        }
    number = source.version.number
    return {
        "page": reverse("profiles:version_linkedin", args=[pk, number]),
        "check": reverse("profiles:version_linkedin_check", args=[pk, number]),
        **{
            f"{what}_{fmt}": reverse("profiles:version_export", args=[pk, number, what, fmt])
            for what, fmt in exports.BUILDERS
        },
        "json": reverse("profiles:version_export_json", args=[pk, number]),
    }


# --- LinkedIn page ---------------------------------------------------------------------


@owned("GET", "POST")
def linkedin(
    request: HttpRequest, profile: Profile, version: Version | None = None
) -> HttpResponse:
    """GET shows the copy; POST (the no-JavaScript "Check again") counts and checks the
    texts as typed, without saving them."""
    # The LinkedIn page shows texts only: no skill, gap or rule names to look up.
    source = _source(profile, version, with_names=False)
    items = linkedin_texts(source)
    if request.method == "POST":
        typed = {item.key: request.POST.get(item.key, item.text)[:TEXT_MAX] for item in items}
        findings = findings_for(source, typed)
        for item in items:
            item.text = typed[item.key]
            item.findings = findings.get(item.key, [])
    context = {
        "profile": source.profile,
        "version": source.version,
        "source": source,
        "items": items,
        "urls": _urls(source),
        "see_more_at": SEE_MORE_AT,
        "checked": request.method == "POST",
        "finding_count": sum(len(i.open_findings) for i in items),
    }
    return render(request, "profiles/linkedin.html", context)


@owned("POST")
def linkedin_check(
    request: HttpRequest, profile: Profile, version: Version | None = None
) -> HttpResponse:
    """The live count and findings for one text as typed (htmx, on every edit)."""
    source = _source(profile, version)
    key = request.POST.get("key", "")
    if key not in LINKEDIN_KEYS or key not in request.POST:
        return HttpResponseBadRequest("Unknown text.")
    item = copy_text_for(source, key, request.POST[key][:TEXT_MAX])
    context = {"item": item, "profile": source.profile, "version": source.version}
    if not request.htmx:
        return redirect(_urls(source)["page"])
    return render(request, "profiles/linkedin.html#text_status", context)


# --- downloads -----------------------------------------------------------------------------


def _attachment(body: str, *, filename: str, fmt: str) -> HttpResponse:
    response = HttpResponse(body.encode("utf-8"), content_type=exports.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@owned("GET")
def export(
    request: HttpRequest, profile: Profile, what: str, fmt: str, version: Version | None = None
) -> HttpResponse:
    source = _source(profile, version)
    builder = exports.BUILDERS.get((what, fmt))
    if builder is None:
        raise Http404
    part = "linkedin" if what == "linkedin" else ""
    return _attachment(builder(source), filename=source.filename(fmt, part=part), fmt=fmt)


@owned("GET")
def export_json(request: HttpRequest, profile: Profile, version: Version | None = None):
    source = _source(profile, version)
    return _attachment(exports.version_json(source), filename=source.filename("json"), fmt="json")

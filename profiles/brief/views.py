"""The brief page (prints as one page) and its PDF, for the working copy or a version."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from ..exports.linkedin import source_for_profile, source_for_version
from ..models import Profile, Version
from ..owner import owned
from .content import build_brief
from .pdf import brief_pdf


def _source(profile: Profile, version: Version | None):
    return source_for_version(version) if version else source_for_profile(profile)


@owned("GET", "HEAD")
def brief_page(
    request: HttpRequest, profile: Profile, version: Version | None = None
) -> HttpResponse:
    source = _source(profile, version)
    if version is None:
        pdf_url = reverse("profiles:brief_pdf", args=[profile.pk])
    else:
        pdf_url = reverse("profiles:version_brief_pdf", args=[profile.pk, version.number])
    context = {
        "profile": profile,
        "version": version,
        "brief": build_brief(source),
        "pdf_url": pdf_url,
    }
    return render(request, "profiles/brief.html", context)


@owned("GET", "HEAD")
def brief_download(
    request: HttpRequest, profile: Profile, version: Version | None = None
) -> HttpResponse:
    source = _source(profile, version)
    response = HttpResponse(brief_pdf(build_brief(source)), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{source.filename("pdf", part="brief")}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response

"""Share links: the owner's list, create and revoke (all through owned), and the public
read-only page a mentor opens, which carries no session-dependent content at all."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from pivotapp.limits import limited

from ..exports.files import skills_summary
from ..exports.limits import LINKEDIN_KEYS
from ..exports.linkedin import linkedin_texts, source_for_version
from ..models import Profile, ShareLink, Version
from ..owner import owned
from ..steps.base import error_items
from .forms import ShareLinkForm
from .services import create_link, find_active, live_links, revoke_link, status, too_many_links

# Everything the shared page and its 404 send: not indexed, not cached, no Referer onward.
PUBLIC_HEADERS = {
    "X-Robots-Tag": "noindex, nofollow, noarchive",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _links(queryset) -> list[dict]:
    now = timezone.now()
    return [{"link": link, "status": status(link, now=now)} for link in queryset]


def _profile_links(profile: Profile):
    return ShareLink.objects.filter(version__profile=profile).select_related("version")


@owned("GET", "HEAD")
def link_list(request: HttpRequest, profile: Profile) -> HttpResponse:
    context = {"profile": profile, "links": _links(_profile_links(profile))}
    return render(request, "profiles/sharing/list.html", context)


@owned("GET", "HEAD", "POST")
def create(request: HttpRequest, profile: Profile, *, version: Version) -> HttpResponse:
    form = ShareLinkForm(request.POST if request.method == "POST" else None)
    context = {
        "profile": profile,
        "version": version,
        "form": form,
        "errors": error_items(form) if form.is_bound else [],
        "links": _links(_profile_links(profile).filter(version=version)),
    }
    if request.method != "POST":
        return render(request, "profiles/sharing/create.html", context)
    if paused := limited(request, "share_link"):
        return paused
    if form.is_valid() and live_links(version) >= settings.PIVOT_MAX_SHARE_LINKS:
        form.add_error(None, too_many_links(version))
        context["errors"] = error_items(form)
    if not form.is_valid():
        return render(request, "profiles/sharing/create.html", context, status=400)
    link, token = create_link(
        version=version,
        days=form.cleaned_data["days"],
        show_skills=form.cleaned_data["show_skills"],
        label=form.cleaned_data["label"],
    )
    # The token exists only in this response: it is not stored, so this page is not
    # redirected to, and the browser must not keep a copy.
    url = request.build_absolute_uri(reverse("shared:version", args=[token]))
    context |= {"link": link, "share_url": url}
    response = render(request, "profiles/sharing/created.html", context, status=201)
    response["Cache-Control"] = "no-store"
    return response


@owned("POST")
def revoke(request: HttpRequest, profile: Profile, link_id: int) -> HttpResponse:
    link = _profile_links(profile).filter(pk=link_id).first()
    if link is None:
        raise Http404
    revoke_link(link=link)
    messages.success(request, f"The link to version {link.version.number} no longer works")
    return redirect("profiles:shares", profile.pk)


def shared_context(link: ShareLink) -> dict:
    source = source_for_version(link.version)
    return {
        "version": link.version,
        "lane_name": source.lane_name,
        "positioning": [t for t in source.texts if t["key"] not in LINKEDIN_KEYS],
        "linkedin": linkedin_texts(source, with_findings=False),
        "skills": skills_summary(source) if link.show_skills else None,
        "expires_at": link.expires_at,
    }


def shared_version(request: HttpRequest, token: str) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        response = HttpResponseNotAllowed(["GET", "HEAD"])
    else:
        link = find_active(token)
        if link is None:
            response = render(request, "profiles/sharing/missing.html", status=404)
        else:
            response = render(request, "profiles/sharing/shared.html", shared_context(link))
    for header, value in PUBLIC_HEADERS.items():
        response[header] = value
    return response

"""Dismissing (or bringing back) a coach finding on the working copy.

Posted from the messaging step and the LinkedIn page; with htmx only the findings block
is swapped, with the page's finding count and the form's revision sent out of band.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .. import steps
from ..exports.limits import TEXT_MAX
from ..exports.linkedin import (
    CopySource,
    findings_for,
    linkedin_texts,
    source_for_profile,
)
from ..models import Profile
from ..owner import owned
from .engine import Finding, open_count, set_dismissed


def _parse_target(request: HttpRequest) -> tuple[str, str, bool] | None:
    for field, dismiss in (("coach_dismiss", True), ("coach_restore", False)):
        value = request.POST.get(field, "")
        if value:
            key, _, slug = value.partition(" ")
            return key.strip(), slug.strip(), dismiss
    return None


def _from_messaging_step(request: HttpRequest) -> bool:
    return any(name.startswith("text__") for name in request.POST)


def _page_finding_count(request: HttpRequest, profile, source: CopySource) -> int:
    """Open findings over every text of the page the dismissal came from, as typed there."""
    if _from_messaging_step(request):
        handler = steps.handler_for("messaging")
        content = handler.load(profile)
        form = handler.build_form(content, data=request.POST)
        form.is_valid()
        return handler.context(form, content, profile, profile.answers or {})["finding_count"]
    items = linkedin_texts(source, with_findings=False)
    typed = {i.key: request.POST.get(i.key, i.text)[:TEXT_MAX] for i in items}
    return open_count(findings_for(source, typed))


def _typed_or_saved(request: HttpRequest, profile, key: str) -> str:
    # The text as on the page: the LinkedIn form names a textarea by its key, the
    # messaging step an override "text__<key>"; otherwise the saved text.
    for name in (key, f"text__{key}"):
        value = request.POST.get(name, "")
        if value.strip():
            return value[:TEXT_MAX]
    saved = {t["key"]: t.get("text", "") for t in source_for_profile(profile).texts}
    return saved.get(key, "")


@owned("POST")
def dismiss_finding(request: HttpRequest, profile: Profile) -> HttpResponse:
    """Dismiss (or bring back) one rule's findings for one text of the working copy."""
    target = _parse_target(request)
    if target is None:
        return HttpResponseBadRequest("Say which finding to dismiss.")
    key, slug, dismiss = target
    try:
        profile = set_dismissed(profile=profile, text_key=key, rule_slug=slug, dismissed=dismiss)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))

    if request.htmx:
        source = source_for_profile(profile)
        text = _typed_or_saved(request, profile, key)
        findings: list[Finding] = findings_for(source, {key: text}).get(key, [])
        context = {
            "findings": findings,
            "profile": profile,
            "text_key": key,
            "revision": profile.revision,
            # The messaging step's form carries the revision it was rendered from; keep
            # it current, or that form's next save would be refused as stale.
            "revision_oob": "revision" in request.POST,
            "coach_next": request.POST.get("coach_next", ""),
            "coach_standalone": request.POST.get("coach_standalone") == "1",
            # The page's "The coach has N findings" changes with a dismissal: send it along.
            "finding_count": _page_finding_count(request, profile, source),
            "finding_count_oob": True,
            "copy_name": "" if _from_messaging_step(request) else "this copy",
        }
        return render(request, "profiles/_coach_findings.html", context)

    next_url = request.POST.get("coach_next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("profiles:linkedin", args=[profile.pk])
    return redirect(next_url)

"""LinkedIn copy pages, the live count, dismissing a coach finding, and downloads.

Every lookup goes through profiles.owner: another account gets 404 for every URL and
every method, before a wrong method is answered with 405.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from . import exports
from .coach import Finding, set_dismissed
from .linkedin import (
    LINKEDIN_KEYS,
    SEE_MORE_AT,
    CopySource,
    copy_text_for,
    findings_for,
    linkedin_texts,
    source_for_profile,
    source_for_version,
)
from .owner import get_owned_profile, get_owned_version

TEXT_MAX = 10_000  # far above any LinkedIn limit; refuses a runaway paste, not a long draft


def owner_methods(*methods: str):
    """require_http_methods, but another account's id is a 404 whatever the method."""

    def decorator(view):
        guarded = require_http_methods(list(methods))(view)

        @wraps(view)
        def wrapper(request: HttpRequest, pk, *args, **kwargs) -> HttpResponse:
            if request.method not in methods:
                if "number" in kwargs:
                    get_owned_version(request, pk, kwargs["number"])
                else:
                    get_owned_profile(request, pk)
            return guarded(request, pk, *args, **kwargs)

        return wrapper

    return decorator


def _source(request: HttpRequest, pk, number: int | None, *, with_names: bool = True) -> CopySource:
    if number is None:
        return source_for_profile(get_owned_profile(request, pk), with_names=with_names)
    return source_for_version(get_owned_version(request, pk, number))


def _urls(source: CopySource) -> dict[str, str]:
    pk = source.profile.pk
    if source.version is None:
        return {
            "page": reverse("profiles:linkedin", args=[pk]),
            "check": reverse("profiles:linkedin_check", args=[pk]),
            **{
                f"{what}_{fmt}": reverse("profiles:export", args=[pk, what, fmt])
                for what, fmt in exports.BUILDERS
            },
            "json": reverse("profiles:export_json", args=[pk]),
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


@login_required
@owner_methods("GET", "POST")
@vary_on_headers("HX-Request")
def linkedin(request: HttpRequest, pk, number: int | None = None) -> HttpResponse:
    """GET shows the copy; POST (the no-JavaScript "Check again") counts and checks the
    texts as typed, without saving them."""
    # The LinkedIn page shows texts only: no skill, gap or rule names to look up.
    source = _source(request, pk, number, with_names=False)
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


@login_required
@owner_methods("POST")
def linkedin_check(request: HttpRequest, pk, number: int | None = None) -> HttpResponse:
    """The live count and findings for one text as typed (htmx, on every edit)."""
    source = _source(request, pk, number)
    key = request.POST.get("key", "")
    if key not in LINKEDIN_KEYS or key not in request.POST:
        return HttpResponseBadRequest("Unknown text.")
    item = copy_text_for(source, key, request.POST[key][:TEXT_MAX])
    context = {"item": item, "profile": source.profile, "version": source.version}
    if not request.htmx:
        return redirect(_urls(source)["page"])
    return render(request, "profiles/linkedin.html#text_status", context)


# --- dismissing a finding ------------------------------------------------------------------


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
        from . import steps

        handler = steps.handler_for("messaging")
        content = handler.load(profile)
        form = handler.build_form(content, data=request.POST)
        form.is_valid()
        return handler.context(form, content, profile, profile.answers or {})["finding_count"]
    items = linkedin_texts(source, with_findings=False)
    typed = {i.key: request.POST.get(i.key, i.text)[:TEXT_MAX] for i in items}
    findings = findings_for(source, typed)
    return sum(1 for found in findings.values() for f in found if not f.dismissed)


def _typed_or_saved(request: HttpRequest, profile, key: str) -> str:
    # The text as on the page: the LinkedIn form names a textarea by its key, the
    # messaging step an override "text__<key>"; otherwise the saved text.
    for name in (key, f"text__{key}"):
        value = request.POST.get(name, "")
        if value.strip():
            return value[:TEXT_MAX]
    saved = {t["key"]: t.get("text", "") for t in source_for_profile(profile).texts}
    return saved.get(key, "")


@login_required
@owner_methods("POST")
def dismiss_finding(request: HttpRequest, pk) -> HttpResponse:
    """Dismiss (or bring back) one rule's findings for one text of the working copy."""
    profile = get_owned_profile(request, pk)
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


# --- downloads -----------------------------------------------------------------------------


def _attachment(body: str, *, filename: str, fmt: str) -> HttpResponse:
    response = HttpResponse(body.encode("utf-8"), content_type=exports.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@owner_methods("GET")
def export(request: HttpRequest, pk, what: str, fmt: str, number: int | None = None):
    source = _source(request, pk, number)
    builder = exports.BUILDERS.get((what, fmt))
    if builder is None:
        raise Http404
    part = "linkedin" if what == "linkedin" else ""
    return _attachment(builder(source), filename=source.filename(fmt, part=part), fmt=fmt)


@login_required
@owner_methods("GET")
def export_json(request: HttpRequest, pk, number: int | None = None) -> HttpResponse:
    source = _source(request, pk, number)
    return _attachment(exports.version_json(source), filename=source.filename("json"), fmt="json")

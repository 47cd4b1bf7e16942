"""Saved readings and tailoring, for one profile. Every view goes through owned, so
another account gets 404 for every method; writes are in services.py."""

from __future__ import annotations

import copy

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from pivotapp.panels import render_panel, wants_partial
from roles.reading.current import current_reading

from ..coach.engine import open_count
from ..exports.linkedin import linkedin_texts, source_for_profile
from ..models import Profile, SavedReading
from ..owner import owned
from ..versions.diff import diff_html
from . import services
from .fit import profile_fit
from .forms import RoleForm, TailorSaveForm
from .role_texts import DROP_ORDER
from .tailor import ROLE_TEXTS, Tailored, tailor_answers

OUTDATED = (
    "Your working copy changed after this draft was made, so it was not saved. Below is "
    "the draft made from your working copy as it is now: review it and save again."
)


def _role_page(request, profile, form, *, saved=None) -> HttpResponse:
    """The title/company form with its messages: a page of its own without JavaScript,
    the actions block under the reading with htmx (which swaps only 2xx answers)."""
    status = 200 if form.is_valid() or wants_partial(request) else 400
    context = {"profile": profile, "role_form": form, "saved": saved}
    return render_panel(
        request, "profiles/tailoring/role_form.html", context, partial="actions", status=status
    )


@owned("POST")
def save_reading(request: HttpRequest, profile: Profile) -> HttpResponse:
    form = RoleForm(request.POST, auto_id="role_%s")
    if not form.is_valid():
        return _role_page(request, profile, form)
    # Read again here (or kept from this process's reading of the same text) rather than
    # trusting a result sent back by the page.
    reading, catalog = current_reading(form.cleaned_data["text"])
    saved = services.save_reading(
        profile=profile,
        title=form.cleaned_data["title"],
        company=form.cleaned_data["company"],
        text=form.cleaned_data["text"],
        reading=reading,
        fit=profile_fit(profile, reading, catalog),
    )
    if wants_partial(request):
        return _role_page(request, profile, form, saved=saved)
    messages.success(request, f"Saved the reading of “{saved}” to {profile.name}.")
    return redirect(saved.get_absolute_url())


@owned("GET", "HEAD")
def reading_list(request: HttpRequest, profile: Profile) -> HttpResponse:
    readings = profile.readings.defer("text")
    return render(
        request, "profiles/tailoring/reading_list.html", {"profile": profile, "readings": readings}
    )


@owned("GET", "HEAD")
def reading_detail(request: HttpRequest, profile: Profile, reading_id: int) -> HttpResponse:
    saved = get_object_or_404(SavedReading, pk=reading_id, profile=profile)
    form = RoleForm(
        initial={"text": saved.text, "title": saved.title, "company": saved.company},
        auto_id="role_%s",
    )
    context = {"profile": profile, "saved": saved, "result": saved.result, "role_form": form}
    return render(request, "profiles/tailoring/reading_detail.html", context)


@owned("GET", "POST")
def reading_delete(request: HttpRequest, profile: Profile, reading_id: int) -> HttpResponse:
    saved = get_object_or_404(SavedReading, pk=reading_id, profile=profile)
    if request.method == "POST":
        services.delete_reading(saved=saved)
        messages.success(request, f"Deleted the saved reading of “{saved}”.")
        return redirect("profiles:readings", profile.pk)
    return render(
        request, "profiles/tailoring/reading_delete.html", {"profile": profile, "saved": saved}
    )


UNKNOWN_LEAD = "Choose one of your artifacts to lead with"


def _tailored(profile: Profile, form: RoleForm) -> Tailored:
    reading, catalog = current_reading(form.cleaned_data["text"])
    return tailor_answers(
        profile.answers or {},
        catalog=catalog,
        reading=reading,
        title=form.cleaned_data["title"],
        company=form.cleaned_data["company"],
        edits=form.edits,
        lead=form.cleaned_data.get("lead", ""),
    )


def _unknown_lead(form: RoleForm, tailored: Tailored) -> bool:
    """A lead the person asked for that is none of their artifacts (a stale page, an
    edited request): said next to the choice rather than silently replaced."""
    if form.cleaned_data.get("lead") and not tailored.picked:
        form.add_error("lead", UNKNOWN_LEAD)
        return True
    return False


def _draft(profile: Profile, form: RoleForm) -> tuple[Tailored, list[dict]]:
    """The tailored draft of the working copy, and per LinkedIn text: the current text,
    the tailored one with the coach's findings, and the word diff between them."""
    tailored = _tailored(profile, form)
    draft = copy.copy(profile)
    draft.answers = tailored.answers
    now = {
        t.key: t
        for t in linkedin_texts(source_for_profile(profile, with_names=False), with_findings=False)
    }
    rows = []
    for text in linkedin_texts(source_for_profile(draft, with_names=False)):
        before = now[text.key].text if text.key in now else ""
        rows.append(
            {"item": text, "changed": before != text.text, "diff": diff_html(before, text.text)}
        )
    return tailored, rows


def _review(request, profile, form, *, status=200, outdated=False) -> HttpResponse:
    tailored, rows = _draft(profile, form)
    if _unknown_lead(form, tailored):
        return _role_page(request, profile, form)
    texts = {row["item"].key: row["item"].text for row in rows}
    save_form = TailorSaveForm(
        initial={
            "text": form.cleaned_data["text"],
            "title": tailored.title,
            "company": tailored.company,
            "lead": tailored.lead.name if tailored.picked else "",
            "revision": profile.revision,
            **{key: texts.get(key, "") for key in ROLE_TEXTS},
        },
        auto_id="save_%s",
    )
    for row in rows:
        key = row["item"].key
        row["field"] = save_form[key] if key in ROLE_TEXTS else None
        if row["field"] is not None:  # tall enough to read the whole text
            row["field"].field.widget.attrs["rows"] = row["item"].rows
    context = {
        "profile": profile,
        "tailored": tailored,
        "rows": rows,
        "findings_open": open_count({row["item"].key: row["item"].findings for row in rows}),
        "save_form": save_form,
        "outdated": OUTDATED if outdated else "",
        "drop_order": DROP_ORDER,
    }
    return render(request, "profiles/tailoring/review.html", context, status=status)


@owned("POST")
def tailor(request: HttpRequest, profile: Profile) -> HttpResponse:
    """The tailored draft for review; nothing is written until the person saves it."""
    form = RoleForm(request.POST, auto_id="role_%s")
    if not form.is_valid():
        return _role_page(request, profile, form)
    return _review(request, profile, form)


@owned("POST")
def tailor_save(request: HttpRequest, profile: Profile) -> HttpResponse:
    form = TailorSaveForm(request.POST, auto_id="save_%s")
    if not form.is_valid():
        role = RoleForm(request.POST, auto_id="role_%s")
        if not role.is_valid():
            return _role_page(request, profile, role)
        # Only the revision is unreadable: as good as outdated, so show the fresh draft.
        return _review(request, profile, role, status=409, outdated=True)
    revision = form.cleaned_data["revision"]
    if revision != profile.revision:
        return _review(request, profile, form, status=409, outdated=True)
    tailored = _tailored(profile, form)
    if _unknown_lead(form, tailored):
        return _role_page(request, profile, form)
    try:
        version = services.save_tailored(
            profile=profile,
            tailored=tailored,
            revision=revision,
            use_as_working_copy=request.POST.get("use") == "working",
        )
    except services.DraftOutdated:
        profile.refresh_from_db()
        return _review(request, profile, form, status=409, outdated=True)
    if request.POST.get("use") == "working":
        note = f"Saved version {version.number} ({version.note}) and made it your working copy."
    else:
        note = f"Saved version {version.number}: {version.note}. Your working copy is unchanged."
    messages.success(request, note)
    return redirect(version.get_absolute_url())

"""Upload, check, confirm, write. Nothing is written before the last step: the checked
file rides along in the confirmation form and is checked again when it comes back.

/profiles/import/ makes a new profile (straight away when every slug is known);
/profiles/<id>/import/ replaces that profile's working copy, always after confirmation.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from pivotapp.limits import limited

from ..models import Profile
from ..owner import owned
from ..services import QuotaExceeded, StaleRevision
from ..steps.base import error_items
from .checks import MAX_BYTES, Checked, ImportProblem, check_upload
from .forms import ConfirmForm, UploadForm
from .services import import_as_new, replace_working_copy

TEMPLATE = "profiles/import.html"


def _read_upload(form: UploadForm) -> Checked | None:
    """The checked file, or None with the problem added to the form."""
    if not form.is_valid():
        return None
    upload = form.cleaned_data["file"]
    try:
        if upload.size > MAX_BYTES:
            raise ImportProblem(
                f"The file is {upload.size / 1_000_000:.1f} MB: a Pivot export is at most 1 MB."
            )
        return check_upload(upload.read(MAX_BYTES + 1))
    except ImportProblem as problem:
        form.add_error("file", str(problem))
        return None


def _read_confirmed(request: HttpRequest) -> tuple[ConfirmForm, Checked | None]:
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        return form, None
    try:
        return form, check_upload(form.cleaned_data["document"].encode("utf-8"))
    except ImportProblem:
        return form, None


def _page(request, *, profile=None, upload=None, checked=None, status=200, revision=None):
    upload = upload or UploadForm()
    context = {
        "profile": profile,
        "form": upload,
        "errors": error_items(upload) if upload.is_bound else [],
        "checked": checked,
    }
    if checked is not None:
        context["confirm"] = ConfirmForm(
            initial={"document": json.dumps(checked.document), "revision": revision}
        )
    return render(request, TEMPLATE, context, status=status)


UNREADABLE = "The confirmed file could not be read again: choose it again."


def _refused(request, profile=None, message: str = UNREADABLE) -> HttpResponse:
    """The upload form again, the reason next to its field. A tampered or truncated
    confirmation page gets UNREADABLE: the person is asked for the file again."""
    upload = UploadForm(data={}, files={})
    upload.full_clean()
    upload.errors["file"] = upload.error_class([message])
    return _page(request, profile=profile, upload=upload, status=400)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def import_new(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request)
    if paused := limited(request, "import_profile"):
        return paused
    if "document" in request.POST:
        _form, checked = _read_confirmed(request)
        if checked is None:
            return _refused(request)
    else:
        upload = UploadForm(request.POST, request.FILES)
        checked = _read_upload(upload)
        if checked is None:
            return _page(request, upload=upload, status=400)
        if checked.needs_confirmation:
            return _page(request, checked=checked)
    try:
        profile = import_as_new(owner=request.user, checked=checked)
    except QuotaExceeded as full:  # the 26th profile, or answers over the quota
        return _refused(request, message=str(full))
    messages.success(request, f"Imported “{profile.name}” as a new profile")
    return redirect("profiles:step", profile.pk, "review")


@owned("GET", "HEAD", "POST")
def import_replace(request: HttpRequest, profile: Profile) -> HttpResponse:
    if request.method != "POST":
        return _page(request, profile=profile)
    if paused := limited(request, "import_profile"):
        return paused
    if "document" not in request.POST:
        upload = UploadForm(request.POST, request.FILES)
        checked = _read_upload(upload)
        if checked is None:
            return _page(request, profile=profile, upload=upload, status=400)
        return _page(request, profile=profile, checked=checked, revision=profile.revision)

    form, checked = _read_confirmed(request)
    if checked is None:
        return _refused(request, profile)
    try:
        replace_working_copy(
            profile=profile, checked=checked, revision=form.cleaned_data.get("revision")
        )
    except QuotaExceeded as full:
        return _refused(request, profile, message=str(full))
    except StaleRevision as stale:
        messages.error(
            request,
            "Your working copy changed in another tab since you chose this file: nothing "
            "was replaced. Check it and confirm again.",
        )
        return _page(
            request,
            profile=stale.current,
            checked=checked,
            revision=stale.current.revision,
            status=409,
        )
    messages.success(request, f"Replaced the working copy of “{profile.name}” from the file")
    return redirect("profiles:step", profile.pk, "review")

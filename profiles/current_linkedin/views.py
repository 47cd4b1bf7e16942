"""Paste, compare, keep: one page, one URL. GET shows the empty form; POST compares (no
write), or with `keep` also stores that one pasted text as the profile's override."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ..exports.linkedin import source_for_profile
from ..models import Profile
from ..owner import owned
from ..services import StaleRevision
from ..steps.base import error_items
from .compare import FIELDS, compare
from .forms import PastedForm
from .services import keep_as_override

TEMPLATE = "profiles/current_linkedin.html"
KEPT_NAMES = {"headline": "headline", "about": "About"}


@owned("GET", "HEAD", "POST")
def start_from_linkedin(request: HttpRequest, profile: Profile) -> HttpResponse:
    if request.method != "POST":
        form = PastedForm(initial={"revision": profile.revision})
        return render(request, TEMPLATE, {"profile": profile, "form": form})

    form = PastedForm(request.POST)
    keep = request.POST.get("keep", "")
    if not form.is_valid() or (keep and keep not in FIELDS):
        if keep and keep not in FIELDS:
            form.add_error(None, "Choose one of the texts shown to keep")
        context = {"profile": profile, "form": form, "errors": error_items(form)}
        return render(request, TEMPLATE, context, status=400)

    status = 200
    if keep:
        text = form.cleaned_data[keep]
        if not text.strip():
            form.add_error(keep, "There is no pasted text to keep here")
            context = {"profile": profile, "form": form, "errors": error_items(form)}
            return render(request, TEMPLATE, context, status=400)
        try:
            keep_as_override(
                profile=profile,
                key=FIELDS[keep],
                text=text.strip(),
                revision=form.cleaned_data.get("revision"),
            )
            messages.success(
                request,
                f"Your {KEPT_NAMES[keep]} is now this profile's own: Pivot uses it instead "
                "of the generated text",
            )
        except StaleRevision as stale:
            profile = stale.current
            status = 409
            messages.error(
                request,
                "Your working copy changed in another tab since you compared: nothing was "
                "kept. The comparison below is against the copy as it is now.",
            )

    # A fresh form carries the revision the comparison below was made against.
    data = request.POST.copy()
    data["revision"] = profile.revision
    form = PastedForm(data)
    form.is_valid()
    pasted = {name: form.cleaned_data.get(name) or "" for name in FIELDS}
    context = {
        "profile": profile,
        "form": form,
        "comparisons": compare(source_for_profile(profile, with_names=False), pasted),
    }
    return render(request, TEMPLATE, context, status=status)

"""Paste, compare, choose: one page, one URL. GET shows the empty form; POST compares (no
write), or with `choose` ("<text> <choice>") also stores what the person picked for that
text: Pivot's (no override), theirs, or theirs led by Pivot's first line. With htmx only
the page's panel is sent back."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from pivotapp.panels import render_panel

from ..exports.limits import TEXT_MAX
from ..exports.linkedin import source_for_profile
from ..models import Profile
from ..owner import owned
from ..services import StaleRevision
from ..steps.base import error_items
from .compare import FIELDS, MINE, MINE_WITH_FIRST, PIVOT, Comparison, compare
from .forms import PastedForm
from .services import keep_text

TEMPLATE = "profiles/current_linkedin.html"
TEXT_NAMES = {"headline": "headline", "about": "About"}
DONE = {
    PIVOT: "Pivot’s {name} is the one this profile uses: it follows your answers as they change",
    MINE: "Your {name} is now this profile’s own: Pivot uses it instead of the generated text",
    MINE_WITH_FIRST: "Your {name}, led by Pivot’s first line, is now this profile’s own",
}


def _page(request, profile, form, *, status=200, notice="", comparisons=None) -> HttpResponse:
    context = {
        "profile": profile,
        "form": form,
        "errors": error_items(form) if form.errors else [],
        "notice": notice,
        "notice_level": "error" if status == 409 else "success",
        "comparisons": comparisons,
    }
    return render_panel(request, TEMPLATE, context, status=status)


def _kept_text(choice: str, comparison: Comparison) -> str | None:
    """What the chosen option stores: None drops the override (Pivot's text)."""
    if choice == PIVOT:
        return None
    return comparison.pasted.strip() if choice == MINE else comparison.blend


@owned("GET", "HEAD", "POST")
def start_from_linkedin(request: HttpRequest, profile: Profile) -> HttpResponse:
    if request.method != "POST":
        return _page(request, profile, PastedForm(initial={"revision": profile.revision}))

    form = PastedForm(request.POST)
    if not form.is_valid():
        return _page(request, profile, form, status=400)
    pasted = {name: form.cleaned_data.get(name) or "" for name in FIELDS}
    comparisons = compare(source_for_profile(profile, with_names=False), pasted)
    status, notice = 200, ""
    if chosen := form.cleaned_data["choose"]:
        name, choice = chosen
        comparison = next((c for c in comparisons if c.field == name), None)
        if comparison is None:
            form.add_error(name, "There is no pasted text here to choose for")
            return _page(request, profile, form, status=400, comparisons=comparisons)
        text = _kept_text(choice, comparison)
        if text is not None and not text:
            form.add_error(name, "Pivot has no first line for this text yet: answer the steps")
            return _page(request, profile, form, status=400, comparisons=comparisons)
        if text is not None and len(text) > TEXT_MAX:
            form.add_error(name, f"That would be over {TEXT_MAX:,} characters: shorten yours")
            return _page(request, profile, form, status=400, comparisons=comparisons)
        try:
            profile = keep_text(
                profile=profile,
                key=FIELDS[name],
                text=text,
                revision=form.cleaned_data.get("revision"),
            )
            notice = DONE[choice].format(name=TEXT_NAMES[name])
        except StaleRevision as stale:
            profile, status = stale.current, 409
            notice = (
                "Your working copy changed in another tab since you compared: nothing was "
                "kept. The comparison below is against the copy as it is now."
            )
        comparisons = compare(source_for_profile(profile, with_names=False), pasted)

    # A fresh form carries the revision the comparison below was made against.
    data = request.POST.copy()
    data["revision"] = profile.revision
    data.pop("choose", None)
    form = PastedForm(data)
    form.is_valid()
    return _page(request, profile, form, status=status, notice=notice, comparisons=comparisons)

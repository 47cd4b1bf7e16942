"""Profile list, create / rename / delete, the seven steps, preview and save version.

Every view finds its profile through profiles.owner, so another account gets 404 for
every method. htmx requests get the step's panel partial; everything else a full page.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from . import services, steps
from .forms import ProfileNameForm, SaveVersionForm, text_field
from .models import Profile, Version
from .owner import owned
from .panels import render_panel, wants_partial


@login_required
@require_http_methods(["GET"])
def profile_list(request: HttpRequest) -> HttpResponse:
    latest = Version.objects.filter(
        profile=OuterRef("pk"), number=OuterRef("last_version_number")
    ).values("created_at")[:1]
    profiles = (
        Profile.objects.filter(owner=request.user)
        .select_related("lane")
        .annotate(latest_version_at=Subquery(latest))
    )
    return render(request, "profiles/list.html", {"profiles": profiles})


@login_required
@require_http_methods(["GET", "POST"])
def profile_create(request: HttpRequest) -> HttpResponse:
    form = ProfileNameForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        profile = services.create_profile(owner=request.user, name=form.cleaned_data["name"])
        return redirect(steps.STEPS[0].url(profile))
    return render(
        request,
        "profiles/create.html",
        {"form": form, "errors": steps.error_items(form) if form.is_bound else []},
    )


@owned("GET")
def profile_detail(request: HttpRequest, profile: Profile) -> HttpResponse:
    return redirect(steps.first_incomplete(profile.answers or {}).url(profile))


@owned("GET", "POST")
def profile_rename(request: HttpRequest, profile: Profile) -> HttpResponse:
    form = ProfileNameForm(request.POST or None, initial={"name": profile.name})
    if request.method == "POST" and form.is_valid():
        services.rename_profile(profile=profile, name=form.cleaned_data["name"])
        messages.success(request, f"Renamed to “{profile.name}”.")
        return redirect("profiles:list")
    return render(
        request,
        "profiles/rename.html",
        {
            "profile": profile,
            "form": form,
            "errors": steps.error_items(form) if form.is_bound else [],
        },
    )


@owned("GET", "POST")
def profile_delete(request: HttpRequest, profile: Profile) -> HttpResponse:
    if request.method == "POST":
        name = profile.name
        services.delete_profile(profile=profile)
        messages.success(request, f"Deleted “{name}” and its versions.")
        return redirect("profiles:list")
    return render(request, "profiles/delete.html", {"profile": profile})


def render_step(
    request: HttpRequest,
    profile: Profile,
    handler: steps.Handler,
    content: dict,
    form,
    *,
    status: int = 200,
    conflict: list | None = None,
    notice: str = "",
    focus: str = "",
    partial: bool | None = None,
) -> HttpResponse:
    step = handler.step
    answers = profile.answers or {}
    context = {
        "profile": profile,
        "step": step,
        "step_states": steps.step_states(profile, step),
        "step_url": step.url(profile),
        "next_step": steps.next_step(step) if step.slug != "review" else None,
        "form": form,
        "errors": handler.errors(form) if _bound(form) else [],
        "conflict": conflict,
        "notice": notice,
        "focus": focus,
        "revision_field": _revision_field(form),
    }
    context.update(handler.context(form, content, profile, answers))
    whole_page = None if partial is None else not partial
    return render_panel(
        request, f"profiles/step_{step.slug}.html", context, status=status, whole_page=whole_page
    )


def _revision_field(form):
    if isinstance(form, steps.BackgroundForms):
        return form.main["revision"]
    return form["revision"] if "revision" in form.fields else ""


def _bound(form) -> bool:
    if isinstance(form, steps.BackgroundForms):
        return form.main.is_bound
    return form.is_bound


def fresh_form(handler: steps.Handler, content: dict, profile: Profile):
    initial = handler.initial(profile.answers or {}, content)
    initial["revision"] = profile.revision
    return handler.build_form(content, initial=initial)


@owned("GET", "POST")
def step_view(request: HttpRequest, profile: Profile, slug: str) -> HttpResponse:
    handler = steps.handler_for(slug)
    if request.method == "POST" and slug == "review":
        # The review page's only form posts to save_version.
        return HttpResponseNotAllowed(["GET"])
    content = handler.load(profile)
    if request.method == "GET":
        return render_step(
            request, profile, handler, content, fresh_form(handler, content, profile)
        )

    data = request.POST
    if slug == "background" and ("add_artifact" in data or "remove_artifact" in data):
        return _change_artifact_rows(request, profile, handler, content)
    if slug == "messaging" and "reset" in data:
        data = data.copy()
        data[text_field(data["reset"])] = ""
    form = handler.build_form(content, data=data)
    if not handler.is_valid(form):
        return render_step(request, profile, handler, content, form)
    if slug == "messaging" and data.get("action") == "preview":
        return render_step(request, profile, handler, content, form, focus="messaging-preview")

    section = handler.to_section(form, content, profile.answers or {})
    try:
        services.save_step(
            profile=profile, step=slug, data=section, revision=handler.revision(form)
        )
    except services.StaleRevision as stale:
        return _refuse_stale(request, profile, handler, content, data, stale.current)

    if slug == "messaging" and "reset" in data:
        if not wants_partial(request):
            return redirect(handler.step.url(profile) + f"#{text_field(data['reset'])}")
        form = fresh_form(handler, content, profile)
        return render_step(
            request, profile, handler, content, form, notice="Reset to the generated text."
        )

    following = steps.next_step(handler.step)
    if not wants_partial(request):
        return redirect(following.url(profile))
    next_handler = steps.handler_for(following.slug)
    next_content = next_handler.load(profile)
    response = render_step(
        request,
        profile,
        next_handler,
        next_content,
        fresh_form(next_handler, next_content, profile),
        notice=f"Saved {handler.step.title.lower()}.",
    )
    response["HX-Push-Url"] = following.url(profile)
    return response


def _change_artifact_rows(request, profile, handler, content) -> HttpResponse:
    """'Add another artifact' / 'Remove': re-render with the rows changed, save nothing."""
    rows = steps.artifact_rows(request.POST)
    focus = ""
    if "add_artifact" in request.POST:
        if len(rows) < steps.f.MAX_ARTIFACTS:
            rows.append({"name": "", "url": "", "proves": ""})
        focus = f"id_artifact-{len(rows) - 1}-name"
    else:
        try:
            index = int(request.POST["remove_artifact"])
        except ValueError:
            index = -1
        if 0 <= index < len(rows):
            rows.pop(index)
        focus = "artifacts-heading"
    form = handler.typed(request.POST, rows)
    return render_step(request, profile, handler, content, form, focus=focus)


def _refuse_stale(request, profile, handler, content, data, current: Profile) -> HttpResponse:
    """Another tab saved first: keep what was typed, show what is saved, save nothing."""
    profile.answers = current.answers
    profile.revision = current.revision
    typed = data.copy()
    # Submitting again after reading both is a deliberate choice to keep the typed version.
    typed["revision"] = str(current.revision)
    form = handler.build_form(content, data=typed)
    saved_answers = current.answers or {}
    saved = handler.summary(saved_answers, content)
    if handler.is_valid(form):
        mine = {**saved_answers, handler.slug: handler.to_section(form, content, saved_answers)}
        typed_rows = handler.summary(mine, content)
    else:
        typed_rows = [(label, "(not valid yet: see the form)") for label, _value in saved]
    rows = [
        {"label": label, "saved": value, "typed": typed_value, "differs": value != typed_value}
        for (label, value), (_label, typed_value) in zip(saved, typed_rows, strict=False)
    ]
    # Only what differs, so a 79-skill step does not bury the one change.
    shown = [row for row in rows if row["differs"]] or rows
    return render_step(
        request, profile, handler, content, form, status=409, conflict=shown, focus="conflict"
    )


@owned("POST")
def step_autosave(request: HttpRequest, profile: Profile, slug: str) -> HttpResponse:
    """Keep what is typed so far (htmx after a pause, or a beacon when leaving the page).

    Answers with the status line: "Saved at 14:02" plus the new revision for the form, or
    "Not saved" and why. Saving a step by hand stays "Save and continue".
    """
    handler = steps.handler_for(slug)
    if slug == "review":
        raise Http404("Nothing to autosave on the review page")
    content = handler.load(profile)
    form = handler.build_draft(content, request.POST)
    context: dict = {"profile": profile, "step": handler.step}
    if not handler.is_valid(form):
        errors = handler.errors(form)
        context["problem"] = errors[0][1] if errors else "check the form."
        return render(request, "profiles/_autosave.html#status", context)
    section = handler.to_section(form, content, profile.answers or {})
    try:
        services.save_step(
            profile=profile, step=slug, data=section, revision=handler.revision(form)
        )
    except services.StaleRevision:
        context["problem"] = "this profile was changed in another tab."
        context["stale"] = True
        return render(request, "profiles/_autosave.html#status", context)
    context.update(saved_at=timezone.localtime(), revision=profile.revision)
    return render(request, "profiles/_autosave.html#status", context)


@owned("POST")
def messaging_preview(request: HttpRequest, profile: Profile) -> HttpResponse:
    """The messaging texts as currently typed, unsaved: the live preview."""
    handler = steps.handler_for("messaging")
    content = handler.load(profile)
    form = handler.build_form(content, data=request.POST)
    form.is_valid()
    if not wants_partial(request):
        return render_step(request, profile, handler, content, form, focus="messaging-preview")
    context = handler.context(form, content, profile, profile.answers or {})
    context.update({"profile": profile, "oob": True})
    return render(request, "profiles/step_messaging.html#previews", context)


@owned("POST")
def save_version(request: HttpRequest, profile: Profile) -> HttpResponse:
    form = SaveVersionForm(request.POST)
    if not form.is_valid():
        handler = steps.handler_for("review")
        content = handler.load(profile)
        return render_step(request, profile, handler, content, form, partial=False)
    from .versions import snapshot as versioning

    version = versioning.save_version(profile=profile, note=form.cleaned_data["note"])
    messages.success(request, f"Saved version {version.number}.")
    return redirect(version.get_absolute_url())

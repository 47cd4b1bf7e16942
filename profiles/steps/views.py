"""The step pages: show, save and continue, autosave, and the messaging live preview.

The view is the same for every step; what differs lives on the step's handler (see
Handler.special_post for POSTs that are not a plain save).
"""

from __future__ import annotations

from functools import cached_property

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from pivotapp.panels import render_panel, wants_partial

from .. import services
from ..models import Profile
from ..owner import owned
from .base import STEPS, Handler, next_step
from .messaging import typed_in
from .registry import handler_for, step_rows


def render_step(
    request: HttpRequest,
    profile: Profile,
    handler: Handler,
    content: dict,
    form,
    *,
    status: int = 200,
    conflict: list | None = None,
    notice: str = "",
    focus: str = "",
    partial: bool | None = None,
) -> HttpResponse:
    context = step_context(
        profile, handler, content, form, conflict=conflict, notice=notice, focus=focus
    )
    whole_page = None if partial is None else not partial
    return render_panel(
        request, "profiles/step_layout.html", context, status=status, whole_page=whole_page
    )


def step_context(
    profile: Profile,
    handler: Handler,
    content: dict,
    form,
    *,
    conflict: list | None = None,
    notice: str = "",
    focus: str = "",
) -> dict:
    """What a step's panel needs; the worked example (profiles/example/) shows the same."""
    step = handler.step
    answers = profile.answers or {}
    following = None if step.is_last else next_step(step)
    context = {
        "profile": profile,
        "step": step,
        "step_rows": step_rows(profile, step),
        "step_count": len(STEPS),
        "step_url": handler.part_url(profile, content),
        "next_step": following,
        "next_step_url": following.url(profile) if following else "",
        "form": form,
        "errors": handler.errors(form) if form.is_bound else [],
        "conflict": conflict,
        "notice": notice,
        "focus": focus,
        # The step's own panel; it extends _step_panel.html, what every step shares.
        "panel_template": f"profiles/step_{step.slug}.html",
    }
    context.update(handler.context(form, content, profile, answers))
    return context


def save_section(handler: Handler, content: dict, profile: Profile, form) -> None:
    """The valid form's section into the working copy; raises services.StaleRevision."""
    section = handler.to_section(form, content, profile.answers or {})
    services.save_step(
        profile=profile, step=handler.slug, data=section, revision=handler.revision(form)
    )


def fresh_form(handler: Handler, content: dict, profile: Profile):
    initial = handler.initial(profile.answers or {}, content)
    initial["revision"] = profile.revision
    return handler.build_form(content, initial=initial)


class StepPost:
    """One POST to a step, as its handler's special_post sees it.

    `data` may be replaced (a reset blanks a field); the content loads only when asked,
    so a refused POST costs no query.
    """

    def __init__(self, request: HttpRequest, profile: Profile, handler: Handler):
        self.request = request
        self.profile = profile
        self.handler = handler
        self.data = request.POST

    @cached_property
    def content(self) -> dict:
        return self.handler.scope(self.handler.load(self.profile), self.request.POST, posted=True)

    @property
    def partial(self) -> bool:
        return wants_partial(self.request)

    def form(self):
        return self.handler.build_form(self.content, data=self.data)

    def fresh_form(self):
        return fresh_form(self.handler, self.content, self.profile)

    def render(self, form, **kwargs) -> HttpResponse:
        return render_step(self.request, self.profile, self.handler, self.content, form, **kwargs)

    def save(self, form) -> HttpResponse | None:
        """Store the valid form's section; None, or the 409 page if another tab saved first."""
        try:
            save_section(self.handler, self.content, self.profile, form)
        except services.StaleRevision as stale:
            return _refuse_stale(self, stale.current)
        except services.QuotaExceeded as exc:
            self.handler.form_parts(form)[0].add_error(None, str(exc))
            return self.render(form)
        return None


def _related(request: HttpRequest, slug: str, **_kwargs) -> tuple:
    """The step's joins; a save answered with the next step (htmx) draws that one too."""
    handler = handler_for(slug)
    if request.method == "POST" and not handler.step.is_last:
        return handler.related or handler_for(next_step(handler.step).slug).related
    return handler.related


@owned("GET", "POST", related=_related)
def step_view(request: HttpRequest, profile: Profile, slug: str) -> HttpResponse:
    handler = handler_for(slug)
    if request.method == "GET":
        content = handler.scope(handler.load(profile), request.GET, posted=False)
        return render_step(
            request, profile, handler, content, fresh_form(handler, content, profile)
        )

    post = StepPost(request, profile, handler)
    special = handler.special_post(post)
    if special is not None:
        return special
    form = post.form()
    if not handler.is_valid(form):
        return post.render(form)
    refused = post.save(form)
    if refused is not None:
        return refused

    notice = handler.saved_notice(post.content)
    part = handler.next_part(post.content)
    if part is not None:
        return _continue(post, handler, part, handler.part_url(profile, part), notice)
    next_handler = handler_for(next_step(handler.step).slug)
    url = next_handler.step.url(profile)
    if not post.partial:
        return redirect(url)
    # The next step from its start, as a GET of its URL shows it.
    content = next_handler.scope(next_handler.load(profile), {}, posted=False)
    return _continue(post, next_handler, content, url, notice)


def _continue(post: StepPost, handler: Handler, content: dict, url: str, notice: str):
    """After a save: the next part of the step or the next step, at `url` (without htmx,
    a redirect there)."""
    if not post.partial:
        return redirect(url)
    form = fresh_form(handler, content, post.profile)
    response = render_step(post.request, post.profile, handler, content, form, notice=notice)
    response["HX-Push-Url"] = url
    return response


def _refuse_stale(post: StepPost, current: Profile) -> HttpResponse:
    """Another tab saved first: keep what was typed, show what is saved, save nothing."""
    handler, content, profile = post.handler, post.content, post.profile
    profile.answers = current.answers
    profile.revision = current.revision
    typed = post.data.copy()
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
    return post.render(form, status=409, conflict=shown, focus="conflict")


@owned("POST", related=())
def step_autosave(request: HttpRequest, profile: Profile, slug: str) -> HttpResponse:
    """Keep what is typed so far (htmx after a pause, or a beacon when leaving the page).

    Answers with the status line: "Saved at 14:02" plus the new revision for the form, or
    "Not saved" and why. Saving a step by hand stays "Save and continue".
    """
    handler = handler_for(slug)
    if not handler.autosaves:
        raise Http404("Nothing to autosave on this step")
    content = handler.scope(handler.load(profile), request.POST, posted=True)
    form = handler.build_draft(content, request.POST)
    context: dict = {"profile": profile, "step": handler.step}
    if not handler.is_valid(form):
        errors = handler.errors(form)
        context["problem"] = errors[0][1] if errors else "check the form."
    else:
        try:
            save_section(handler, content, profile, form)
            context.update(saved_at=timezone.localtime(), revision=profile.revision)
        except services.StaleRevision:
            context.update(problem="this profile was changed in another tab.", stale=True)
        except services.QuotaExceeded as exc:
            context["problem"] = str(exc)
    return render(request, "profiles/_autosave.html#status", context)


@owned("POST")
def messaging_preview(request: HttpRequest, profile: Profile) -> HttpResponse:
    """The messaging texts as currently typed, unsaved: the live preview."""
    handler = handler_for("messaging")
    content = handler.load(profile)
    if not wants_partial(request):
        form = handler.build_form(content, data=request.POST)
        form.is_valid()
        return render_step(request, profile, handler, content, form, focus="messaging-preview")
    # The previews show the texts only, not the boxes: the posted text is all they need
    # (typed_answers cuts each to its most; nothing here is saved).
    context = handler.preview_context(
        request.POST, content, profile, profile.answers or {}, typed_in=typed_in(request)
    )
    context.update({"profile": profile, "oob": True})
    return render(request, "profiles/step_messaging.html#previews", context)

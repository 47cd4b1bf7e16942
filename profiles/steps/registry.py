"""Which handler serves which step, and the step list, its state asked of the handlers."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..models import Profile
from .background import BackgroundHandler
from .base import STEPS, Handler, Step, get_step
from .credibility import CredibilityHandler
from .gaps import GapsHandler
from .lane import LaneHandler
from .messaging import MessagingHandler
from .review import ReviewHandler
from .skills import SkillsHandler

_ANSWERED = (
    BackgroundHandler(),
    CredibilityHandler(),
    LaneHandler(),
    SkillsHandler(),
    GapsHandler(),
    MessagingHandler(),
)
HANDLERS: dict[str, Handler] = {h.slug: h for h in (*_ANSWERED, ReviewHandler(_ANSWERED))}


def handler_for(slug: str) -> Handler:
    get_step(slug)
    return HANDLERS[slug]


def is_complete(slug: str, answers: dict) -> bool:
    """Judged from the answers alone, so the step list costs no query."""
    handler = HANDLERS.get(slug)
    return handler is not None and handler.is_complete(answers)


def first_incomplete(answers: dict) -> Step:
    for step in STEPS[:-1]:
        if not is_complete(step.slug, answers):
            return step
    return STEPS[-1]


def step_list(profile: Profile, current: Step) -> SafeString:
    """The step list beside every step, written in Python: on the template engine its
    seven items cost about as much as a step's own fields (docs/benchmarks.md)."""
    answers = profile.answers or {}
    items = []
    for s in STEPS:
        complete = is_complete(s.slug, answers)
        classes = "step-list__item"
        if complete:
            classes += " is-complete"
        if s == current:
            classes += " is-current"
        said = ' aria-current="step"' if s == current else ""
        status = ""
        if s.slug != "review":
            status = "Complete" if complete else '<span class="visually-hidden">Not complete</span>'
            status = f'\n<span class="step-list__status">{status}</span>'
        items.append(
            f'<li class="{classes}"><a href="{escape(s.url(profile))}"{said}>\n'
            f'<span class="step-list__mark" aria-hidden="true">{"✓" if complete else s.number}'
            f'</span>\n<span class="step-list__text"><span class="step-list__title">'
            f"{escape(s.title)}</span>{status}</span>\n</a></li>"
        )
    return mark_safe(  # noqa: S308 - built only from escaped values
        '<nav class="step-list" aria-label="Steps" hx-boost="true" hx-target="#step-panel" '
        f'hx-swap="innerHTML"><ol>{"".join(items)}</ol></nav>'
    )

"""Which handler serves which step, and the step list's rows, their state asked of the handlers."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class StepRow:
    """One row of the step list. An object, not a dict: Jinja2 reads `row.url` as an
    attribute first, and on a dict that lookup fails before the key is tried."""

    step: Step
    url: str
    complete: bool
    current: bool


def step_rows(profile: Profile, current: Step) -> list[StepRow]:
    """The step list's rows (templates/jinja2/profiles/_step_list.html): each step, its
    address, whether it is answered and whether it is the one shown."""
    answers = profile.answers or {}
    return [
        StepRow(
            step=s,
            url=s.url(profile),
            complete=is_complete(s.slug, answers),
            current=s == current,
        )
        for s in STEPS
    ]

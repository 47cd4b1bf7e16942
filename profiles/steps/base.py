"""What every step shares: the step list, the Handler a step implements, error items.

A handler knows how to load its step's content from the roles app (a fixed number of
queries, whatever the person has saved), build the form, turn valid input into the
answers section it owns, judge whether that section is complete, and summarise a saved
section for the review page and for the "another tab saved this" message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django import forms
from django.http import Http404, HttpResponse
from django.urls import reverse

from ..models import Profile
from ..owner import LANE

if TYPE_CHECKING:
    from .views import StepPost


# Stands for the slug in a reversed step address (a slug never holds it; a UUID cannot).
_SLUG_MARK = "__step_slug__"


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    number: int
    intro: str = ""

    def url(self, profile) -> str:
        # The worked example (profiles/example/) is an unsaved profile whose read-only
        # pages live elsewhere: it says where its steps are.
        own = getattr(profile, "step_url", None)
        if own is not None:
            return own(self.slug)
        # One reverse() per profile object (one request's): the step list, the form's
        # action and "next" ask for all seven addresses, which differ only in the slug.
        pattern = profile.__dict__.get("_step_url_pattern")
        if pattern is None:
            pattern = reverse("profiles:step", args=[profile.pk, _SLUG_MARK])
            profile.__dict__["_step_url_pattern"] = pattern
        return pattern.replace(_SLUG_MARK, self.slug)

    @property
    def is_last(self) -> bool:
        return self.number == len(STEPS)


STEPS: list[Step] = [
    Step(
        "background", "Background", 1, "Where you are coming from: level, years, domains, AI work."
    ),
    Step(
        "credibility", "Credibility", 2, "Map your own experience onto why the pivot is credible."
    ),
    Step("lane", "Target lane", 3, "Pick the role archetype you are aiming at."),
    Step("skills", "Skills", 4, "Rate yourself on the skills checklist."),
    Step("gaps", "Gaps", 5, "Track the gaps to close, in your lane's order."),
    Step("messaging", "Messaging", 6, "Your positioning copy, generated from your answers."),
    Step("review", "Review", 7, "Everything on one page. Save a version when it reads right."),
]
STEP_BY_SLUG = {s.slug: s for s in STEPS}


def get_step(slug: str) -> Step:
    try:
        return STEP_BY_SLUG[slug]
    except KeyError as exc:
        raise Http404("No such step") from exc


def next_step(step: Step) -> Step:
    return STEPS[min(step.number, len(STEPS) - 1)]


def error_items(*forms_) -> list[tuple[str, str]]:
    """(anchor id, message) for the error summary, in the order the fields appear."""
    items: list[tuple[str, str]] = []
    for form in forms_:
        if form is None:
            continue
        if isinstance(form, forms.BaseFormSet):
            for message in form.non_form_errors():
                first = form.forms[0] if form.forms else None
                anchor = first["name"].auto_id if first else "artifacts"
                items.append((anchor, message))
            for sub in form.forms:
                items.extend(error_items(sub))
            continue
        for message in form.non_field_errors():
            items.append(("step-form", message))
        for bound in form:
            for message in bound.errors:
                items.append((field_anchor(bound), message))
    return items


def field_anchor(bound) -> str:
    # A radio or checkbox group has no element with the field's own id; link the first option.
    if isinstance(bound.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"{bound.auto_id}_0"
    return bound.auto_id


class Handler:
    slug = ""
    # The review step has nothing of its own to keep between saves.
    autosaves = True
    # What the step's profile is loaded with (profiles.owner.owned): the lane's row for a
    # step that reads profile.lane; () for one that never does (the join is half the
    # lookup's work).
    related: tuple = LANE

    @property
    def step(self) -> Step:
        return STEP_BY_SLUG[self.slug]

    def is_complete(self, answers: dict) -> bool:
        """Judged from the answers alone, so the step list costs no query."""
        return False

    def special_post(self, post: StepPost) -> HttpResponse | None:
        """Answer a POST that is not a plain "save and continue" (add a row, preview,
        reset, refuse), or None to let the step view validate, save and move on."""
        return None

    def load(self, profile: Profile) -> dict:
        return {}

    def scope(self, content: dict, params, *, posted: bool) -> dict:
        """The content narrowed to the part of the step a request asks for, from its query
        (GET) or its form data (POST). Most steps are one part; the skills step has one
        per domain. Raises Http404 for a part that does not exist."""
        return content

    def part_url(self, profile: Profile, content: dict) -> str:
        """The address of the part `content` is scoped to: the page's URL and form action."""
        return self.step.url(profile)

    def next_part(self, content: dict) -> dict | None:
        """After a save, this step's next part (its scoped content), or None for the next step."""
        return None

    def saved_notice(self, content: dict) -> str:
        return f"Saved {self.step.title.lower()}."

    def initial(self, answers: dict, content: dict) -> dict:
        return {}

    def build_form(self, content: dict, *, data=None, initial=None):
        raise NotImplementedError

    def form_parts(self, form) -> list:
        return [form]

    def build_draft(self, content: dict, data):
        """The form for an autosave: what is typed so far, with nothing required yet.

        Completeness is judged from the saved answers (is_complete), so a half-filled step
        can be kept without counting as done.
        """
        form = self.build_form(content, data=data)
        for part in self.form_parts(form):
            part.draft = True
            for name, field in getattr(part, "fields", {}).items():
                if name != "revision":
                    field.required = False
        return form

    def to_section(self, form, content: dict, answers: dict):
        raise NotImplementedError

    def context(self, form, content: dict, profile: Profile, answers: dict) -> dict:
        return {}

    def summary(self, answers: dict, content: dict) -> list[tuple[str, str]]:
        return []

    def errors(self, form) -> list[tuple[str, str]]:
        return error_items(form)

    def is_valid(self, form) -> bool:
        return form.is_valid()

    def revision(self, form) -> int:
        return form.cleaned_data["revision"]

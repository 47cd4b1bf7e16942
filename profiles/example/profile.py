"""The example as an unsaved Profile, and its forms made read-only."""

from __future__ import annotations

import uuid
from functools import partial

from django.http import Http404
from django.urls import reverse

from roles import guide
from roles.models import RoleArchetype

from ..models import Profile
from ..sample import load_sample_answers, sample_name

# A fixed id, never saved: a link the example forgot to rewrite points at a 404, and the
# tests look for this id in every example page.
EXAMPLE_ID = uuid.UUID(int=0)


def sample_lane_slug() -> str:
    return load_sample_answers()["lane"]


def example_lane(slug: str) -> RoleArchetype:
    """One of the guide's lanes (from the per-process guide cache), or 404."""
    for archetype in guide.archetypes():
        if archetype.slug == slug:
            return archetype
    raise Http404("No such lane")


def _step_url(lane_slug: str, step_slug: str) -> str:
    return reverse("example:step", args=[lane_slug, step_slug])


def example_profile(lane: RoleArchetype) -> Profile:
    """The sample aimed at `lane`, as the step pages expect a profile; never saved."""
    profile = Profile(
        id=EXAMPLE_ID,
        name=sample_name(),
        answers=load_sample_answers(lane=lane.slug),
        lane=lane,
    )
    # Read by Step.url: the example's steps live under /example/<lane>/.
    profile.step_url = partial(_step_url, lane.slug)
    return profile


def freeze(handler, form):
    """Every field of the step's form disabled, without htmx attributes (live preview and
    the like post to the owner's URLs)."""
    for part in handler.form_parts(form):
        for field in getattr(part, "fields", {}).values():
            field.disabled = True
            field.widget.attrs = {
                name: value
                for name, value in field.widget.attrs.items()
                if not name.startswith("hx-")
            }
    return form

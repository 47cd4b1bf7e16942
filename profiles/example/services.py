"""The worked example's one write: a copy of it for the signed-in person."""

from __future__ import annotations

from django.db import transaction

from roles.models import RoleArchetype

from .. import services
from ..models import Profile
from ..sample import load_sample_answers, sample_name


def start_from_example(*, owner, lane: RoleArchetype) -> Profile:
    """A new profile of `owner` holding the sample's answers aimed at `lane`.

    Created and filled through profiles.services (the one creator and the one writer of
    the working copy), in one transaction so a failure leaves no empty profile behind.
    """
    with transaction.atomic():
        profile = services.create_profile(owner=owner, name=f"{sample_name()} ({lane.short_name})")
        services.update_answers(
            profile, revision=None, change=lambda _saved: load_sample_answers(lane=lane.slug)
        )
    return profile

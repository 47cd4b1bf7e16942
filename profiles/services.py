"""Writes to profiles and their working copy. Views call these; nothing else writes."""

from __future__ import annotations

from django.db import transaction

from roles.models import RoleArchetype

from .models import Profile


class StaleRevision(Exception):
    """The form was rendered from an older working copy: another tab saved meanwhile."""

    def __init__(self, current: Profile):
        self.current = current
        super().__init__(f"working copy is at revision {current.revision}")


def create_profile(*, owner, name: str) -> Profile:
    return Profile.objects.create(owner=owner, name=name.strip())


def rename_profile(*, profile: Profile, name: str) -> Profile:
    profile.name = name.strip()
    profile.save(update_fields=["name", "updated_at"])
    return profile


def delete_profile(*, profile: Profile) -> None:
    profile.delete()


def save_step(*, profile: Profile, step: str, data, revision: int) -> Profile:
    """Store one step's answers in the working copy and bump its revision.

    Raises StaleRevision (carrying the saved row) when `revision` is not the current one,
    so a submit from a stale tab never overwrites what another tab saved.
    """
    with transaction.atomic():
        locked = Profile.objects.select_for_update().get(pk=profile.pk)
        if locked.revision != revision:
            raise StaleRevision(locked)
        answers = dict(locked.answers or {})
        answers[step] = data
        update_fields = ["answers", "revision", "updated_at"]
        if step == "lane":
            # Profile.lane mirrors answers["lane"] so lists can show it without JSON work.
            locked.lane = RoleArchetype.objects.filter(slug=data).first() if data else None
            update_fields.append("lane")
        locked.answers = answers
        locked.revision += 1
        locked.save(update_fields=update_fields)
    profile.answers = locked.answers
    profile.revision = locked.revision
    profile.updated_at = locked.updated_at
    if step == "lane":
        profile.lane = locked.lane
    return profile

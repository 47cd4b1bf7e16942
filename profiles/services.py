"""Writes to profiles and their working copy. Views call these; nothing else writes."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from roles.models import RoleArchetype

from .models import Profile


class StaleRevision(Exception):
    """The form was rendered from an older working copy: another tab saved meanwhile."""

    def __init__(self, current: Profile):
        self.current = current
        super().__init__(f"working copy is at revision {current.revision}")


class QuotaExceeded(ValueError):
    """An account or profile is at one of its caps; the message says what to do."""


def answers_size(answers: dict) -> int:
    return len(json.dumps(answers, ensure_ascii=False).encode())


def create_profile(*, owner, name: str) -> Profile:
    """A new profile, unless the owner already has the most an account can keep."""
    limit = settings.PIVOT_MAX_PROFILES
    with transaction.atomic():
        # The owner's row lock queues concurrent creates, so two tabs cannot both take
        # the last place.
        get_user_model().objects.select_for_update().filter(pk=owner.pk).exists()
        if Profile.objects.filter(owner=owner).count() >= limit:
            raise QuotaExceeded(
                f"You have {limit} profiles, the most one account can keep. Delete one "
                "you no longer need, then create this one."
            )
        return Profile.objects.create(owner=owner, name=name.strip())


def rename_profile(*, profile: Profile, name: str) -> Profile:
    profile.name = name.strip()
    profile.save(update_fields=["name", "updated_at"])
    return profile


def delete_profile(*, profile: Profile) -> None:
    profile.delete()


def update_answers(
    profile: Profile, *, revision: int | None, change: Callable[[dict], dict | None]
) -> Profile:
    """The one writer of the working copy: apply `change`, bump the revision.

    `change` gets a copy of the saved answers and returns the new answers, or None when
    nothing changes (then no new revision: a double submit is not an edit). Answers over
    PIVOT_MAX_ANSWERS_BYTES raise QuotaExceeded and save nothing. With a
    `revision`, a working copy saved since then raises StaleRevision (carrying the saved
    row), so a stale tab never overwrites what another tab saved. Profile.lane mirrors
    answers["lane"] so lists can show it without JSON work.

    `profile` is as loaded (its answers are those of its revision). The write is first
    tried as one compare-and-swap UPDATE on that revision; when another writer got there
    first, the row is locked, read again and `change` applied to what it holds.
    """
    if _swap(profile, revision=revision, change=change):
        return profile
    with transaction.atomic():
        locked = Profile.objects.select_for_update().get(pk=profile.pk)
        if revision is not None and locked.revision != revision:
            raise StaleRevision(locked)
        answers = _changed(locked, change)
        if answers is not None:
            lane = _lane_change(locked, answers)
            if lane is not UNCHANGED:
                locked.lane = lane
            locked.answers = answers
            locked.revision += 1
            locked.save(update_fields=["answers", "lane", "revision", "updated_at"])
    profile.answers = locked.answers
    profile.revision = locked.revision
    profile.updated_at = locked.updated_at
    if profile.lane_id != locked.lane_id:  # only then: reading locked.lane may cost a query
        profile.lane = locked.lane
    return profile


def _changed(profile: Profile, change: Callable[[dict], dict | None]) -> dict | None:
    # A JSON round trip copies JSON data in half the time of deepcopy.
    answers = change(json.loads(json.dumps(profile.answers or {})))
    if answers is not None and answers_size(answers) > settings.PIVOT_MAX_ANSWERS_BYTES:
        limit_kb = settings.PIVOT_MAX_ANSWERS_BYTES // 1024
        raise QuotaExceeded(
            f"This profile's answers would be over {limit_kb:,} KB, more than one "
            "profile can hold. Shorten the longest texts, then save again."
        )
    return answers


UNCHANGED = object()


def _lane_change(profile: Profile, answers: dict):
    """The lane row the new answers name (None: no lane), or UNCHANGED."""
    if answers.get("lane") == (profile.answers or {}).get("lane"):
        return UNCHANGED
    slug = answers.get("lane")
    return RoleArchetype.objects.filter(slug=slug).first() if slug else None


def _swap(profile: Profile, *, revision: int | None, change) -> bool:
    """The write as one UPDATE guarded by the revision `profile` was loaded at: two
    round trips fewer than lock, read, write, and no lock held while `change` runs.
    False when it cannot tell (a stale form, or another writer first): the caller then
    takes the locked path, which decides."""
    if profile.pk is None or (revision is not None and profile.revision != revision):
        return False
    answers = _changed(profile, change)
    if answers is None:
        return True  # nothing changes: no new revision
    lane = _lane_change(profile, answers)
    now = timezone.now()
    fields = {"answers": answers, "revision": F("revision") + 1, "updated_at": now}
    if lane is not UNCHANGED:
        fields["lane"] = lane
    if not Profile.objects.filter(pk=profile.pk, revision=profile.revision).update(**fields):
        return False
    profile.answers = answers
    profile.revision += 1
    profile.updated_at = now
    if lane is not UNCHANGED:
        profile.lane = lane
    return True


def save_step(*, profile: Profile, step: str, data, revision: int) -> Profile:
    """Store one step's answers in the working copy (see update_answers)."""
    return update_answers(profile, revision=revision, change=lambda answers: answers | {step: data})

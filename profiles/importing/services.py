"""Writing an import: a new profile, or the answers of an existing working copy.

Both go through services.update_answers (the one writer of a working copy), inside one
transaction with the profile's creation, so a failure leaves nothing half-imported.
"""

from __future__ import annotations

from django.db import transaction

from .. import services
from ..models import Profile
from .checks import Checked, imported_answers

NAME_MAX = Profile._meta.get_field("name").max_length
FALLBACK_NAME = "Imported profile"


def import_as_new(*, owner, checked: Checked) -> Profile:
    answers = imported_answers(checked)
    with transaction.atomic():
        profile = services.create_profile(
            owner=owner, name=unused_name(owner, checked.name or FALLBACK_NAME)
        )
        return services.update_answers(profile, revision=None, change=lambda _old: answers)


def unused_name(owner, name: str) -> str:
    """The file's name, or with "(imported)" (then a number) when the owner already has a
    profile of that name: two identical rows in the list would be told apart by nothing."""
    name = name.strip()[:NAME_MAX]
    taken = set(Profile.objects.filter(owner=owner).values_list("name", flat=True))
    candidate, number = name, 1
    while candidate in taken:
        suffix = " (imported)" if number == 1 else f" (imported {number})"
        candidate = name[: NAME_MAX - len(suffix)].rstrip() + suffix
        number += 1
    return candidate


def replace_working_copy(*, profile: Profile, checked: Checked, revision: int) -> Profile:
    """Raises services.StaleRevision when the working copy changed since it was shown."""
    answers = imported_answers(checked)
    return services.update_answers(profile, revision=revision, change=lambda _old: answers)

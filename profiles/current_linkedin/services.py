from __future__ import annotations

from .. import services
from ..models import Profile


def keep_as_override(*, profile: Profile, key: str, text: str, revision: int | None) -> Profile:
    """Make a pasted text the profile's own version of text `key` (a messaging override).

    With `revision`, a working copy saved since the comparison raises StaleRevision.
    """

    def change(answers: dict) -> dict | None:
        messaging = answers.setdefault("messaging", {})
        overrides = messaging.setdefault("overrides", {})
        if overrides.get(key) == text:
            return None
        overrides[key] = text
        return answers

    return services.update_answers(profile, revision=revision, change=change)

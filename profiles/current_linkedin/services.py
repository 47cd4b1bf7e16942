from __future__ import annotations

from .. import services
from ..models import Profile


def keep_text(*, profile: Profile, key: str, text: str | None, revision: int | None) -> Profile:
    """Make `text` the profile's own version of text `key` (a messaging override); with
    None, drop the override, so Pivot's generated text is used again.

    With `revision`, a working copy saved since the comparison raises StaleRevision.
    Choosing what is already in use is not an edit: no new revision.
    """

    def change(answers: dict) -> dict | None:
        messaging = answers.setdefault("messaging", {})
        overrides = messaging.setdefault("overrides", {})
        if text is None:
            if key not in overrides:
                return None
            del overrides[key]
        elif overrides.get(key) == text:
            return None
        else:
            overrides[key] = text
        return answers

    return services.update_answers(profile, revision=revision, change=change)

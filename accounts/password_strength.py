"""A password validator that estimates how guessable a password is (zxcvbn), not only
how long: "aaaaaaaaaaaa" and "918273645501928" pass a length rule and fall in seconds.

Score 4 means zxcvbn expects at least 10^10 guesses: out of reach online, and slow
offline against Argon2. The message passes on zxcvbn's own hint (a repeat, a common
password, a date) and says what works instead.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from zxcvbn import zxcvbn

# zxcvbn's matching grows quickly with length; past this a password's strength is not in
# doubt anyway, and a huge paste must not tie up a worker.
CHECKED_LENGTH = 64
EXAMPLE = "a few unrelated words, like “kettle orbit lantern fig”"


class StrengthValidator:
    def __init__(self, min_score: int = 4) -> None:
        self.min_score = min_score

    def validate(self, password: str, user=None) -> None:
        inputs = [v for v in (getattr(user, "email", ""), getattr(user, "username", "")) if v]
        # "alice@example.com" also as "alice" and "example": people build passwords from them.
        inputs += [part for v in inputs for part in re.split(r"\W+", v) if part]
        result = zxcvbn(password[:CHECKED_LENGTH], user_inputs=inputs)
        if result["score"] >= self.min_score:
            return
        hint = result["feedback"].get("warning") or ""
        message = "This password is too easy to guess."
        if hint:
            message += f" {hint.rstrip('.')}."
        message += f" Try a longer one made of {EXAMPLE}."
        raise ValidationError(message, code="password_too_guessable")

    def get_help_text(self) -> str:
        return f"Hard to guess: {EXAMPLE}, works well."

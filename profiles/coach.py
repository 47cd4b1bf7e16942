"""The messaging coach: checks texts against the MessagingRule rows staff edit in admin.

Interface used by the messaging step, the review page and the LinkedIn page. The checks
themselves are built by the coach work (issue 5); until then nothing is flagged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    text_key: str  # which text it is about, e.g. "pitch" or "linkedin_about"
    rule_slug: str
    rule_name: str
    severity: str  # "error" | "warning" | "info"
    quote: str  # the words that triggered it ("" for a missing-something finding)
    message: str  # what is wrong
    fix: str  # how to fix it
    dismissed: bool = False


def check_texts(
    texts: Mapping[str, str],
    *,
    lane_slug: str | None,
    dismissed: Mapping[str, list[str]] | None = None,
) -> dict[str, list[Finding]]:
    """Findings per text key, for every text in `texts` (key -> plain text)."""
    return {key: [] for key in texts}

"""The copy lint as a function: what the generator calls on its own output.

    check_copy(text, kind="linkedin_about", limit=2600, names=["ExceptionLens"])

runs the coach's copy-lint rules (MessagingRule rows with `copy_lint`: broken sentences,
doubled words, long brackets, private notes, labels, limits…) on one text and returns
their findings; the generator falls back to a simpler variant when there is one. Pure:
nothing is written or kept; the rules come from the guide's content cache.
"""

from __future__ import annotations

from collections.abc import Sequence

from roles import guide

from .engine import Finding, _check_text, active_rules, normalise, template_limits
from .prefilter import Prefilter

LINT_SLUGS = (
    "lint-capital-after-join",
    "lint-doubled-words",
    "lint-long-parenthetical",
    "lint-lowercase-start",
    "lint-repeated-figure",
    "within-length-limit",
    "lint-headline-no-ai",
    "lint-private-aside",
    "lint-name-case",
    "lint-spoken-label",
)


def lint_rules() -> tuple:
    """The active copy-lint rules, in the coach's order."""
    return guide.cached("coach:lint-rules", lambda: tuple(r for r in active_rules() if r.copy_lint))


def lint_prefilter() -> Prefilter:
    """The lint rules' one-pass prefilter (prefilter.py), built once per content stamp:
    the planner lints every text it plans, and most rules cannot match most texts."""
    return guide.cached("coach:lint-prefilter", lambda: Prefilter(lint_rules()))


def check_copy(
    text: str, *, kind: str, limit: int | None = None, names: Sequence[str] = ()
) -> list[Finding]:
    """The copy lint's findings on `text`, a text of template key `kind`.

    `limit` defaults to the template's max_length; `names` are the person's artifact names
    as typed. Rules limited to lanes are not part of the lint and never run here.
    """
    if limit is None:
        limit = template_limits().get(kind)
    names = tuple(n.strip() for n in names if n and n.strip())
    text = normalise(text)
    rules, occurs = lint_prefilter().scan(text)
    return list(_check_text(rules, occurs, kind, text, None, names, limit, names))

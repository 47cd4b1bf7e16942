"""The role title and the company name, read from a posting when it says them.

Only suggestions: the person sees both in editable fields before anything uses them, so
a wrong guess costs a correction, never a wrong label saved unseen.
"""

from __future__ import annotations

import re
from collections import Counter

from .role_line import COMPANY_MAX, TITLE_MAX, read_head
from .sections import TITLE, Region

__all__ = ["COMPANY_MAX", "TITLE_MAX", "suggested", "suggested_company", "suggested_title"]

_NAME = r"[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*){0,3}"
# Strongest first: a pattern's weight is added once per place it finds the name.
_COMPANY_PATTERNS = [
    (re.compile(rf"^\s*(?:[Cc]ompany|[Ee]mployer)\s*:\s*({_NAME})", re.MULTILINE), 5),
    (re.compile(rf"({_NAME})\s+is\s+an?\s+equal\s+opportunit"), 4),
    (
        re.compile(
            rf"^\s*(?:[Aa]bout|[Ww]hy)\s+(?!(?:[Tt]he|[Yy]ou|[Uu]s|[Tt]his)\b)({_NAME})\s*(?::|$)",
            re.M,
        ),
        4,
    ),
    (re.compile(rf"\A[^\n]*?\s(?:at|@)\s+({_NAME})\s*$", re.M), 4),
    (
        re.compile(
            rf"({_NAME}),?\s+(?:is\s+)?the\s+\w+(?:\s+\w+)?\s+(?:app|platform|company|marketplace)\b"
        ),
        2,
    ),
    (re.compile(rf"\b(?:inside|join)\s+({_NAME})\b"), 2),
    (re.compile(rf"\bat\s+({_NAME})\b"), 2),
    (re.compile(rf"({_NAME})\s+is\s+(?:hiring|looking\s+for|building)"), 2),
]
# Capitalised words that start sentences or name tools, never an employer here.
_NOT_COMPANIES = {
    "a", "an", "ai", "all", "and", "in", "it", "llm", "llms", "our", "the", "this", "we",
    "you", "your", "least", "scale", "home", "work", "remote", "anthropic", "openai",
}  # fmt: skip


def suggested_title(text: str, regions: list[Region] | tuple[Region, ...]) -> str:
    """The posting's first line when the reader took it for a title."""
    for region in regions:
        if region.kind == TITLE:
            line = text[region.start : region.end].strip().strip("#*•·-– ").strip()
            return line[:TITLE_MAX]
        break
    return ""


def suggested(text: str, regions) -> tuple[str, str]:
    """(title, company) as the posting gives them; '' for what it does not say. The title
    is the role's name alone: company, place, remote terms and team come apart from it
    (role_line.py); without a line that names a role, the reader's title line."""
    hint = suggested_company(text)
    role = read_head(text, company_hint=hint)
    return (role.title or suggested_title(text, regions)), (role.company or hint)


def suggested_company(text: str) -> str:
    votes: Counter[str] = Counter()
    for pattern, weight in _COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group(1).strip(" .'-")
            if name and name.split()[0].casefold() not in _NOT_COMPANIES:
                votes[name] += weight
    if not votes:
        return ""
    # Ties go to the name the posting repeats most.
    best = max(votes, key=lambda name: (votes[name], text.count(name), -len(name)))
    return best[:COMPANY_MAX]

"""What "copy worth pasting" means, as checks: used by the quality test and `make sample`.

Each check returns what it found ("" or [] when the text is clean), so a failure says
which words to look at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from roles.patterns import WORD, linear

from ..coach.engine import (
    Finding,
    artifact_names,
    char_count,
    check_texts,
    dismissed_for,
    names_only,
)
from ..exports.linkedin import ABOUT, LINKEDIN_KEYS, SEE_MORE_AT, limits_for
from ..rendering import RenderedText, current_texts, lane_for

OPENER = "opener"
# The texts people paste into LinkedIn or say, in the order a reader meets them.
COPY_KEYS = (*LINKEDIN_KEYS, OPENER)
# Spoken at about 150 words a minute, a 60-second opener has room for 150 words.
SPOKEN_WORD_LIMIT = {OPENER: 150}
REPEAT_WORDS = 6
_WORD = linear(rf"[{WORD}’'%+.-]*[{WORD}][{WORD}’'%+]*")  # RE2: a run of dots is linear
# Brackets or braces, "None", empty brackets, an empty bullet, or a label with nothing
# after it before a blank line or the end.
_LEFT_IN = re.compile(
    r"\[[^\]]*\]|\{[^}]*\}|\bNone\b|\(\s*\)|^[ \t]*-[ \t]*$|:[ \t]*(?=\n[ \t]*\n|\s*\Z)",
    re.MULTILINE,
)


@dataclass
class CheckedText:
    key: str
    name: str
    text: str
    limit: int | None
    findings: list[Finding] = field(default_factory=list)
    artifact_names: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return char_count(self.text)

    @property
    def problems(self) -> list[str]:
        found = [f"coach: {f.rule_name} ({f.quote or f.message})" for f in self.findings]
        if run := repeated_run(self.text):
            found.append(f"repeats “{run}”")
        found += [f"left in: “{bit}”" for bit in left_in(self.text)]
        if self.limit is not None and self.count > self.limit:
            found.append(f"{self.count} characters, over the {self.limit} limit")
        words = SPOKEN_WORD_LIMIT.get(self.key)
        if words and len(_WORD.findall(self.text)) > words:
            found.append(f"over {words} words: too long to say in 60 seconds")
        if self.key == ABOUT:
            found += about_opening_problems(self.text, artifact_names=self.artifact_names)
        return found


def repeated_run(text: str, words: int = REPEAT_WORDS) -> str:
    """The first run of `words` words said twice in the text, in any capitalisation."""
    tokens = [t.casefold() for t in _WORD.findall(text)]
    seen: set[tuple[str, ...]] = set()
    for start in range(len(tokens) - words + 1):
        run = tuple(tokens[start : start + words])
        if run in seen:
            return " ".join(run)
        seen.add(run)
    return ""


def left_in(text: str) -> list[str]:
    """Brackets, braces, "None", empty brackets or a label with nothing after it."""
    return [m.group(0).strip() or "(empty line item)" for m in _LEFT_IN.finditer(text)]


def about_opening_problems(text: str, *, artifact_names: list[str]) -> list[str]:
    """The About's first 265 characters (all LinkedIn shows before "see more") must name
    shipped work and give a number."""
    opening = text[:SEE_MORE_AT]
    problems = []
    if not re.search(r"\d", opening):
        problems.append("no number before “see more”")
    if artifact_names and not any(name in opening for name in artifact_names):
        problems.append("no artifact named before “see more”")
    return problems


def checked_texts(answers: dict) -> list[CheckedText]:
    """Every text rendered from `answers`, checked."""
    lane = lane_for(answers)
    rendered: dict[str, RenderedText] = current_texts(answers, lane=lane)
    findings = check_texts(
        {key: t.text for key, t in rendered.items()},
        lane_slug=lane.slug if lane else None,
        dismissed=dismissed_for(answers),
        artifacts=artifact_names(answers),
        names=names_only(answers),
    )
    names = names_only(answers)
    result = []
    for key, text in rendered.items():
        limits = limits_for(key, text.max_length)
        result.append(
            CheckedText(
                key=key,
                name=text.name,
                text=text.text,
                limit=limits[0].value if limits else None,
                findings=[f for f in findings.get(key, []) if not f.dismissed],
                artifact_names=names,
            )
        )
    return result

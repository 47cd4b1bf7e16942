"""Pasted texts against Pivot's copy: the coach's findings, a side-by-side word diff, and
the three things a person can keep.

The pasted text is judged like any other text: every active rule of the coach, the copy
lint included, with the person's artifact names and the text's limit, and none of the
dismissals made for Pivot's own text. The diff is the one versions use
(profiles/versions/diff.py), split into two columns: the pasted text with what Pivot drops
struck out, Pivot's text with what it adds marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from ..coach.engine import (
    Finding,
    artifact_names,
    char_count,
    check_texts,
    first_sentence,
    names_only,
)
from ..exports.limits import ABOUT, HEADLINE
from ..exports.linkedin import CopySource, limits_for
from ..rendering import current_texts
from ..versions.diff import DELETE, INSERT, render_ops, word_ops

# Form field -> LinkedIn text key.
FIELDS = {"headline": HEADLINE, "about": ABOUT}
KEYS = tuple(FIELDS.values())
# What the person can keep for one text.
PIVOT, MINE, MINE_WITH_FIRST = "pivot", "mine", "first"
CHOICES = (PIVOT, MINE, MINE_WITH_FIRST)
# A headline's parts: "Role · focus | proof — more".
# It starts where its run of spaces starts (the leftmost match always does): trying every
# position inside a long run again would be quadratic in it.
PART_BREAK = re.compile(r"(?<!\s)\s+[·|•—–-]\s+")


@dataclass
class Comparison:
    field: str  # "headline" or "about"
    key: str
    name: str
    pasted: str
    pivot: str
    limit: int | None
    in_use: str  # which choice the working copy holds now, or "other" (another text)
    findings: list[Finding] = field(default_factory=list)
    blend: str = ""  # "Keep mine, with Pivot's first line"; "" when Pivot has none yet
    blend_trimmed: bool = False  # the pasted headline's last parts left out for the limit
    blend_findings: list[Finding] = field(default_factory=list)
    pasted_html: SafeString = SafeString("")
    pivot_html: SafeString = SafeString("")

    @property
    def same(self) -> bool:
        return self.pasted.strip() == self.pivot.strip()

    @property
    def pasted_count(self) -> int:
        return char_count(self.pasted)

    @property
    def pivot_count(self) -> int:
        return char_count(self.pivot)

    @property
    def blend_count(self) -> int:
        return char_count(self.blend)

    @property
    def blend_over(self) -> bool:
        return bool(self.limit) and self.blend_count > self.limit


def first_line(key: str, pivot: str) -> str:
    """What "Pivot's first line" is for a text: a headline's first part (the role people
    search for), an About's first sentence (what shows before "see more")."""
    pivot = pivot.strip()
    if key == HEADLINE:
        return PART_BREAK.split(pivot, maxsplit=1)[0].strip()
    return first_sentence(pivot)


def blend(key: str, pasted: str, pivot: str, limit: int | None) -> tuple[str, bool]:
    """The pasted text led by Pivot's first line, and whether parts were left out.

    A headline: Pivot's role, then the pasted parts after the pasted role, joined as the
    pasted ones are; its last parts drop while it is over the limit. An About: Pivot's
    first sentence as its own paragraph, then the pasted text whole. ("", False) when
    Pivot has no first line yet, or the pasted text already starts with it.
    """
    lead, pasted = first_line(key, pivot), pasted.strip()
    if not lead or not pasted or pasted.startswith(lead):
        return "", False
    if key != HEADLINE:
        return f"{lead}\n\n{pasted}", False
    separator = PART_BREAK.search(pasted)
    parts = PART_BREAK.split(pasted)
    rest = parts[1:] if separator else parts
    joiner = separator.group(0) if separator else " · "
    kept = len(rest)
    while True:
        text = joiner.join([lead, *rest[:kept]])
        if not limit or char_count(text) <= limit or not kept:
            return text, kept < len(rest)
        kept -= 1


def pivots_texts(answers: dict) -> dict:
    """Pivot's own headline and About for these answers, whatever the person kept."""
    messaging = dict(answers.get("messaging") or {})
    overrides = {k: v for k, v in (messaging.get("overrides") or {}).items() if k not in KEYS}
    return current_texts(answers | {"messaging": messaging | {"overrides": overrides}})


def compare(source: CopySource, pasted: dict[str, str]) -> list[Comparison]:
    """One Comparison per non-empty pasted text (form field name -> text)."""
    ours = pivots_texts(source.answers)
    overrides = (source.answers.get("messaging") or {}).get("overrides") or {}
    typed = {FIELDS[name]: text for name, text in pasted.items() if text.strip()}
    result = []
    for name, key in FIELDS.items():
        if key not in typed or key not in ours:
            continue
        item = ours[key]
        limits = limits_for(key, item.max_length)
        limit = limits[0].value if limits else None
        override = (overrides.get(key) or "").strip()
        ops = word_ops(typed[key], item.text)
        blended, trimmed = blend(key, typed[key], item.text, limit)
        in_use = (
            PIVOT
            if not override
            else MINE
            if override == typed[key].strip()
            else MINE_WITH_FIRST
            if override == blended
            else "other"
        )
        result.append(
            Comparison(
                field=name,
                key=key,
                name=item.name,
                pasted=typed[key],
                pivot=item.text,
                limit=limit,
                in_use=in_use,
                blend=blended,
                blend_trimmed=trimmed,
                pasted_html=render_ops([op for op in ops if op[0] != INSERT]),
                pivot_html=render_ops([op for op in ops if op[0] != DELETE]),
            )
        )
    _judge(source, result)
    return result


def _judge(source: CopySource, comparisons: list[Comparison]) -> None:
    """The coach on each pasted text and each blend, as on any text of the profile."""
    answers = source.answers
    limits = {c.key: c.limit for c in comparisons}
    common = dict(
        lane_slug=source.lane_slug,
        artifacts=artifact_names(answers),
        names=names_only(answers),
        limits=limits,
    )
    pasted = check_texts({c.key: c.pasted for c in comparisons}, **common)
    blends = check_texts({c.key: c.blend for c in comparisons if c.blend}, **common)
    for c in comparisons:
        c.findings = pasted.get(c.key, [])
        c.blend_findings = blends.get(c.key, [])

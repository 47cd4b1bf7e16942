"""Pasted texts against Pivot's copy: the coach's findings and a side-by-side word diff.

The diff is the one versions use (profiles/versions/diff.py), split into two columns:
the pasted text with what Pivot drops struck out, Pivot's text with what it adds marked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from ..coach.engine import Finding, char_count
from ..exports.limits import ABOUT, HEADLINE
from ..exports.linkedin import CopySource, findings_for, linkedin_texts
from ..versions.diff import DELETE, INSERT, render_ops, word_ops

# Form field -> LinkedIn text key.
FIELDS = {"headline": HEADLINE, "about": ABOUT}


@dataclass
class Comparison:
    field: str  # "headline" or "about"
    key: str
    name: str
    pasted: str
    pivot: str
    limit: int | None
    findings: list[Finding] = field(default_factory=list)
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


def compare(source: CopySource, pasted: dict[str, str]) -> list[Comparison]:
    """One Comparison per non-empty pasted text (form field name -> text)."""
    ours = {item.key: item for item in linkedin_texts(source, with_findings=False)}
    typed = {FIELDS[name]: text for name, text in pasted.items() if text.strip()}
    findings = findings_for(source, typed)
    result = []
    for name, key in FIELDS.items():
        if key not in typed or key not in ours:
            continue
        item = ours[key]
        ops = word_ops(typed[key], item.text)
        result.append(
            Comparison(
                field=name,
                key=key,
                name=item.name,
                pasted=typed[key],
                pivot=item.text,
                limit=item.limits[0].value if item.limits else None,
                findings=[f for f in findings.get(key, []) if not f.dismissed],
                pasted_html=render_ops([op for op in ops if op[0] != INSERT]),
                pivot_html=render_ops([op for op in ops if op[0] != DELETE]),
            )
        )
    return result

"""Judging generated copy on the persona set: `make eval-copy` and the quality test.

Every planned text of every persona is checked by the coach's copy lint (the checks a
careful reader makes, profiles/coach/copy_lint.py) and by the structural checks of
`quality.py` (nothing left in brackets, no run of six words said twice, the opener short
enough to say, the About's opening naming the lead artifact and, when the person gave
one, a number). Findings are named by check so the report can count them per check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..exports.limits import ABOUT, SEE_MORE_AT
from ..planner import read_person
from ..planner.words import PRIVATE, words
from ..rendering import current_texts, lane_for
from ..rendering.current import copy_check
from .personas import Persona
from .quality import COPY_KEYS, left_in, repeated_run

EVAL_KEYS = (*COPY_KEYS, "pitch", "expanded_line")
OPENER_WORDS = 170
LIMITS = {"linkedin_headline": 220, ABOUT: 2600, "connection_note": 200, "intro_message": 1900}


@dataclass
class Judged:
    persona: Persona
    key: str
    name: str
    text: str
    findings: list[tuple[str, str]] = field(default_factory=list)  # (check, what it saw)


def structural(key: str, text: str, *, lead_name: str, has_number: bool) -> list[tuple[str, str]]:
    found = [("left-in", bit) for bit in left_in(text)]
    if run := repeated_run(text):
        found.append(("repeated-run", run))
    if key == "opener" and words(text) > OPENER_WORDS:
        found.append(("opener-words", f"{words(text)} words"))
    if key == ABOUT:
        opening = text[:SEE_MORE_AT]
        if lead_name and lead_name not in opening:
            found.append(("about-opening-artifact", opening[:60]))
        if has_number and not re.search(r"\d", opening):
            found.append(("about-opening-number", opening[:60]))
    if match := PRIVATE.search(text):
        found.append(("private-note", match.group(0)))
    return found


def judge(persona: Persona, *, check=None) -> list[Judged]:
    """Every text of EVAL_KEYS for one persona, with its findings."""
    answers = persona.answers
    texts = current_texts(answers, lane=lane_for(answers))
    person = read_person(answers)
    names = list(person.names)
    numbered = [a for a in person.artifacts if a.has_number]
    lint = check if check is not None else copy_check()
    judged = []
    for key in EVAL_KEYS:
        rendered = texts.get(key)
        if rendered is None:
            continue
        text = rendered.text
        leads = [a.name for a in person.artifacts if a.name in text[:SEE_MORE_AT]]
        findings = structural(
            key,
            text,
            lead_name=names[0] if names and not leads else "",
            has_number=bool(numbered),
        )
        if lint is not None:
            findings += [
                (f.rule_slug, f.quote or f.message)
                for f in lint(text, key, LIMITS.get(key), tuple(names))
            ]
        judged.append(Judged(persona, key, rendered.name, text, findings))
    return judged


def per_check(judged: Iterable[Judged]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in judged:
        for check, _ in item.findings:
            counts[check] = counts.get(check, 0) + 1
    return dict(sorted(counts.items()))

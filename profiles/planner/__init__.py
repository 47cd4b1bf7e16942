"""Copy planned from sentences, not spliced into frames (issue 20).

    from profiles.planner import plan_texts, rank_artifacts

    planned = plan_texts(answers, lane_name="Applied AI / Agent Engineer", lines=lines,
                         lead="Runbook Copilot")      # key -> PlannedText
    ranked = rank_artifacts(answers, signals=count)   # [ScoredArtifact], best first

- `words`: tidying what people type (symbols, "i", acronyms, private asides);
- `facts`: the answers read as a Person and their Artifacts;
- `sentences`: an artifact told in sentences chosen by the shape of each answer;
- `background`: the person's background, edge, AI work and credibility as sentences;
- `lead`: the lead artifact's score, or the pin;
- `texts`: each text from its sentences, shortened in a stated order, linted.

No database here: `profiles.rendering.current` passes in the lane's lines (rows of
`roles.LaneLine`) and the signal counter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .facts import Person, read_person
from .lead import ScoredArtifact, rank_artifacts
from .texts import (
    ABOUT,
    DEFAULT_LINES,
    EXPANDED,
    HEADLINE,
    INTRO,
    NOTE,
    OPENER,
    PITCH,
    SHORTENING,
    PlannedText,
    about_variants,
    choose,
    headline_variants,
    intro_variants,
    line_texts,
    note_variants,
    opener_variants,
)

PLANNED_KEYS = (EXPANDED, PITCH, HEADLINE, OPENER, ABOUT, NOTE, INTRO)


def plan_texts(
    answers: Mapping,
    *,
    lane_name: str = "",
    lines: Mapping[str, str] | None = None,
    lead: str | int | None = None,
    signals: Callable[[str], int] | None = None,
    check: Callable | None = None,
    person: Person | None = None,
    ranked: list[ScoredArtifact] | None = None,
) -> dict[str, PlannedText]:
    """Every planned text for `answers`. `lines`: the lane's lines by kind (see
    DEFAULT_LINES); `lead`: an artifact name or index to lead with (else pin, else score);
    `check(text, key, limit) -> findings`: the copy lint, for falling back. `person` and
    `ranked`: read_person's and rank_artifacts' results for these answers, signals and
    lead, when the caller already has them (the messaging step shows the scores), so a
    request reads the answers once."""
    lines = {**DEFAULT_LINES, **{k: v for k, v in (lines or {}).items() if v is not None}}
    if person is None:
        person = read_person(answers)
    if ranked is None:
        ranked = rank_artifacts(
            answers, signals=signals, lane_name=lane_name, lead=lead, person=person
        )
    top = ranked[0].artifact if ranked else None
    names = person.names

    def linted(text, key, limit):
        return check(text, key, limit, names) if check else []

    planned = {
        HEADLINE: choose(HEADLINE, headline_variants(person, top, lines), linted),
        ABOUT: choose(ABOUT, about_variants(person, top, lines), linted),
        NOTE: choose(NOTE, note_variants(person, top), linted),
        INTRO: choose(INTRO, intro_variants(person, top, lines, lane_name), linted),
        OPENER: choose(OPENER, opener_variants(person, top, lines), linted),
    }
    for key, text in line_texts(person, top).items():
        planned[key] = PlannedText(key, text)
    return planned


__all__ = [
    "PLANNED_KEYS",
    "SHORTENING",
    "PlannedText",
    "ScoredArtifact",
    "plan_texts",
    "rank_artifacts",
    "read_person",
]

"""Each text people paste or say, planned from sentences, within its limit by
construction: its variants are tried in a fixed order (`SHORTENING`, stated on the page)
and the first that fits and passes the copy lint is used. The variants are made one at a
time as `choose` asks for them: most texts keep their first, fullest variant."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from .background import (
    ai_work_sentence,
    background_sentence,
    credibility_bullets,
    edge_sentence,
    engineer,
    strengths_sentence,
)
from .facts import Artifact, Person
from .sentences import headline_proof, told_first_person, told_third_person
from .words import words

HEADLINE, ABOUT, NOTE, INTRO, OPENER = (
    "linkedin_headline",
    "linkedin_about",
    "connection_note",
    "intro_message",
    "opener",
)
EXPANDED, PITCH = "expanded_line", "pitch"
LIMITS = {HEADLINE: 220, ABOUT: 2600, NOTE: 200, INTRO: 1900}
OPENER_WORDS = 170
# What each text drops, in order, when the fuller version is too long or fails a check.
SHORTENING = {
    HEADLINE: [
        "role · focus · proof · years and domains",
        "without the years and domains",
        "the proof without its result",
        "the proof as the artifact's name",
        "role and focus only",
    ],
    ABOUT: [
        "everything",
        "without links",
        "at most three credibility points",
        "other artifacts without their results",
        "without the strengths and AI-work sentences",
        "fewer credibility points, the last first",
        "fewer other artifacts, the last first",
    ],
    NOTE: [
        "the lead artifact and its first result",
        "without the result's sentences after the first",
        "what the lead artifact is, without its result",
        "the artifact's name only",
    ],
    INTRO: ["everything", "without the lead artifact's scale", "without its result"],
    OPENER: ["everything", "without the edge", "without the result's later sentences"],
}
DEFAULT_LINES = {
    "headline_role": "Production AI Engineer",
    "headline_focus": "",
    "opener_lane": "I'm looking for a team that ships AI systems to real users.",
    "signal": "",
}


@dataclass
class PlannedText:
    key: str
    text: str
    variant: int = 0  # how many shortenings were tried; 0 when nothing was dropped

    @property
    def shortened_by(self) -> str:
        """What was dropped, in the words of SHORTENING (its last step may repeat)."""
        steps = SHORTENING.get(self.key, [])
        return steps[min(self.variant, len(steps) - 1)] if self.variant and steps else ""

    findings: tuple = ()


Check = Callable[[str, str, int | None], list]


def _years_domains(person: Person) -> str:
    if person.years is None or not person.domains:
        return ""
    return f"{person.years} years in {' and '.join(person.domains[:2])}"


def headline_variants(person: Person, lead: Artifact | None, lines: Mapping) -> Iterator[str]:
    role, focus = lines["headline_role"], lines["headline_focus"]
    head = [p for p in (role, focus) if p]
    if lead is None:
        yield " · ".join(head)
        return
    full = headline_proof(lead)
    yield " · ".join(p for p in [*head, full, _years_domains(person)] if p)
    yield " · ".join([*head, full])
    yield " · ".join([*head, headline_proof(lead, with_result=False)])
    yield " · ".join([*head, headline_proof(lead, with_result=False).split(",")[0]])
    yield " · ".join(head)


def _paragraph(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)


def about_variants(person: Person, lead: Artifact | None, lines: Mapping) -> Iterator[str]:
    others = [a for a in person.artifacts if lead is None or a.index != lead.index]
    for variant in range(len(SHORTENING[ABOUT]) - 2):
        links = variant < 1
        opening = ""
        if lead is not None:
            opening = told_first_person(lead).text
            if links and lead.url:
                opening += f" See {lead.url}."
        background = _paragraph(
            background_sentence(person),
            edge_sentence(person),
            ai_work_sentence(person) if variant < 4 else "",
            strengths_sentence(person) if variant < 4 else "",
        )
        artifact_bullets = []
        for a in others:
            told = told_third_person(a, with_result=variant < 3).text
            artifact_bullets.append(told + (f" See {a.url}." if links and a.url else ""))
        stated = " ".join([opening, background, *artifact_bullets])
        proof = credibility_bullets(person, skip_names=True, stated=stated)
        if variant >= 2:
            proof = proof[:3]
        closing = _paragraph(lines["signal"], lines["opener_lane"])
        yield _about(opening, background, artifact_bullets, proof, closing)
    # Last, whole bullets go: the credibility points, then the other artifacts, the last
    # first, until the text fits (the opening, background and closing always do).
    for keep in range(len(proof) - 1, -1, -1):
        yield _about(opening, background, artifact_bullets, proof[:keep], closing)
    for keep in range(len(artifact_bullets) - 1, -1, -1):
        yield _about(opening, background, artifact_bullets[:keep], [], closing)


def _about(opening, background, artifact_bullets, proof, closing) -> str:
    blocks = [
        opening,
        background,
        "\n".join(f"- {b}" for b in artifact_bullets),
        "\n".join(f"- {b}" for b in proof),
        closing,
    ]
    return "\n\n".join(b for b in blocks if b)


def note_variants(person: Person, lead: Artifact | None) -> Iterator[str]:
    greeting = f"Hi, I'm {engineer(person)}."
    close = "I'd be glad to connect."
    if lead is None:
        yield f"{greeting} {close}"
        return
    told = told_first_person(lead, with_scale=False)
    yield f"{greeting} {_paragraph(told.opening, *told.after[:1])} {close}"
    yield f"{greeting} {told.opening} {close}"
    bare = told_first_person(lead, with_scale=False, with_result=False).opening
    yield f"{greeting} {bare} {close}"
    yield f"{greeting} I built {lead.name}. {close}"


def intro_variants(
    person: Person, lead: Artifact | None, lines: Mapping, lane: str
) -> Iterator[str]:
    role = lines["headline_role"] or lane
    looking = f" I'm looking at {role} roles." if role else ""
    for variant in range(len(SHORTENING[INTRO])):
        first = background_sentence(person) + looking
        proof = ""
        if lead is not None:
            proof = told_first_person(lead, with_scale=variant < 1, with_result=variant < 2).text
        ask = (
            "Would you have 15 minutes in the next few weeks to tell me what your team needs most?"
        )
        blocks = ["Hi,", first, proof, lines["signal"], ask, "Thanks"]
        yield "\n\n".join(b for b in blocks if b)


def opener_variants(person: Person, lead: Artifact | None, lines: Mapping) -> Iterator[str]:
    for variant in range(len(SHORTENING[OPENER])):
        parts = []
        if lead is not None:
            told = told_first_person(lead, spoken=True)
            after = told.after if variant < 2 else told.after[:1]
            parts += [told.opening, *after]
        parts.append(background_sentence(person, spoken=True))
        if variant < 1:
            parts.append(edge_sentence(person))
        parts.append(lines["opener_lane"])
        yield _unbracket(" ".join(p for p in parts if p))


def _unbracket(text: str) -> str:
    """Said aloud, brackets cannot be heard: their words go, the sentence stays."""
    import re

    return re.sub(r"\s*\([^()]*\)", "", text)


def line_texts(person: Person, lead: Artifact | None) -> dict[str, str]:
    """The guide's positioning lines, for this person in the first person."""
    expanded = _paragraph(background_sentence(person), ai_work_sentence(person))
    pitch = ""
    if lead is not None:
        pitch = _paragraph(told_first_person(lead, with_scale=False).opening, edge_sentence(person))
    return {EXPANDED: expanded, PITCH: pitch}


def choose(key: str, variants: Iterable[str], check: Check | None) -> PlannedText:
    """The first variant within the limit with no lint finding; else the first within the
    limit; else the shortest. `variants` are made only as far as this reads them."""
    limit = LIMITS.get(key)

    def fits(text: str) -> bool:
        if key == OPENER:
            return words(text) <= OPENER_WORDS
        return limit is None or len(text) <= limit

    made: list[str] = []
    first_fitting: PlannedText | None = None
    for index, text in enumerate(variants):
        made.append(text)
        if not (text and fits(text)):
            continue
        found = tuple(check(text, key, limit)) if check else ()
        if not found:
            return PlannedText(key, text, index)
        if first_fitting is None:
            first_fitting = PlannedText(key, text, index, found)
    if first_fitting is not None:
        return first_fitting
    index = min(range(len(made)), key=lambda i: len(made[i]))
    return PlannedText(key, made[index], index)

"""Sentences about the person rather than an artifact: background, edge, AI work,
strengths, and their credibility answers as proof bullets."""

from __future__ import annotations

import re

from ..rendering.english import article_for, join_list
from .facts import Person
from .words import (
    PRONOUNS,
    first_word,
    is_clause,
    is_verb,
    lower_first,
    sentence,
    sentences_of,
)

MAX_DOMAINS = 4
# Verbs people write in the first person without the "I" ("Own 14 services").
FIRST_PERSON = frozenset(
    ["own", "run", "lead", "manage", "build", "ship", "design", "maintain", "work", "mentor"]
)
# "Tech lead for the CRM", "Second engineer at two startups": a role, then where.
_ROLE = re.compile(
    r"^(?:\S++\s++){0,2}(?:engineer|lead|manager|architect|hire|founder|cto|developer)s?"
    r"(?:,|;|\s+(?:for|of|at|on|in|with)\b|$)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:who|that|which|where)\b")
_FIGURE = re.compile(r"\d[\d,.]*%?")


def engineer(person: Person) -> str:
    """'a senior engineer', 'an SDE2 engineer', 'an engineer' (level Other)."""
    words = f"{person.level} engineer" if person.level else "engineer"
    return f"{article_for(words)} {words}"


def domains_text(person: Person) -> str:
    return join_list(person.domains[:MAX_DOMAINS])


def background_sentence(person: Person, *, spoken: bool = False) -> str:
    """'I'm a senior engineer with 11 years across payments, backend, and cloud.'"""
    years = person.years
    text = f"I'm {engineer(person)}"
    if years is not None:
        text += f" with {years} year{'s' if years != 1 else ''}"
        text += f" across {domains_text(person)}" if person.domains else " of experience"
    elif person.domains:
        text += f" working across {domains_text(person)}"
    if spoken and years is not None:
        text = text.replace("I'm", "I've been", 1).replace(" with ", " for ", 1)
        text = text.replace(" engineer for", " engineer for", 1)
    return sentence(text)


def edge_sentence(person: Person) -> str:
    return sentence(f"I'm known for {person.edge}") if person.edge else ""


def ai_work_sentence(person: Person) -> str:
    if not person.ai_work:
        return ""
    work = join_list(person.ai_work)
    if work.split(" ", 1)[0].split("-")[0].lower() == "on":  # never "work on on-device"
        return sentence(f"These days I build {work}")
    return sentence(f"Today I work on {work}")


def strengths_sentence(person: Person) -> str:
    if not person.strengths:
        return ""
    return sentence(f"Teams come to me for {join_list(person.strengths[:3])}")


def _first_person(piece: str, slug: str) -> str:
    """One of the person's credibility sentences as a full first-person sentence, or ''."""
    word = first_word(piece).lower()
    if word in PRONOUNS:
        return sentence("I" + piece[1:] if word == "i" else piece)
    # A role ("Tech lead for…") before a clause; below both, the piece is neither (a
    # clause would have returned above), so neither is asked again.
    if _ROLE.match(piece):
        return sentence(f"I have been {lower_first(piece)}")
    if is_clause(piece):
        return sentence(piece)  # "property managers run on spreadsheets"
    if word in FIRST_PERSON or (is_verb(word) and word not in ("used",)):
        return sentence(f"I {lower_first(piece)}")
    if " since " in piece:
        return sentence(f"I have worked with {lower_first(piece)}")
    if slug == "domain-reality":
        if "," not in piece and len(piece.split()) > 3 and not _RELATIVE.search(piece):
            return sentence(piece)  # a clause of their own ("lawyers hate false positives")
        head, colon, rest = piece.partition(": ")
        if colon:
            return sentence(f"I know {lower_first(head)} first-hand: {rest}")
        parts = [p.strip() for p in re.split(r",\s*", piece) if p.strip()]
        listed = join_list(parts) if len(parts) <= 4 and " and " not in piece else piece
        if len(listed) > 60:
            return sentence(f"I have dealt with {lower_first(listed)}")
        return sentence(f"I know {lower_first(listed)} first-hand")
    return ""


def credibility_bullets(person: Person, *, skip_names: bool, stated: str) -> list[str]:
    """The person's credibility answers as full sentences, one bullet each, with nothing
    a text already says: an answer naming an artifact the text tells is left out when
    `skip_names`, and one repeating a figure of `stated` too."""
    bullets = []
    said = set(_FIGURE.findall(stated))
    for text, bullet in _told_points(person):
        if skip_names and any(name and name.lower() in text.lower() for name in person.names):
            continue
        figures = set(_FIGURE.findall(bullet))
        if figures & said:
            continue
        said |= figures
        bullets.append(bullet)
    return bullets


def _told_points(person: Person) -> list[tuple[str, str]]:
    """Each credibility answer that reads as whole first-person sentences: (the answer,
    its bullet). Worked out once a plan: every variant of the About lists them."""
    if "points" not in person.told:
        told = []
        for slug, text in person.credibility:
            parts = [_first_person(piece, slug) for piece in sentences_of(text)]
            if parts and all(parts):
                told.append((text, " ".join(parts)))
        person.told["points"] = told
    return person.told["points"]

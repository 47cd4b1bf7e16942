"""Sentence patterns, chosen by the shape of what the person gave.

An artifact is told in up to three parts: what it is (a noun phrase or a verb phrase),
its result (each of the person's sentences: a verb, a clause with its own subject, or a
noun phrase with a figure) and its scale (who uses it). Each pattern below makes whole
sentences; nothing is spliced into a frame that expects another shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rendering.english import article_for
from .facts import Artifact, object_name, subject
from .words import (
    PERSON_VERBS,
    PRONOUNS,
    capitalise,
    first_word,
    is_clause,
    is_verb,
    lower_first,
    sentence,
    starts_with_participle,
)

# Head words of a scale that counts people or teams: "for 9 product teams".
_PEOPLE = re.compile(
    r"\b(users?|people|engineers?|teams?|agents|adjusters|analysts|customers|merchants|"
    r"doctors|students|players|households|riders|reps|employees|brokerages|restaurants|"
    r"hospitals|editors|brokers|sellers|buyers|tenants|nurses|clinics|firms|companies|"
    r"developers|staff|subscribers|brands|stores|drivers|households|reps|readers)\b",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"\bfrom \S+ to \S+")
# "340 cases added in 6 months" -> "It added 340 cases in 6 months".
# Possessive repeats give nothing back, so this stays linear on a person's text;
# "\w++(?<=\wed)" reads "\w+ed\b" without backtracking.
_COUNTED_THEN_VERB = re.compile(
    r"^([\d][\d,.]*+%?(?:\s++(?!\w++(?<=\wed))[\w'-]++){1,4}?)\s+(\w+ed)\b(.*)$"
)


@dataclass(frozen=True)
class Told:
    """An artifact as sentences: the opening one, and the result's sentences after it."""

    opening: str
    after: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join((self.opening, *self.after))


def _pieces(result: str) -> list[str]:
    """The person's result sentences, and within one, a comma before a new verb
    ('hit rate 41%, halved GPU spend') starts a new piece."""
    from .words import sentences_of

    pieces = []
    for part in sentences_of(result):
        chunks = re.split(r",\s+(?=\S)", part)
        current = chunks[0]
        for chunk in chunks[1:]:
            word = first_word(chunk).lower()
            if is_verb(word) and word not in ("used",) and not chunk.lower().startswith("and"):
                pieces.append(current)
                current = chunk
            else:
                current += ", " + chunk
        pieces.append(current)
    return [p for p in pieces if p]


def result_parts(artifact: Artifact) -> tuple[str, list[str]]:
    """('with …' to close the opening sentence, or ''), and the sentences that follow."""
    if "result" not in artifact.told:
        artifact.told["result"] = _result_parts(artifact)
    attach, after = artifact.told["result"]
    return attach, list(after)  # the caller's to extend


def _result_parts(artifact: Artifact) -> tuple[str, tuple[str, ...]]:
    attach, after = "", []
    names = (artifact.name,)
    for piece in _pieces(artifact.result):
        word = first_word(piece).lower()
        counted = _COUNTED_THEN_VERB.match(piece)
        if counted and counted.group(2).lower() not in ("used",):
            np, verb, rest = counted.groups()
            after.append(sentence(f"It {verb.lower()} {np}{rest}", names))
        elif word == "now" and starts_with_participle(piece[4:]):
            after.append(sentence(f"It is {lower_first(piece)}", names))
        elif word in PRONOUNS or is_clause(piece):
            after.append(sentence(capitalise(piece) if word != "i" else "I" + piece[1:], names))
        elif is_verb(word) and word not in ("used", "adopted"):
            who = "I" if word in PERSON_VERBS else "It"
            after.append(sentence(f"{who} {lower_first(piece)}", names))
        elif starts_with_participle(piece):
            verb = "is" if word == "used" else "has been"
            after.append(sentence(f"It {verb} {lower_first(piece)}", names))
        elif _FROM_TO.search(piece):
            verb = "brought" if re.search(r"\b(?:down|up) from\b", piece) else "took"
            after.append(sentence(f"It {verb} {lower_first(piece, names)}", names))
        elif not attach:
            attach = lower_first(piece, names)
        else:
            after.append(sentence(f"It also reached {lower_first(piece, names)}", names))
    return attach, tuple(after)


def scale_sentence(artifact: Artifact) -> str:
    """Who uses it, as its own sentence: 'It is used by about 600 adjusters.', 'It covers
    all customer-facing AI features.'; '' when the scale is no group of people."""
    if "scale" not in artifact.told:
        artifact.told["scale"] = _scale_sentence(artifact)
    return artifact.told["scale"]


def _scale_sentence(artifact: Artifact) -> str:
    scale = artifact.scale
    word = first_word(scale).lower()
    if not scale:
        return ""
    if starts_with_participle(scale):
        return sentence(f"It is {lower_first(scale)}")
    if word in ("all", "every", "each"):
        return sentence(f"It covers {lower_first(scale)}")
    if _PEOPLE.search(scale) and not re.search(r"\b(?:onboarded|served|handled)$", scale):
        lowered = lower_first(scale)
        bare = lowered[:1].isdigit() or word in ("about", "over", "beta", "most", "some", "our")
        head = lowered.split(" of ", 1)[0].split()[-1]  # "ops team of 40" -> "team"
        if bare or head.endswith("s"):
            return sentence(f"It is used by {lowered}")
        return sentence(f"It is used by {article_for(lowered)} {lowered}")
    return ""


def scale_aside(artifact: Artifact) -> str:
    """A scale that is not people ('80M vectors'), in brackets after what it is: short
    enough to read past, and never in a text said aloud."""
    scale = artifact.scale
    if not scale or scale_sentence(artifact) or len(scale) > 40:
        return ""
    return f" ({scale})"


def told_first_person(
    artifact: Artifact, *, with_result=True, with_scale=True, spoken=False
) -> Told:
    """'I built Runbook Copilot, a RAG assistant over … It cut …'"""
    opening = f"I built {object_name(artifact)}"
    if artifact.what:
        joiner = ", which " if artifact.what_is_verb else ", "
        opening += joiner + artifact.what
    if with_scale and not spoken:
        opening += scale_aside(artifact)
    after: list[str] = []
    if with_result:
        attach, after = result_parts(artifact)
        if attach:
            opening += f", with {attach}"
    if with_scale and scale_sentence(artifact):
        after.append(scale_sentence(artifact))
    return Told(sentence(opening, (artifact.name,)), tuple(after))


def told_third_person(artifact: Artifact, *, with_result=True) -> Told:
    """A proof bullet: 'Extraction Service is a document extraction service… Field-level
    accuracy went from 81% to 96%…' (the person is already 'I' around it)."""
    name = subject(artifact)
    if name[:1].islower():  # a sentence never starts lower case: "I built prompt-diff, …"
        return told_first_person(artifact, with_result=with_result)
    if artifact.what_is_verb:
        opening = f"{name} {artifact.what}"
    elif artifact.what:
        opening = f"{name} is {artifact.what}"
    else:
        opening = f"I built {object_name(artifact)}"
    opening += scale_aside(artifact)
    after: list[str] = []
    if with_result:
        attach, after = result_parts(artifact)
        if attach:
            opening += f", with {attach}"
    if scale_sentence(artifact):
        after.append(scale_sentence(artifact))
    return Told(sentence(opening, (artifact.name,)), tuple(after))


def headline_proof(artifact: Artifact, *, with_result: bool = True) -> str:
    """The headline's proof: 'Built Exception Summarizer, which cut triage from 11 to 4
    minutes'; without a usable result, what it is."""
    built = f"Built {object_name(artifact)}"
    if with_result and artifact.result:
        attach, after = result_parts(artifact)
        if attach:
            return f"{built}, with {attach}"
        first = after[0].rstrip(".") if after else ""
        word = first_word(first)
        if word == "It":
            return f"{built}, which {first[3:]}"
        if first and word != "I":
            return f"{built}: {lower_first(first, (artifact.name,))}"
        if word == "I" and first_word(first[2:]).lower() in ("helped", "was", "were"):
            return f"{artifact.name}: {first[2:]}"  # their own hedge, kept
    if artifact.what:
        joiner = ", which " if artifact.what_is_verb else ", "
        return built + joiner + artifact.what
    return built

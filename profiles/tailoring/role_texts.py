"""The connection note and the intro message for one role: they name the role and the
company in a sentence ("I saw the AI Engineer, LLM Applications role at Lanebridge
Logistics.") and lead with the artifact that matches the posting.

Within the limit by construction: when the note is too long, it drops, in this order,
the artifact's description, its result, the company, then the artifact (DROP_ORDER, which
the tailoring page states). Nothing is cut mid-word.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rendering.english import (
    article_for,
    join_list,
    noun_phrase,
    sentence_case,
    starts_with_verb,
    trim,
)
from ..rendering.slots import LEVEL_WORDS

# A result that is a claim about the person, not the artifact: "I" says it, as they did.
OWN_CLAIMS = frozenset({"was", "were", "helped", "led", "co-led", "worked"})
HEDGES = ("helped", "assisted", "contributed", "co-built", "supported")
DROP_ORDER = ("the artifact's description", "its result", "the company", "the artifact")
NOTE_END = "I'd be glad to connect."
INTRO_ASK = "Would you have 15 minutes in the next two weeks to tell me what the team needs most?"


@dataclass(frozen=True)
class Lead:
    """The artifact that leads, as the person typed it."""

    name: str
    what: str = ""
    result: str = ""

    @classmethod
    def from_answers(cls, artifact: dict | None) -> Lead | None:
        if not artifact or not trim(artifact.get("name")):
            return None
        # The old one-line field ("what it proves") is the description when no result is given.
        what = trim(artifact.get("what")) or trim(artifact.get("proves"))
        return cls(trim(artifact.get("name")), what, trim(artifact.get("result")))


def role_sentence(title: str, company: str) -> str:
    where = f" at {company}" if company else ""
    return f"I saw the {title} role{where}."


def _name(name: str) -> str:
    """The name exactly as typed; a description ("Clinician review loop") gets an article."""
    return f"{article_for(name)} {name}" if noun_phrase(name) != name else name


def _verb(lead: Lead) -> str:
    """'I built', unless the person's own words say they took part ('I helped cut…')."""
    words = f" {lead.what} {lead.result} ".lower()
    hedged = any(f" {w} " in words for w in HEDGES) or " part of " in words
    return "I worked on" if hedged else "I built"


def built_sentence(lead: Lead, *, with_what: bool = True) -> str:
    what = lead.what if with_what else ""
    verb = _verb(lead)
    if not what:
        return f"{verb} {_name(lead.name)}."
    if what.split(" ", 1)[0].lower() in ("a", "an", "the", "my", "our"):
        return f"{verb} {lead.name}, {what}."
    return f"{verb} {lead.name}, {article_for(what)} {what}."


def result_sentence(lead: Lead) -> str:
    result = lead.result
    if not result:
        return ""
    first = result.split(" ", 1)[0]
    if first.lower() in OWN_CLAIMS:  # "was part of getting…": the person's own hedge
        return f"I {sentence_case(result, at_start=False)}."
    if starts_with_verb(result):
        return f"It {sentence_case(result, at_start=False)}."
    return f"{sentence_case(result, at_start=True)}."


def note_variants(title: str, company: str, lead: Lead | None) -> list[tuple[str, str]]:
    """(text, what was dropped) from the fullest to the shortest, in DROP_ORDER."""
    out = []
    keep = {"what": True, "result": True, "company": True, "artifact": lead is not None}
    steps = [None, "what", "result", "company", "artifact"]
    for step, dropped in zip(steps, [""] + list(DROP_ORDER), strict=True):
        if step is not None:
            keep[step] = False
        parts = ["Hi,", role_sentence(title, company if keep["company"] else "")]
        if lead is not None and keep["artifact"]:
            parts.append(built_sentence(lead, with_what=keep["what"]))
            if keep["result"]:
                parts.append(result_sentence(lead))
        parts.append(NOTE_END)
        out.append((" ".join(p for p in parts if p), dropped))
    return out


def connection_note(title: str, company: str, lead: Lead | None, limit: int) -> tuple[str, str]:
    """The fullest note within `limit`, and what it dropped to fit ('' when nothing)."""
    variants = note_variants(title, company, lead)
    for text, dropped in variants:
        if len(text) <= limit:
            return text, dropped
    return variants[-1]


def background_sentence(background: dict, domain: str = "") -> str:
    level = trim(background.get("level"))
    level = LEVEL_WORDS.get(level, level)
    years = trim(background.get("years"))
    domains = [trim(d) for d in background.get("domains") or [] if trim(d)]
    other = [trim(d) for d in str(background.get("domains_other") or "").split(",") if trim(d)]
    places = ([domain] if domain else []) + [d for d in other + domains if d != domain]
    who = "an engineer"
    if level:
        who = f"{article_for(level)} {sentence_case(level, at_start=False)} engineer"
    span = f" with {years} years" if years else ""
    where = f" in {join_list(places[:3])}" if places else ""
    if not span and not where:
        return ""
    return f"I'm {who}{span}{where}."


def intro_message(
    title: str,
    company: str,
    lead: Lead | None,
    because: tuple[str, ...],
    background: dict,
    limit: int,
    domain: str = "",
) -> str:
    opening = role_sentence(title, company)[:-1] + " and wanted to reach out."
    paragraphs = ["Hi,"]
    if lead is not None and because:
        opening += f" It asks for {join_list(list(because))}: the work behind {lead.name}."
    paragraphs.append(opening)
    if lead is not None:
        paragraphs.append(" ".join(p for p in (built_sentence(lead), result_sentence(lead)) if p))
    line = background_sentence(background, domain)
    if line:
        paragraphs.append(line)
    paragraphs += [INTRO_ASK, "Thanks"]
    text = "\n\n".join(paragraphs)
    return text if len(text) <= limit else "\n\n".join(paragraphs[:2] + paragraphs[-2:])

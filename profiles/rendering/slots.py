"""What each template slot holds, filled from the answers in plain English.

A slot with no answer maps to '' here; rendering turns that into a visible blank.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..answers import artifact_items, credibility_items
from .english import artifact_phrase, join_list, list_text, noun_phrase, split_list, trim

BLANK_LABELS = {
    "level": "level",
    "years": "years",
    "domains": "your domains",
    "ai_work": "your AI work",
    "artifact": "your AI artifact",
    "edge": "your strongest existing edge",
    "strengths": "your top 2-3 strengths",
    "lane": "your target lane",
    "credibility": "why your pivot is credible",
    "artifacts": "your shipped AI artifacts",
    "signal_line": "the signal line for your lane",
}

# "Other" on the form means a level the list lacks: the copy says what is true of them all.
LEVEL_WORDS = {"Other": "Experienced"}

# The guide's signal line for a lane: the lead line on the Lead lane, the founder line on
# Founding, the cold intro line everywhere else (positioning-and-roles.txt, "Messaging
# snippets"). Keys are RoleArchetype slugs, values MessageTemplate keys.
SIGNAL_FOR_LANE = {"lead-ai": "lead_signal", "founding": "founder_signal"}
DEFAULT_SIGNAL = "cold_intro"


def signal_key(lane_slug: str | None) -> str:
    return SIGNAL_FOR_LANE.get(lane_slug or "", DEFAULT_SIGNAL)


def _artifacts(answers: Mapping) -> list[dict]:
    return [a for a in artifact_items(answers) if trim(a.get("name"))]


def _said(artifact: Mapping) -> str:
    """What it is and its result, as one line (the guide's templates hold one slot)."""
    return "; ".join(p for p in (trim(artifact.get("what")), trim(artifact.get("result"))) if p)


def _artifact_line(artifact: Mapping, *, with_result: bool = True) -> str:
    name, result, url = trim(artifact.get("name")), _said(artifact), trim(artifact.get("url"))
    line = f"- {name}: {result}" if with_result and result else f"- {name}"
    return line + (f" ({url})" if url else "")


def artifacts_list(answers: Mapping, *, first_described: bool = False) -> str:
    """One line per artifact, as entered. When the text already tells the first one's
    result (through {artifact}), it is listed by name and link only: a fact once per text."""
    return "\n".join(
        _artifact_line(a, with_result=not (first_described and i == 0))
        for i, a in enumerate(_artifacts(answers))
    )


def artifact_value(answers: Mapping, *, compact: bool = False) -> str:
    """The {artifact} slot: the first artifact's name and its result ('compact': the name
    alone, for a text that would otherwise run over its limit)."""
    artifacts = _artifacts(answers)
    if not artifacts:
        return ""
    first = artifacts[0]
    if compact:
        return noun_phrase(first.get("name") or "")
    return artifact_phrase(first.get("name") or "", _said(first))


def _domains(background: Mapping) -> str:
    domains = [trim(d) for d in background.get("domains") or [] if trim(d)]
    for extra in split_list(trim(background.get("domains_other"))):
        if extra.lower() not in (d.lower() for d in domains):
            domains.append(extra)
    return join_list(domains)


def credibility_bullets(answers: Mapping, order: Mapping[str, object] | None = None) -> str:
    """The person's own words for each credibility point, one bullet each, in the guide's
    order (`order`: slugs in guide order; the saved order otherwise). No guide labels."""
    items = [(slug, text.strip()) for slug, text in credibility_items(answers) if text.strip()]
    if order:
        rank = {slug: index for index, slug in enumerate(order)}
        items.sort(key=lambda item: rank.get(item[0], len(rank)))
    return "\n".join(f"- {text}" for _slug, text in items)


def placeholder_values(
    answers: Mapping, *, lane_name: str = "", credibility_names: Mapping | None = None
) -> dict[str, str]:
    """Slot name -> text from the answers; an unanswered slot maps to ''."""
    background = answers.get("background") or {}
    years = background.get("years")
    level = trim(background.get("level"))
    return {
        "level": LEVEL_WORDS.get(level, level),
        "years": "" if years in (None, "") else str(years),
        "domains": _domains(background),
        "ai_work": list_text(background.get("ai_work")),
        "artifact": artifact_value(answers),
        "edge": trim(background.get("edge")),
        "strengths": list_text(background.get("strengths")),
        "lane": lane_name,
        "credibility": credibility_bullets(answers, credibility_names),
        "artifacts": artifacts_list(answers),
    }

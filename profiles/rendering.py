"""Turn a working copy's answers and the guide's MessageTemplate rows into finished copy.

The answers shape (the JSON kept in Profile.answers and in every version snapshot):

    {
      "background": {"level": str, "years": int | None, "domains": [str], "domains_other": str,
                     "edge": str, "ai_work": str, "strengths": str,
                     "artifacts": [{"name": str, "url": str, "proves": str}]},
      "credibility": {<CredibilityPoint.slug>: str},
      "lane": <RoleArchetype.slug> | None,
      "skills": {<Skill.slug>: "none" | "basic" | "working" | "strong"},
      "gaps": {<Gap.slug>: {"status": "not_started" | "in_progress" | "shipped", "link": str}},
      "messaging": {"overrides": {<MessageTemplate.key>: str},
                    "dismissed": {<text key>: [<MessagingRule.slug>]}},
    }

A slot with no answer is never shown as "{years}", "None" or an empty gap: it becomes a
visible blank, "[years]" in plain text and a highlighted segment in HTML.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from roles.placeholders import PLACEHOLDERS

# Slots filled with other rendered texts; templates using them render in a second pass.
TEXT_SLOTS = ("primary_line", "expanded_line", "pitch", "moat")

BLANK_LABELS = {
    "level": "level",
    "years": "years",
    "domains": "your domains",
    "ai_work": "your AI work",
    "artifact": "your AI artifact",
    "edge": "your strongest edge",
    "strengths": "your top 2-3 strengths",
    "lane": "your target lane",
    "credibility": "why your pivot is credible",
    "artifacts": "your shipped AI artifacts",
}


@dataclass(frozen=True)
class Segment:
    text: str
    blank: str | None = None  # the slot name when this segment is an unfilled blank


@dataclass
class RenderedText:
    key: str
    name: str
    segments: list[Segment] = field(default_factory=list)
    generated: str = ""  # what the template gives, before any override
    overridden: bool = False
    max_length: int | None = None

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    @property
    def blanks(self) -> list[str]:
        return [s.blank for s in self.segments if s.blank]

    @property
    def is_complete(self) -> bool:
        return not self.blanks

    @property
    def length(self) -> int:
        return len(self.text)


def blank_text(name: str) -> str:
    return f"[{BLANK_LABELS.get(name, name.replace('_', ' '))}]"


def _clean(value) -> str:
    if value is None:
        return ""
    return str(value).strip()


def placeholder_values(
    answers: dict, *, lane_name: str = "", credibility_names: dict[str, str] | None = None
) -> dict[str, str]:
    """Slot name -> text from the answers; an unanswered slot maps to ''."""
    background = answers.get("background") or {}
    domains = [d for d in (background.get("domains") or []) if _clean(d)]
    other = _clean(background.get("domains_other"))
    if other:
        domains.extend(part.strip() for part in other.split(",") if part.strip())
    artifacts = [a for a in (background.get("artifacts") or []) if _clean(a.get("name"))]
    first = artifacts[0] if artifacts else {}
    credibility_names = credibility_names or {}
    credibility = answers.get("credibility") or {}
    years = background.get("years")
    return {
        "level": _clean(background.get("level")),
        "years": "" if years in (None, "") else str(years),
        "domains": ", ".join(domains),
        "ai_work": _clean(background.get("ai_work")),
        "artifact": _clean(first.get("proves")) or _clean(first.get("name")),
        "edge": _clean(background.get("edge")),
        "strengths": _clean(background.get("strengths")),
        "lane": lane_name,
        "credibility": "\n".join(
            f"- {credibility_names.get(slug, slug)}: {_clean(text)}"
            for slug, text in credibility.items()
            if _clean(text)
        ),
        "artifacts": "\n".join(
            "- "
            + " — ".join(part for part in (_clean(a.get("name")), _clean(a.get("proves"))) if part)
            + (f" ({_clean(a.get('url'))})" if _clean(a.get("url")) else "")
            for a in artifacts
        ),
    }


# Slots holding a common noun ("Senior", "Staff"): lower-case inside a sentence.
SENTENCE_CASED_SLOTS = ("level",)
_SENTENCE_END = re.compile(r"(^|[.!?:]\s+|\n\s*)$")


def sentence_case(value: str, *, at_start: bool) -> str:
    """'Senior' -> 'senior' mid-sentence, 'Senior' at its start; 'SDE2' stays as it is."""
    word = value.split(" ", 1)[0]
    if any(c.isupper() or c.isdigit() for c in word[1:]):
        return value
    return (value[:1].upper() if at_start else value[:1].lower()) + value[1:]


def render_body(body: str, values: dict[str, str]) -> list[Segment]:
    segments: list[Segment] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(body):
        if literal:
            segments.append(Segment(literal))
        if name is None:
            continue
        value = values.get(name, "")
        if value and name in SENTENCE_CASED_SLOTS:
            before = "".join(s.text for s in segments)
            value = sentence_case(value, at_start=bool(_SENTENCE_END.search(before)))
        if value:
            segments.append(Segment(value))
        else:
            segments.append(Segment(blank_text(name), blank=name))
    return segments


def render_texts(
    answers: dict,
    templates,
    *,
    lane_name: str = "",
    credibility_names: dict[str, str] | None = None,
) -> dict[str, RenderedText]:
    """Every template rendered from the answers, with the person's overrides applied.

    `templates` is an iterable of MessageTemplate rows (or objects with key, name, body,
    max_length). Returned in the templates' order.
    """
    values = placeholder_values(answers, lane_name=lane_name, credibility_names=credibility_names)
    overrides = ((answers.get("messaging") or {}).get("overrides")) or {}
    templates = list(templates)
    results: dict[str, RenderedText] = {}

    def uses_text_slots(body: str) -> bool:
        return any("{" + slot + "}" in body for slot in TEXT_SLOTS)

    for second_pass in (False, True):
        for template in templates:
            if uses_text_slots(template.body) != second_pass:
                continue
            generated = render_body(template.body, values)
            rendered = RenderedText(
                key=template.key,
                name=template.name,
                segments=generated,
                generated="".join(s.text for s in generated),
                max_length=template.max_length,
            )
            override = overrides.get(template.key)
            if override is not None and override.strip():
                rendered.segments = [Segment(override)]
                rendered.overridden = True
            results[template.key] = rendered
            if template.key in TEXT_SLOTS:
                # Later templates quote this text; a blank stays a visible blank there too.
                values[template.key] = rendered.text
    return {t.key: results[t.key] for t in templates}


assert set(BLANK_LABELS) | set(TEXT_SLOTS) <= set(PLACEHOLDERS)

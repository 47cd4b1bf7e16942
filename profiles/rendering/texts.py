"""Turn a working copy's answers and the guide's MessageTemplate rows into finished copy.

The answers shape is documented in profiles/answers.py. A slot with no answer is never
shown as "{years}", "None" or an empty gap: it becomes a visible blank, "[years]" in plain
text and a highlighted segment in HTML.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from roles.placeholders import PLACEHOLDERS, placeholders_in

from ..answers import artifact_items
from ..planner import plan_texts
from .english import Clause, article_for, sentence_case
from .slots import BLANK_LABELS, artifact_value, artifacts_list, placeholder_values, signal_key

# Slots filled with other rendered texts; templates using them render in a second pass.
TEXT_SLOTS = ("primary_line", "expanded_line", "pitch", "moat", "signal_line")
# Texts that are the guide's advice, the same for everyone: shown as advice, not as copy
# generated from the person's answers.
ADVICE_KEYS = ("moat", "best_use")

# Slots holding a common noun ("Senior", "Staff"): lower-case inside a sentence.
SENTENCE_CASED_SLOTS = ("level",)
# Slots that may start a sentence with a lower-case article ("a dispute triage agent").
CAPITALISED_AT_START = ("artifact", "domains", "ai_work", "edge", "strengths")
_SENTENCE_END = re.compile(r"(^|[.!?:]\s+|\n\s*)$")
_ARTICLE_BEFORE = re.compile(r"(^|\s)(an?|An?) $")
_SENTENCE_GOES_ON = re.compile(r"^ +\w")


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

    @property
    def is_advice(self) -> bool:
        return self.key in ADVICE_KEYS


def blank_text(name: str) -> str:
    return f"[{BLANK_LABELS.get(name, name.replace('_', ' '))}]"


def _fill(name: str, value: str, before: str) -> str:
    at_start = bool(_SENTENCE_END.search(before))
    if name in SENTENCE_CASED_SLOTS:
        return sentence_case(value, at_start=at_start)
    if name in CAPITALISED_AT_START and at_start:
        return value[:1].upper() + value[1:]
    return value


def render_body(body: str, values: Mapping[str, str]) -> list[Segment]:
    segments: list[Segment] = []
    open_clause = False  # the last filler ended in a clause the next words must close
    for literal, name, _spec, _conversion in string.Formatter().parse(body):
        if literal:
            if open_clause and _SENTENCE_GOES_ON.match(literal):
                literal = "," + literal
            segments.append(Segment(literal))
        open_clause = False
        if name is None:
            continue
        value = values.get(name, "")
        if not value:
            segments.append(Segment(blank_text(name), blank=name))
            continue
        before = "".join(s.text for s in segments)
        text = _fill(name, value, before)
        article = _ARTICLE_BEFORE.search(before)
        if article and segments and not segments[-1].blank:
            # "a {level} engineer" with level SDE2 or Other reads "an SDE2", "an experienced".
            wanted = article_for(text)
            word = article.group(2)
            fixed = (wanted[:1].upper() + wanted[1:]) if word[0].isupper() else wanted
            last = segments[-1].text
            segments[-1] = Segment(last[: len(last) - len(word) - 1] + fixed + " ")
        segments.append(Segment(text))
        open_clause = isinstance(value, Clause)
    return segments


@functools.lru_cache(maxsize=8)
def _template_shape(bodies: tuple[tuple[str, str], ...]) -> tuple[dict, dict]:
    """For templates given as (key, body): the slots each fills (_slots_used) and whether
    it quotes another text (those are rendered in a second pass, after the texts they
    quote). The guide's words alone, the same for every person: kept per set of bodies
    (an edit is another set), a few sets at most. Read, never changed, by the caller."""
    templates = {key: _Body(body) for key, body in bodies}
    quoting = {
        key: any("{" + slot + "}" in t.body for slot in TEXT_SLOTS) for key, t in templates.items()
    }
    return _slots_used(templates), quoting


@dataclass(frozen=True)
class _Body:
    body: str


def _slots_used(templates: Mapping[str, object]) -> dict[str, set[str]]:
    """Per template, every slot it fills, counting those of the texts it quotes."""
    direct = {key: set(placeholders_in(t.body)) for key, t in templates.items()}
    used = {}
    for key, slots in direct.items():
        slots = set(slots)
        for quoted in slots & set(TEXT_SLOTS):
            slots |= direct.get(quoted, set())
        used[key] = slots
    return used


def texts_showing(key: str, templates: Iterable, *, lane_slug: str | None) -> set[str]:
    """The texts that change when text `key` is typed over: itself, those that quote it,
    and, when it is the lane's signal line, those that quote the signal line."""
    slots = {t.key: set(placeholders_in(t.body)) for t in templates}
    showing = {key}
    while True:
        quoted = set(showing)
        if signal_key(lane_slug) in showing:
            quoted.add("signal_line")
        more = {k for k, used in slots.items() if used & quoted} - showing
        if not more:
            return showing
        showing |= more


def can_plan(answers: Mapping) -> bool:
    """The planner writes a person's texts once what every text states is there: level,
    years and a named artifact. Before that, the guide's template shows visible blanks."""
    background = answers.get("background") or {}
    return bool(
        background.get("level")
        and background.get("years") not in (None, "")
        and any(a.get("name") for a in artifact_items(answers))
    )


def render_texts(
    answers: dict,
    templates: Iterable,
    *,
    lane_name: str = "",
    lane_slug: str | None = None,
    credibility_names: Mapping[str, str] | None = None,
    lines: Mapping[str, str] | None = None,
    signals=None,
    check=None,
    lead: str | int | None = None,
    person=None,
    ranked=None,
) -> dict[str, RenderedText]:
    """Every template rendered from the answers, with the person's overrides applied.

    `templates` is an iterable of MessageTemplate rows (or objects with key, name, body,
    max_length). Returned in the templates' order. `credibility_names` (slug -> name, in
    the guide's order) orders the credibility bullets. The texts the planner writes
    (profiles/planner: PLANNED_KEYS) come from it once `can_plan`; `lines`, `signals`,
    `check`, `lead`, `person` and `ranked` are its inputs (see profiles.planner.plan_texts).
    """
    planned = {}
    if can_plan(answers):
        planned = plan_texts(
            answers,
            lane_name=lane_name,
            lines=lines,
            lead=lead,
            signals=signals,
            check=check,
            person=person,
            ranked=ranked,
        )
    overrides = ((answers.get("messaging") or {}).get("overrides")) or {}
    templates = list(templates)
    used, quoting = _template_shape(tuple((t.key, t.body) for t in templates))
    # Only the templates the planner did not write read the slots' values (the guide's
    # lines need none): worked out when one of them fills a slot, not on every page.
    values = {}
    if any(used[t.key] for t in templates if t.key not in planned):
        values = placeholder_values(
            answers, lane_name=lane_name, credibility_names=credibility_names
        )
    results: dict[str, RenderedText] = {}
    described: str | None = None  # the artifact list when {artifact} already told the first

    for second_pass in (False, True):
        if second_pass:
            signal = results.get(signal_key(lane_slug))
            values["signal_line"] = signal.text if signal else ""
        for template in templates:
            if quoting[template.key] != second_pass:
                continue
            if template.key in planned:
                generated = [Segment(planned[template.key].text)]
            else:
                own = values
                if "artifact" in used[template.key]:
                    if described is None:
                        described = artifacts_list(answers, first_described=True)
                    own = values | {"artifacts": described}
                generated = render_body(template.body, own)
                if template.max_length and len("".join(s.text for s in generated)) > (
                    template.max_length
                ):
                    # Over its limit: name the artifact without its result, not be cut.
                    own = own | {"artifact": artifact_value(answers, compact=True)}
                    generated = render_body(template.body, own)
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

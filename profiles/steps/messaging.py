"""Step 6: the positioning texts, generated from the answers, each open to an override."""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import HttpResponse
from django.shortcuts import redirect

from pivotapp.site import profile_url
from roles import guide
from roles.models import LaneLine

from .. import forms as f
from ..coach import engine as coach
from ..coach.advice import guide_advice
from ..models import Profile
from ..planner import PLANNED_KEYS, SHORTENING, rank_artifacts, read_person
from ..rendering import current_texts, signal_key, texts_showing
from ..rendering.current import signal_counter
from ..rendering.texts import blank_text
from .base import Handler

BEST_USE = "best_use"
LANE_LINE_KINDS = dict(LaneLine.KIND_CHOICES)

if TYPE_CHECKING:
    from .views import StepPost


def findings_for(texts: dict, profile: Profile, answers: dict, templates, rules=None) -> dict:
    return coach.check_texts(
        {key: t.text for key, t in texts.items()},
        lane_slug=profile.lane.slug if profile.lane_id and profile.lane else None,
        dismissed=coach.dismissed_for(answers),
        artifacts=coach.artifact_names(answers),
        names=coach.names_only(answers),
        # The template rows are already loaded: spare the coach its own query for limits.
        limits={t.key: t.max_length for t in templates if t.max_length},
        rules=rules,
    )


def typed_in(request) -> str:
    """The text whose box a live preview was sent from (htmx names the element that
    triggered the request), or "" when the whole form was sent (the button, no JS)."""
    name = request.headers.get("HX-Trigger-Name", "")
    prefix = f.text_field("")
    return name.removeprefix(prefix) if name.startswith(prefix) else ""


@functools.lru_cache(maxsize=64)
def guide_words(body: str) -> str:
    """A template as the guide writes it: its slots as bracketed blanks ('[years]').
    The guide's words alone: kept per body, a bounded few (the templates are thirteen)."""
    return "".join(
        literal + (blank_text(name) if name is not None else "")
        for literal, name, _spec, _conversion in string.Formatter().parse(body)
    )


def planned_from(content, answers) -> dict:
    """The person and ranking `load` read, for texts planned from these same answers
    (typed overrides change neither); none when the answers are others (a 409 shows what
    another tab saved), so those are read afresh."""
    if answers is not content.get("answers"):
        return {}
    return {"person": content["person"], "ranked": content["ranked"]}


@dataclass(frozen=True, slots=True)
class TextRow:
    """One text as the messaging step shows it (templates/jinja2/profiles/_text_cards.html).
    An object, not a dict: Jinja2 reads `row.text` as an attribute first, and on a dict
    that lookup fails before the key is tried, twenty times a row."""

    template: Any
    guidance: str
    text: Any  # RenderedText
    field: Any  # the text's BoundField, or None (the live preview draws no boxes)
    findings: list
    lane_note: str
    guide_body: str
    shortening: list


def lane_note(key: str, lane) -> str:
    """What the chosen lane changes about a text: beside "Best use", the guide's word on
    the lane's fit; beside the lane's signal line, where that line is used."""
    if lane is None:
        return ""
    if key == BEST_USE and lane.best_fit_signal:
        return f"For {lane.name}, the guide says: {lane.best_fit_signal.rstrip('.')}."
    if key == signal_key(lane.slug):
        return f"The signal line for {lane.name}: your About and cold intro message use it."
    return ""


class MessagingHandler(Handler):
    slug = "messaging"

    def is_complete(self, answers):
        return "messaging" in answers

    def special_post(self, post: StepPost) -> HttpResponse | None:
        """ "Reset" (save with that text back to generated) and "Preview" (save nothing)."""
        reset = post.data.get("reset")
        preview = post.data.get("action") == "preview"
        if reset is None and not preview:
            return None
        if reset is not None:
            post.data = post.data.copy()
            post.data[f.text_field(reset)] = ""
        form = post.form()
        if not self.is_valid(form):
            return post.render(form)
        if preview:
            return post.render(form, focus="messaging-preview")
        refused = post.save(form)
        if refused is not None:
            return refused
        if not post.partial:
            return redirect(self.step.url(post.profile) + f"#{f.text_field(reset)}")
        return post.render(post.fresh_form(), notice="Reset to the generated text.")

    def load(self, profile):
        lane = profile.lane if profile.lane_id else None
        answers = profile.answers or {}
        person = read_person(answers)
        return {
            # Read once a request: the scores shown, and the texts' plan (planned_from).
            "answers": answers,
            "person": person,
            "ranked": rank_artifacts(
                answers,
                signals=signal_counter(lane),
                lane_name=lane.name if lane else "",
                person=person,
            ),
            "lane_lines": [
                line for line in guide.lane_lines() if line.archetype_id == profile.lane_id
            ],
            "templates": list(guide.message_templates()),
            "points": {p.slug: p.name for p in guide.credibility_points()},
            "glossary": list(guide.glossary_terms()),
            "lane": profile.lane,
            "preview_url": profile_url("profiles:preview", profile.pk),
            # Loaded once for the findings and for the advice listed above the texts.
            "rules": coach.active_rules(),
        }

    def initial(self, answers, content):
        messaging = answers.get("messaging") or {}
        overrides = messaging.get("overrides") or {}
        initial = {f.text_field(t.key): overrides.get(t.key, "") for t in content["templates"]}
        return {**initial, "lead": messaging.get("lead") or ""}

    def build_form(self, content, *, data=None, initial=None):
        return f.MessagingForm(
            data,
            initial=initial,
            templates=content["templates"],
            preview_url=content["preview_url"],
            lead_choices=[
                (s.name, f"{s.name} (score {s.score})") for s in content.get("ranked", [])
            ],
        )

    @staticmethod
    def form_values(form) -> dict[str, str]:
        """The text boxes as the form holds them (typed, or the saved overrides)."""
        return {
            name: form[name].value() for name in form.fields if name not in ("revision", "lead")
        }

    def typed_answers(self, values: Mapping, content, answers: dict) -> dict:
        """The answers with the overrides as currently typed (valid or not); `values` maps
        each box's name to its text: form_values(form), or the posted data itself."""
        overrides = {}
        for template in content["templates"]:
            value = values.get(f.text_field(template.key)) or ""
            if value.strip():
                overrides[template.key] = value[: f.OVERRIDE_MAX_LENGTH]
        messaging = dict(answers.get("messaging") or {})
        messaging["overrides"] = overrides
        return {**answers, "messaging": messaging}

    def to_section(self, form, content, answers):
        typed = self.typed_answers(self.form_values(form), content, answers)
        texts = current_texts(
            typed,
            lane=content["lane"],
            templates=content["templates"],
            credibility_names=content["points"],
            **planned_from(content, answers),
        )
        overrides = {
            key: value
            for key, value in typed["messaging"]["overrides"].items()
            # Typing the generated text back in is not an override: it should follow edits.
            if value.strip() != texts[key].generated.strip()
        }
        section = {**typed["messaging"], "overrides": overrides}
        if "lead" in form.fields:
            section["lead"] = form.cleaned_data.get("lead") or ""
        return section

    def context(self, form, content, profile, answers):
        return {
            **self.preview_context(self.form_values(form), content, profile, answers, form=form),
            "ranked": content["ranked"],
            # As the template reads them: the kind's label looked up here, once, where
            # get_kind_display rebuilt the choices' dict for every line.
            "lane_lines": [
                {
                    "label": LANE_LINE_KINDS.get(line.kind, line.kind),
                    "text": line.text,
                    "is_suggested": line.is_suggested,
                }
                for line in content["lane_lines"]
            ],
            "glossary": content["glossary"],
            # Called by the template only when its fragment is drawn (once per lane and
            # content edit, {% cache %} on "computed").
            "advice": functools.cache(lambda: guide_advice(content["rules"], content["lane"])),
        }

    def preview_context(
        self, values: Mapping, content, profile, answers, *, typed_in: str = "", form=None
    ):
        """The texts as typed (`values`, see typed_answers) with their findings: what the
        live preview redraws, which needs no form (with `form`, each row has its box).
        With `typed_in` (the text whose box was typed in), only the texts that show it;
        the finding count is still over every text."""
        typed = self.typed_answers(values, content, answers)
        texts = current_texts(
            typed,
            lane=profile.lane,
            templates=content["templates"],
            credibility_names=content["points"],
            **planned_from(content, answers),
        )
        findings = findings_for(texts, profile, typed, content["templates"], content["rules"])
        # A note shared by several texts ("Build these four lines once…") is said once,
        # above the first of them.
        shown: set[str] = set()
        rows = []
        lane = profile.lane if profile.lane_id else None
        redrawn = None
        if typed_in in texts:
            lane_slug = lane.slug if lane else None
            redrawn = texts_showing(typed_in, content["templates"], lane_slug=lane_slug)
        for t in content["templates"]:
            note = _note(t, texts[t.key])
            guidance = "" if note in shown else note
            shown.add(note)
            if redrawn is not None and t.key not in redrawn:
                continue
            rows.append(
                TextRow(
                    template=t,
                    guidance=guidance,
                    text=texts[t.key],
                    field=form[f.text_field(t.key)] if form is not None else None,
                    findings=findings.get(t.key, []),
                    lane_note=lane_note(t.key, lane),
                    # The guide's words stay visible; the text above is Pivot's rendering.
                    guide_body=guide_words(t.body) if t.key in PLANNED_KEYS else "",
                    shortening=SHORTENING.get(t.key, []),
                )
            )
        return {"text_rows": rows, "finding_count": coach.open_count(findings)}

    def summary(self, answers, content):
        overrides = (answers.get("messaging") or {}).get("overrides") or {}
        return [(t.name, overrides.get(t.key) or "(generated text)") for t in content["templates"]]


BRACKETS_NOTE = "fill the brackets"


def _note(template, text) -> str:
    """The guide's note above a text. Its "fill the brackets with your specifics" stands
    only over a text that still has a blank ("[years]") to fill: over finished copy, with
    no brackets in it, it reads as a mistake."""
    if BRACKETS_NOTE in template.guidance.lower() and not text.blanks:
        return ""
    return template.guidance

"""Step 3: the role archetype the person is aiming at."""

from __future__ import annotations

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from roles import guide

from .. import forms as f
from .base import Handler
from .fields_html import choice_inputs, messages_html


class LaneHandler(Handler):
    slug = "lane"

    def is_complete(self, answers):
        return bool(answers.get("lane"))

    def load(self, profile):
        return {
            "archetypes": list(guide.archetypes()),
            "expectations": guide.interview_expectations(profile.lane_id),
        }

    def initial(self, answers, content):
        return {"lane": answers.get("lane")} if answers.get("lane") else {}

    def build_form(self, content, *, data=None, initial=None):
        return f.LaneForm(data, initial=initial, archetypes=content["archetypes"])

    def to_section(self, form, content, answers):
        return form.cleaned_data["lane"]

    def context(self, form, content, profile, answers):
        bound = form["lane"]
        # Each card's radio and label, written in Python (fields_html.py).
        radios = {value: (tag, id_) for value, tag, id_, _label in choice_inputs(bound)}
        cards = []
        for archetype in content["archetypes"]:
            tag, id_ = radios.get(archetype.slug, ("", ""))
            choose = f'{tag}<label for="{id_}">{conditional_escape(archetype.name)}</label>'
            cards.append((archetype, mark_safe(choose)))  # noqa: S308 - escaped
        return {
            "lane_field": bound,
            "lane_messages": messages_html(bound),
            "cards": cards,
            "lane": profile.lane,
            "expectations": content["expectations"],
        }

    def summary(self, answers, content):
        slug = answers.get("lane")
        names = {a.slug: a.name for a in content.get("archetypes", [])}
        return [("Target lane", names.get(slug, slug or ""))]

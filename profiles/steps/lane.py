"""Step 3: the role archetype the person is aiming at."""

from __future__ import annotations

from roles import guide

from .. import forms as f
from .base import Handler


class LaneHandler(Handler):
    slug = "lane"
    related = ()

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
        # Each card holds its lane's radio (Django's own subwidget, its id and checked).
        radios = {str(option.data["value"]): option for option in bound.subwidgets}
        return {
            "lane_field": bound,
            "cards": [(a, radios.get(a.slug)) for a in content["archetypes"]],
            "lane": guide.archetype(profile.lane_id),
            "expectations": content["expectations"],
        }

    def summary(self, answers, content):
        slug = answers.get("lane")
        names = {a.slug: a.name for a in content.get("archetypes", [])}
        return [("Target lane", names.get(slug, slug or ""))]

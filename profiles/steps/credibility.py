"""Step 2: the person's own evidence for each of the guide's credibility points."""

from __future__ import annotations

from roles import guide

from .. import forms as f
from ..answers import credibility_items, credibility_list, credibility_texts
from .base import Handler


class CredibilityHandler(Handler):
    slug = "credibility"
    related = ()

    def is_complete(self, answers):
        points = credibility_items(answers)
        return bool(points) and all(text.strip() for _slug, text in points)

    def load(self, profile):
        return {"points": list(guide.credibility_points())}

    def initial(self, answers, content):
        saved = credibility_texts(answers)
        return {f.point_field(p.slug): saved.get(p.slug, "") for p in content["points"]}

    def build_form(self, content, *, data=None, initial=None):
        return f.CredibilityForm(data, initial=initial, points=content["points"])

    def to_section(self, form, content, answers):
        return credibility_list(
            (p.slug, form.cleaned_data[f.point_field(p.slug)].strip()) for p in content["points"]
        )

    def context(self, form, content, profile, answers):
        return {"point_fields": [form[f.point_field(p.slug)] for p in content["points"]]}

    def summary(self, answers, content):
        saved = credibility_texts(answers)
        return [(p.name, saved.get(p.slug, "")) for p in content["points"]]

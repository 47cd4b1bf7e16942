"""Step 4: a self-rating for every checklist skill, with the lane's emphasis shown."""

from __future__ import annotations

from roles.models import Skill

from .. import forms as f
from ..answers import skill_ratings, skills_list
from ..choices import Rating
from .base import Handler


def group_by_domain(skills) -> list[tuple]:
    groups: list[tuple] = []
    for skill in skills:
        if not groups or groups[-1][0].pk != skill.domain_id:
            groups.append((skill.domain, []))
        groups[-1][1].append(skill)
    return groups


def skill_gaps(skills, ratings: dict) -> list:
    """Must-know skills rated below 'working'."""
    working = f.RATING_ORDER["working"]
    return [
        s
        for s in skills
        if s.is_must and f.RATING_ORDER.get(ratings.get(s.slug) or "none", 0) < working
    ]


def rating_rows(skills, ratings: dict) -> list[dict]:
    """Per domain, how many skills sit at each rating (for the SVG chart)."""
    rows = []
    for domain, domain_skills in group_by_domain(skills):
        counts = [0] * len(f.RATING_CHOICES)
        for skill in domain_skills:
            counts[f.RATING_ORDER.get(ratings.get(skill.slug) or "none", 0)] += 1
        rows.append({"name": domain.name, "counts": counts, "total": len(domain_skills)})
    return rows


class SkillsHandler(Handler):
    slug = "skills"

    def is_complete(self, answers):
        # A form posted as it was shown (every default kept: a double-click on the previous
        # step's Save, say) is saved but does not count as answered.
        return any(r not in (None, "", "none") for r in skill_ratings(answers).values())

    def load(self, profile):
        return {"skills": list(Skill.objects.with_emphasis(profile.lane_id))}

    def initial(self, answers, content):
        saved = skill_ratings(answers)
        return {f.skill_field(s.slug): saved.get(s.slug, "none") for s in content["skills"]}

    def build_form(self, content, *, data=None, initial=None):
        return f.SkillsForm(data, initial=initial, skills=content["skills"])

    def to_section(self, form, content, answers):
        return skills_list(
            (s.slug, form.cleaned_data[f.skill_field(s.slug)] or "none") for s in content["skills"]
        )

    def current_ratings(self, form, content) -> dict:
        ratings = {}
        for skill in content["skills"]:
            value = form[f.skill_field(skill.slug)].value()
            ratings[skill.slug] = value if value in f.RATING_ORDER else "none"
        return ratings

    def context(self, form, content, profile, answers):
        ratings = self.current_ratings(form, content)
        domains = [
            (domain, [(s, form[f.skill_field(s.slug)]) for s in skills])
            for domain, skills in group_by_domain(content["skills"])
        ]
        return {
            "domains": domains,
            "skill_gaps": skill_gaps(content["skills"], ratings),
            "rating_rows": rating_rows(content["skills"], ratings),
            "rating_choices": f.RATING_CHOICES,
            "lane": profile.lane,
        }

    def summary(self, answers, content):
        saved = skill_ratings(answers)
        labels = dict(Rating.choices)
        return [
            (s.name, labels.get(saved.get(s.slug) or "none", "None")) for s in content["skills"]
        ]

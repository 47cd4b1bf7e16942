"""Step 4: a self-rating for every checklist skill, one domain at a time.

Each skill domain is a part of the step (`?domain=<slug>`): a page of 8 to 11 skills with
the lane's emphasized ones first, and the list of domains with how many are rated so far.
"Save and continue" saves that domain's ratings into the answers' skills section, keeping
every other domain's ratings as saved, and walks to the next domain, then to the next step.

A POST with no domain rates the whole checklist at once, as the step did before it was
split: a tab opened before then still saves what it shows.
"""

from __future__ import annotations

from django.http import Http404

from roles import guide
from roles.models import Skill

from .. import forms as f
from ..answers import skill_ratings, skills_list
from ..choices import Rating
from .base import Handler

# Strong reads darkest: tone classes from pivot.css, strongest first in the palette.
RATING_TONES = {"none": 5, "basic": 2, "working": 1, "strong": 0}
LEGEND = tuple((RATING_TONES[value], label) for value, label in f.RATING_CHOICES)


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


def rating_counts(skills, ratings: dict) -> list[int]:
    """How many of `skills` sit at each rating, in the ratings' order."""
    counts = [0] * len(f.RATING_CHOICES)
    for skill in skills:
        counts[f.RATING_ORDER.get(ratings.get(skill.slug) or "none", 0)] += 1
    return counts


def bar_parts(counts: list[int], total: int) -> list[dict]:
    """A domain's ratings as the stacked bar's parts, in percent of its width."""
    parts, offset = [], 0.0
    for (value, label), count in zip(f.RATING_CHOICES, counts, strict=True):
        if count:
            width = 100 * count / (total or 1)
            parts.append(
                {
                    "tone": RATING_TONES[value],
                    "x": f"{round(offset, 3):g}",
                    "width": f"{round(width, 3):g}",
                    "said": f"{count} {label.lower()}",
                }
            )
            offset += width
    return parts


def _load(profile) -> tuple:
    """The checklist and its domains for the profile's lane: the same for every profile
    on that lane, so kept with the guide's other rows (roles.guide) until content changes."""
    skills = tuple(Skill.objects.with_emphasis(profile.lane_id))
    domains = tuple(
        # sorted() is stable: the emphasized first, each group in checklist order.
        (domain, sorted(group, key=lambda s: not s.emphasized))
        for domain, group in group_by_domain(skills)
    )
    return skills, domains


def _domain_url(step_url: str, domain) -> str:
    # A SlugField holds only URL-safe characters: nothing to quote.
    return f"{step_url}?domain={domain.slug}" if domain else step_url


class SkillsHandler(Handler):
    slug = "skills"
    related = ()

    def is_complete(self, answers):
        # Unchanged by the split into domains: one rating above "none" anywhere. A form
        # posted as it was shown (every default kept: a double-click on the previous step's
        # Save, say) is saved but does not count as answered.
        return any(r not in (None, "", "none") for r in skill_ratings(answers).values())

    def load(self, profile):
        skills, domains = guide.cached(f"skills:{profile.lane_id or 0}", lambda: _load(profile))
        return {"skills": skills, "domains": domains, "domain": None, "scoped": skills}

    def scope(self, content, params, *, posted):
        slug = params.get("domain")
        if not slug:
            # A page starts at the first domain; a POST without one is the whole checklist.
            return content if posted or not content["domains"] else self._part(content, 0)
        for index, (domain, _skills) in enumerate(content["domains"]):
            if domain.slug == slug:
                return self._part(content, index)
        raise Http404("No such skill domain")

    @staticmethod
    def _part(content: dict, index: int) -> dict:
        domain, skills = content["domains"][index]
        return {**content, "domain": domain, "index": index, "scoped": skills}

    def part_url(self, profile, content):
        return _domain_url(self.step.url(profile), content["domain"])

    def next_part(self, content):
        if content["domain"] is None or content["index"] + 1 >= len(content["domains"]):
            return None
        return self._part(content, content["index"] + 1)

    def saved_notice(self, content):
        if self.next_part(content) is None:
            return super().saved_notice(content)
        return f"Saved your {content['domain'].name} ratings."

    def initial(self, answers, content):
        saved = skill_ratings(answers)
        return {f.skill_field(s.slug): saved.get(s.slug, "none") for s in content["scoped"]}

    def build_form(self, content, *, data=None, initial=None):
        return f.SkillsForm(data, initial=initial, skills=content["scoped"])

    def to_section(self, form, content, answers):
        # Every checklist skill, in checklist order, as before the split: the posted
        # domain's ratings, the others as saved.
        saved = skill_ratings(answers)
        posted = {
            s.slug: form.cleaned_data[f.skill_field(s.slug)] or "none" for s in content["scoped"]
        }
        return skills_list(
            (s.slug, posted[s.slug] if s.slug in posted else saved.get(s.slug) or "none")
            for s in content["skills"]
        )

    def current_ratings(self, form, content, answers) -> dict:
        """The saved ratings, with what the form shows for its own domain."""
        ratings = dict(skill_ratings(answers))
        for skill in content["scoped"]:
            value = form[f.skill_field(skill.slug)].value()
            ratings[skill.slug] = value if value in f.RATING_ORDER else "none"
        return ratings

    def context(self, form, content, profile, answers):
        ratings = self.current_ratings(form, content, answers)
        current = content["domain"]
        step_url = self.step.url(profile)
        domain_rows = []
        for domain, skills in content["domains"]:
            counts = rating_counts(skills, ratings)
            domain_rows.append(
                {
                    "name": domain.name,
                    "url": _domain_url(step_url, domain),
                    "current": domain == current,
                    "parts": bar_parts(counts, len(skills)),
                    "total": len(skills),
                    "rated": len(skills) - counts[0],
                    "emphasized": sum(1 for s in skills if s.emphasized),
                }
            )
        shown = [(current, content["scoped"])] if current else content["domains"]
        return {
            "domain": current,
            "domain_number": content.get("index", 0) + 1,
            "domain_count": len(domain_rows),
            "domain_rows": domain_rows,
            "legend": LEGEND,
            "fieldsets": [
                (domain, [(s, form[f.skill_field(s.slug)]) for s in skills])
                for domain, skills in shown
            ],
            "skill_gaps": skill_gaps(content["skills"], ratings),
            "lane": guide.archetype(profile.lane_id),
        }

    def summary(self, answers, content):
        saved = skill_ratings(answers)
        labels = dict(Rating.choices)
        return [
            (s.name, labels.get(saved.get(s.slug) or "none", "None")) for s in content["skills"]
        ]

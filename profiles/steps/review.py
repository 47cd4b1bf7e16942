"""Step 7: every answer on one page, what is still missing, and "Save a version"."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import CharField, F, Value
from django.http import HttpResponse, HttpResponseNotAllowed

from roles import guide
from roles.models import CredibilityPoint, Gap, InterviewExpectation, Skill

from .. import forms as f
from ..answers import credibility_texts, skill_ratings
from ..coach.engine import open_count
from ..rendering import BLANK_LABELS, current_texts
from .base import STEP_BY_SLUG, STEPS, Handler
from .messaging import findings_for
from .skills import skill_gaps

# Which step fills each template slot, so a visible blank can link to where it is filled.
SLOT_STEP = {
    "level": "background",
    "years": "background",
    "domains": "background",
    "ai_work": "background",
    "artifact": "background",
    "artifacts": "background",
    "edge": "background",
    "strengths": "background",
    "lane": "lane",
    "credibility": "credibility",
    "signal_line": "lane",
}


@dataclass(frozen=True)
class Named:
    slug: str
    name: str


def guide_rows(lane_id) -> tuple[tuple[Named, ...], tuple[Named, ...], tuple[Named, ...]]:
    """Credibility points (guide order), gaps (lane order) and the lane's interview
    expectations (guide order) in one UNION query.

    The review page shows every part of the guide and still has to fit the query budget.
    """
    text = CharField()
    points = CredibilityPoint.objects.annotate(
        kind=Value("point", output_field=text), rank=F("order"), rank2=F("order")
    ).values_list("kind", "slug", "name", "rank", "rank2", "order", "pk")
    gaps = (
        Gap.objects.annotate(kind=Value("gap", output_field=text))
        .with_lane_priority(lane_id, "rank")
        .annotate(rank2=F("default_priority"))
        .values_list("kind", "slug", "name", "rank", "rank2", "order", "pk")
    )
    expectations = (
        InterviewExpectation.objects.for_lane(lane_id)
        .annotate(
            kind=Value("expectation", output_field=text),
            slug=Value("", output_field=text),
            rank=F("order"),
            rank2=F("order"),
        )
        .values_list("kind", "slug", "text", "rank", "rank2", "order", "pk")
    )
    # No ORDER BY inside the parts: SQLite refuses one in a compound statement, and
    # the rows are sorted here anyway.
    rows = sorted(
        points.order_by().union(gaps.order_by(), expectations.order_by(), all=True),
        key=lambda r: r[3:],
    )
    return tuple(
        tuple(Named(r[1], r[2]) for r in rows if r[0] == kind)
        for kind in ("point", "gap", "expectation")
    )


class ReviewHandler(Handler):
    """Summarises the other steps through their handlers, given at construction."""

    slug = "review"
    autosaves = False

    def __init__(self, others: Iterable[Handler]):
        self.others = {h.slug: h for h in others}

    def special_post(self, post) -> HttpResponse | None:
        # The review page's only form posts to save_version.
        return HttpResponseNotAllowed(["GET"])

    def load(self, profile):
        # The guide's rows for this lane, kept with the guide's content (roles/guide.py:
        # per content stamp, one entry per lane): no query on a warm process.
        lane_id = profile.lane_id or 0
        points, gaps, expectations = guide.cached(
            f"review:rows:{lane_id}", lambda: guide_rows(profile.lane_id)
        )
        skills = guide.cached(
            f"review:skills:{lane_id}",
            lambda: tuple(Skill.objects.with_emphasis(profile.lane_id)),
        )
        return {
            "points": points,
            "expectations": expectations,
            "skills": list(skills),
            "gaps": gaps,
            "templates": list(guide.message_templates()),
        }

    def build_form(self, content, *, data=None, initial=None):
        return f.SaveVersionForm(data, initial=initial)

    def context(self, form, content, profile, answers):
        texts = current_texts(
            answers,
            lane=profile.lane,
            templates=content["templates"],
            credibility_names={p.slug: p.name for p in content["points"]},
        )
        findings = findings_for(texts, profile, answers, content["templates"])
        # Each step's address once: the "Change" links and what is missing link to them.
        urls = {step.slug: step.url(profile) for step in STEPS}
        return {
            "sections": [
                {"step": step, "rows": rows, "url": urls[step.slug]}
                for step, rows in self.sections(profile, answers, content)
            ],
            "step_urls": urls,
            "texts": list(texts.values()),
            "findings": findings,
            "finding_count": open_count(findings),
            "missing": self.missing_items(profile, answers, content, texts, urls),
            "version_form": form,
            "lane": profile.lane,
            "expectations": [e.name for e in content["expectations"]],
        }

    def sections(self, profile, answers, content) -> list[tuple]:
        ratings = skill_ratings(answers)
        skills = content["skills"]
        return [
            (STEP_BY_SLUG["background"], self.others["background"].summary(answers, content)),
            (STEP_BY_SLUG["credibility"], self.others["credibility"].summary(answers, content)),
            (STEP_BY_SLUG["lane"], [("Target lane", profile.lane.name if profile.lane else "")]),
            (
                STEP_BY_SLUG["skills"],
                [
                    (
                        "Skill gaps (must-know, below working)",
                        ", ".join(s.name for s in skill_gaps(skills, ratings)) if ratings else "",
                    ),
                    (
                        "Rated working or strong",
                        ", ".join(
                            s.name for s in skills if ratings.get(s.slug) in ("working", "strong")
                        ),
                    ),
                ],
            ),
            (STEP_BY_SLUG["gaps"], self.others["gaps"].summary(answers, content)),
        ]

    def missing_items(self, profile, answers, content, texts, urls) -> list[dict]:
        items = []
        for step in STEPS[:-1]:
            if not self.others[step.slug].is_complete(answers):
                items.append({"step": step, "url": urls[step.slug], "text": "not complete yet"})
        saved_points = credibility_texts(answers)
        for point in content["points"]:
            if not (saved_points.get(point.slug) or "").strip():
                step = STEP_BY_SLUG["credibility"]
                items.append(
                    {
                        "step": step,
                        "url": urls[step.slug],
                        "text": f"no evidence for “{point.name}”",
                    }
                )
        used_in: dict[str, list[str]] = {}
        for text in texts.values():
            for slot in text.blanks:
                used_in.setdefault(slot, [])
                if text.name not in used_in[slot]:
                    used_in[slot].append(text.name)
        for slot, names in used_in.items():
            step = STEP_BY_SLUG.get(SLOT_STEP.get(slot, ""), STEP_BY_SLUG["messaging"])
            label = BLANK_LABELS.get(slot, slot.replace("_", " "))
            items.append(
                {
                    "step": step,
                    "url": urls[step.slug],
                    "text": f"{label} is blank in {', '.join(names)}",
                }
            )
        return items

"""The seven steps of the guided form: order, completeness, and per-step handlers.

A handler knows how to load its step's content from the roles app (a fixed number of
queries, whatever the person has saved), build the form, turn valid input into the
answers section it owns, and summarise a saved section for the review page and for
the "another tab saved this" message.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import CharField, Exists, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.urls import reverse

from roles.models import (
    CredibilityPoint,
    Gap,
    GapPriority,
    GlossaryTerm,
    MessageTemplate,
    RoleArchetype,
    Skill,
)

from . import forms as f
from .models import Profile
from .rendering import BLANK_LABELS
from .texts import current_texts


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    number: int
    intro: str = ""

    def url(self, profile) -> str:
        return reverse("profiles:step", args=[profile.pk, self.slug])


STEPS: list[Step] = [
    Step(
        "background", "Background", 1, "Where you are coming from: level, years, domains, AI work."
    ),
    Step(
        "credibility", "Credibility", 2, "Map your own experience onto why the pivot is credible."
    ),
    Step("lane", "Target lane", 3, "Pick the role archetype you are aiming at."),
    Step("skills", "Skills", 4, "Rate yourself on the skills checklist."),
    Step("gaps", "Gaps", 5, "Track the gaps to close, in your lane's order."),
    Step("messaging", "Messaging", 6, "Your positioning copy, generated from your answers."),
    Step("review", "Review", 7, "Everything on one page. Save a version when it reads right."),
]
STEP_BY_SLUG = {s.slug: s for s in STEPS}

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
}


def get_step(slug: str) -> Step:
    try:
        return STEP_BY_SLUG[slug]
    except KeyError as exc:
        raise Http404("No such step") from exc


def next_step(step: Step) -> Step:
    return STEPS[min(step.number, len(STEPS) - 1)]


def is_complete(slug: str, answers: dict) -> bool:
    """Judged from the answers alone, so the step list costs no query."""
    if slug == "background":
        bg = answers.get("background") or {}
        return bool(
            bg.get("level")
            and bg.get("years") is not None
            and (bg.get("edge") or "").strip()
            and any((a.get("name") or "").strip() for a in bg.get("artifacts") or [])
        )
    if slug == "credibility":
        points = answers.get("credibility") or {}
        return bool(points) and all((v or "").strip() for v in points.values())
    if slug == "lane":
        return bool(answers.get("lane"))
    # A skills or gaps form posted as it was shown (every default kept: a double-click on
    # the previous step's Save, say) is saved but does not count as answered.
    if slug == "skills":
        return any(r not in (None, "", "none") for r in (answers.get("skills") or {}).values())
    if slug == "gaps":
        return any(
            (g or {}).get("status") not in (None, "", "not_started") or (g or {}).get("link")
            for g in (answers.get("gaps") or {}).values()
        )
    if slug == "messaging":
        return "messaging" in answers
    return False


def first_incomplete(answers: dict) -> Step:
    for step in STEPS[:-1]:
        if not is_complete(step.slug, answers):
            return step
    return STEPS[-1]


def step_states(profile: Profile, current: Step) -> list[dict]:
    answers = profile.answers or {}
    return [
        {
            "step": s,
            "url": s.url(profile),
            "complete": s.slug != "review" and is_complete(s.slug, answers),
            "current": s == current,
        }
        for s in STEPS
    ]


def error_items(*forms_) -> list[tuple[str, str]]:
    """(anchor id, message) for the error summary, in the order the fields appear."""
    items: list[tuple[str, str]] = []
    for form in forms_:
        if form is None:
            continue
        if isinstance(form, f.forms.BaseFormSet):
            for message in form.non_form_errors():
                first = form.forms[0] if form.forms else None
                anchor = first["name"].auto_id if first else "artifacts"
                items.append((anchor, message))
            for sub in form.forms:
                items.extend(error_items(sub))
            continue
        for message in form.non_field_errors():
            items.append(("step-form", message))
        for bound in form:
            for message in bound.errors:
                items.append((field_anchor(bound), message))
    return items


def field_anchor(bound) -> str:
    # A radio or checkbox group has no element with the field's own id; link the first option.
    if isinstance(bound.field.widget, f.forms.RadioSelect | f.forms.CheckboxSelectMultiple):
        return f"{bound.auto_id}_0"
    return bound.auto_id


def display_choice(choices, value) -> str:
    return dict(choices).get(value, value or "")


# --- handlers ---------------------------------------------------------------------------


class Handler:
    slug = ""

    @property
    def step(self) -> Step:
        return STEP_BY_SLUG[self.slug]

    def load(self, profile: Profile) -> dict:
        return {}

    def initial(self, answers: dict, content: dict) -> dict:
        return {}

    def build_form(self, content: dict, *, data=None, initial=None):
        raise NotImplementedError

    def build_draft(self, content: dict, data):
        """The form for an autosave: what is typed so far, with nothing required yet.

        Completeness is judged from the saved answers (is_complete), so a half-filled step
        can be kept without counting as done.
        """
        form = self.build_form(content, data=data)
        for part in form.parts() if isinstance(form, BackgroundForms) else [form]:
            part.draft = True
            for name, field in getattr(part, "fields", {}).items():
                if name != "revision":
                    field.required = False
        return form

    def to_section(self, form, content: dict, answers: dict):
        raise NotImplementedError

    def context(self, form, content: dict, profile: Profile, answers: dict) -> dict:
        return {}

    def summary(self, answers: dict, content: dict) -> list[tuple[str, str]]:
        return []

    def errors(self, form) -> list[tuple[str, str]]:
        return error_items(form)

    def is_valid(self, form) -> bool:
        return form.is_valid()

    def revision(self, form) -> int:
        return form.cleaned_data["revision"]


class BackgroundForms:
    """The background form and its artifact rows, validated together."""

    def __init__(self, main: f.BackgroundForm, artifacts: f.forms.BaseFormSet):
        self.main = main
        self.artifacts = artifacts

    def is_valid(self) -> bool:
        main_ok = self.main.is_valid()
        artifacts_ok = self.artifacts.is_valid()
        return main_ok and artifacts_ok

    @property
    def cleaned_data(self) -> dict:
        return self.main.cleaned_data

    def parts(self) -> list:
        return [self.main, self.artifacts, *self.artifacts.forms]


def artifact_rows(data) -> list[dict]:
    """The artifact rows as typed, read straight from POST (for add / remove)."""
    try:
        total = int(data.get("artifact-TOTAL_FORMS", 0))
    except (TypeError, ValueError):
        total = 0
    total = max(0, min(total, f.MAX_ARTIFACTS))
    return [
        {k: data.get(f"artifact-{i}-{k}", "") for k in ("name", "url", "proves")}
        for i in range(total)
    ]


class BackgroundHandler(Handler):
    slug = "background"
    fields = ("level", "years", "domains", "domains_other", "edge", "ai_work", "strengths")

    def initial(self, answers, content):
        bg = answers.get("background") or {}
        initial = {k: bg.get(k) for k in self.fields if bg.get(k) not in (None, "", [])}
        initial["artifacts"] = bg.get("artifacts") or []
        return initial

    def build_form(self, content, *, data=None, initial=None):
        if data is not None:
            return BackgroundForms(
                f.BackgroundForm(data), f.ArtifactFormSet(data, prefix="artifact")
            )
        initial = dict(initial or {})
        rows = initial.pop("artifacts", None) or [{}]
        return BackgroundForms(
            f.BackgroundForm(initial=initial), f.ArtifactFormSet(initial=rows, prefix="artifact")
        )

    def typed(self, data, rows: list[dict]) -> BackgroundForms:
        """Unbound forms showing exactly what was typed (after adding or removing a row)."""
        initial = {k: data.get(k, "") for k in self.fields if k != "domains"}
        initial["domains"] = data.getlist("domains")
        initial["revision"] = data.get("revision", "")
        initial["artifacts"] = rows
        return self.build_form({}, initial=initial)

    def to_section(self, form, content, answers):
        data = form.main.cleaned_data
        artifacts = [
            {
                "name": (row.get("name") or "").strip(),
                "url": row.get("url") or "",
                "proves": row.get("proves", "").strip(),
            }
            for row in (sub.cleaned_data for sub in form.artifacts.forms)
            # A draft may hold a row with its name still to come; keep what was typed.
            if any((row.get(k) or "").strip() for k in ("name", "url", "proves"))
        ]
        return {
            "level": data.get("level") or "",
            "years": data.get("years"),
            "domains": data.get("domains") or [],
            "domains_other": (data.get("domains_other") or "").strip(),
            "edge": (data.get("edge") or "").strip(),
            "ai_work": (data.get("ai_work") or "").strip(),
            "strengths": (data.get("strengths") or "").strip(),
            "artifacts": artifacts,
        }

    def errors(self, form):
        return error_items(form.main, form.artifacts)

    def context(self, form, content, profile, answers):
        return {"max_artifacts": f.MAX_ARTIFACTS}

    def revision(self, form):
        return form.main.cleaned_data["revision"]

    def summary(self, answers, content):
        bg = answers.get("background") or {}
        domains = list(bg.get("domains") or [])
        if bg.get("domains_other"):
            domains.append(bg["domains_other"])
        rows = [
            ("Level", bg.get("level") or ""),
            ("Years of experience", "" if bg.get("years") is None else str(bg.get("years"))),
            ("Domains", ", ".join(domains)),
            ("Strongest existing edge", bg.get("edge") or ""),
            ("AI work", bg.get("ai_work") or ""),
            ("Top strengths", bg.get("strengths") or ""),
        ]
        for index, artifact in enumerate(bg.get("artifacts") or [], start=1):
            text = " — ".join(p for p in (artifact.get("name"), artifact.get("proves")) if p)
            if artifact.get("url"):
                text += f" ({artifact['url']})"
            rows.append((f"AI artifact {index}", text))
        return rows


class CredibilityHandler(Handler):
    slug = "credibility"

    def load(self, profile):
        return {"points": list(CredibilityPoint.objects.all())}

    def initial(self, answers, content):
        saved = answers.get("credibility") or {}
        return {f.point_field(p.slug): saved.get(p.slug, "") for p in content["points"]}

    def build_form(self, content, *, data=None, initial=None):
        return f.CredibilityForm(data, initial=initial, points=content["points"])

    def to_section(self, form, content, answers):
        return {p.slug: form.cleaned_data[f.point_field(p.slug)].strip() for p in content["points"]}

    def context(self, form, content, profile, answers):
        return {"points": [(p, form[f.point_field(p.slug)]) for p in content["points"]]}

    def summary(self, answers, content):
        saved = answers.get("credibility") or {}
        return [(p.name, saved.get(p.slug, "")) for p in content["points"]]


class LaneHandler(Handler):
    slug = "lane"

    def load(self, profile):
        archetypes = RoleArchetype.objects.select_related("group").prefetch_related("shares")
        return {"archetypes": list(archetypes)}

    def initial(self, answers, content):
        return {"lane": answers.get("lane")} if answers.get("lane") else {}

    def build_form(self, content, *, data=None, initial=None):
        return f.LaneForm(data, initial=initial, archetypes=content["archetypes"])

    def to_section(self, form, content, answers):
        return form.cleaned_data["lane"]

    def context(self, form, content, profile, answers):
        bound = form["lane"]
        radios = {radio.data["value"]: radio for radio in bound}
        return {
            "lane_field": bound,
            "cards": [(a, radios.get(a.slug)) for a in content["archetypes"]],
        }

    def summary(self, answers, content):
        slug = answers.get("lane")
        names = {a.slug: a.name for a in content.get("archetypes", [])}
        return [("Target lane", names.get(slug, slug or ""))]


def skills_with_emphasis(lane_id):
    """Every checklist skill with its domain and whether the lane emphasizes it: one query."""
    through = RoleArchetype.emphasized_skills.through
    return list(
        Skill.objects.select_related("domain")
        .annotate(
            emphasized=Exists(
                through.objects.filter(skill_id=OuterRef("pk"), rolearchetype_id=lane_id or 0)
            )
        )
        .order_by("domain__order", "domain__pk", "order", "pk")
    )


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

    def load(self, profile):
        return {"skills": skills_with_emphasis(profile.lane_id)}

    def initial(self, answers, content):
        saved = answers.get("skills") or {}
        return {f.skill_field(s.slug): saved.get(s.slug, "none") for s in content["skills"]}

    def build_form(self, content, *, data=None, initial=None):
        return f.SkillsForm(data, initial=initial, skills=content["skills"])

    def to_section(self, form, content, answers):
        return {
            s.slug: form.cleaned_data[f.skill_field(s.slug)] or "none" for s in content["skills"]
        }

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
        saved = answers.get("skills") or {}
        labels = dict(f.RATING_CHOICES)
        return [
            (s.name, labels.get(saved.get(s.slug) or "none", "None")) for s in content["skills"]
        ]


def gaps_for_lane(lane_id):
    """The guide's gaps in the lane's order (its override, else the default): one query."""
    lane_priority = GapPriority.objects.filter(gap_id=OuterRef("pk"), archetype_id=lane_id or 0)
    return list(
        Gap.objects.annotate(
            priority=Coalesce(Subquery(lane_priority.values("priority")[:1]), F("default_priority"))
        ).order_by("priority", "default_priority", "order", "pk")
    )


@dataclass(frozen=True)
class Named:
    slug: str
    name: str


def points_and_gaps(lane_id) -> tuple[list[Named], list[Named]]:
    """Credibility points (guide order) and gaps (lane order) in one UNION query.

    The review page shows every part of the guide and still has to fit the query budget.
    """
    text = CharField()
    lane_priority = GapPriority.objects.filter(gap_id=OuterRef("pk"), archetype_id=lane_id or 0)
    points = CredibilityPoint.objects.annotate(
        kind=Value("point", output_field=text), rank=F("order"), rank2=F("order")
    ).values_list("kind", "slug", "name", "rank", "rank2", "order", "pk")
    gaps = Gap.objects.annotate(
        kind=Value("gap", output_field=text),
        rank=Coalesce(Subquery(lane_priority.values("priority")[:1]), F("default_priority")),
        rank2=F("default_priority"),
    ).values_list("kind", "slug", "name", "rank", "rank2", "order", "pk")
    # No ORDER BY inside the halves: SQLite refuses one in a compound statement, and
    # the rows are sorted here anyway.
    rows = sorted(points.order_by().union(gaps.order_by(), all=True), key=lambda r: r[3:])
    return (
        [Named(r[1], r[2]) for r in rows if r[0] == "point"],
        [Named(r[1], r[2]) for r in rows if r[0] == "gap"],
    )


class GapsHandler(Handler):
    slug = "gaps"

    def load(self, profile):
        return {"gaps": gaps_for_lane(profile.lane_id)}

    def initial(self, answers, content):
        saved = answers.get("gaps") or {}
        initial = {}
        for gap in content["gaps"]:
            entry = saved.get(gap.slug) or {}
            initial[f.gap_status_field(gap.slug)] = entry.get("status") or "not_started"
            initial[f.gap_link_field(gap.slug)] = entry.get("link") or ""
        return initial

    def build_form(self, content, *, data=None, initial=None):
        return f.GapsForm(data, initial=initial, gaps=content["gaps"])

    def to_section(self, form, content, answers):
        return {
            g.slug: {
                "status": form.cleaned_data[f.gap_status_field(g.slug)] or "not_started",
                "link": form.cleaned_data[f.gap_link_field(g.slug)] or "",
            }
            for g in content["gaps"]
        }

    def context(self, form, content, profile, answers):
        return {
            "gap_rows": [
                (g, form[f.gap_status_field(g.slug)], form[f.gap_link_field(g.slug)])
                for g in content["gaps"]
            ],
            "lane": profile.lane,
        }

    def summary(self, answers, content):
        saved = answers.get("gaps") or {}
        rows = []
        for gap in content["gaps"]:
            entry = saved.get(gap.slug) or {}
            text = display_choice(f.GAP_STATUS_CHOICES, entry.get("status") or "not_started")
            if entry.get("link"):
                text += f" ({entry['link']})"
            rows.append((gap.name, text))
        return rows


def findings_for(texts: dict, profile: Profile, answers: dict, templates) -> dict:
    from . import coach

    return coach.check_texts(
        {key: t.text for key, t in texts.items()},
        lane_slug=profile.lane.slug if profile.lane_id and profile.lane else None,
        dismissed=coach.dismissed_for(answers),
        artifacts=coach.artifact_names(answers),
        # The template rows are already loaded: spare the coach its own query for limits.
        limits={t.key: t.max_length for t in templates if t.max_length},
    )


class MessagingHandler(Handler):
    slug = "messaging"

    def load(self, profile):
        return {
            "templates": list(MessageTemplate.objects.all()),
            "points": dict(CredibilityPoint.objects.values_list("slug", "name")),
            "glossary": list(GlossaryTerm.objects.all()),
            "lane": profile.lane,
        }

    def initial(self, answers, content):
        overrides = (answers.get("messaging") or {}).get("overrides") or {}
        return {f.text_field(t.key): overrides.get(t.key, "") for t in content["templates"]}

    def build_form(self, content, *, data=None, initial=None):
        return f.MessagingForm(data, initial=initial, templates=content["templates"])

    def typed_answers(self, form, content, answers: dict) -> dict:
        """The answers with the overrides as currently typed (valid or not)."""
        overrides = {}
        for template in content["templates"]:
            value = form[f.text_field(template.key)].value() or ""
            if value.strip():
                overrides[template.key] = value[: f.OVERRIDE_MAX_LENGTH]
        messaging = dict(answers.get("messaging") or {})
        messaging["overrides"] = overrides
        return {**answers, "messaging": messaging}

    def to_section(self, form, content, answers):
        typed = self.typed_answers(form, content, answers)
        texts = current_texts(
            typed,
            lane=content["lane"],
            templates=content["templates"],
            credibility_names=content["points"],
        )
        overrides = {
            key: value
            for key, value in typed["messaging"]["overrides"].items()
            # Typing the generated text back in is not an override: it should follow edits.
            if value.strip() != texts[key].generated.strip()
        }
        return {**typed["messaging"], "overrides": overrides}

    def context(self, form, content, profile, answers):
        typed = self.typed_answers(form, content, answers)
        texts = current_texts(
            typed,
            lane=profile.lane,
            templates=content["templates"],
            credibility_names=content["points"],
        )
        findings = findings_for(texts, profile, typed, content["templates"])
        # A note shared by several texts ("Build these four lines once…") is said once,
        # above the first of them.
        shown: set[str] = set()
        rows = []
        for t in content["templates"]:
            guidance = "" if t.guidance in shown else t.guidance
            shown.add(t.guidance)
            rows.append(
                {
                    "template": t,
                    "guidance": guidance,
                    "text": texts[t.key],
                    "field": form[f.text_field(t.key)],
                    "findings": findings.get(t.key, []),
                }
            )
        return {
            "text_rows": rows,
            "glossary": content["glossary"],
            "finding_count": sum(
                1 for items in findings.values() for x in items if not x.dismissed
            ),
        }

    def summary(self, answers, content):
        overrides = (answers.get("messaging") or {}).get("overrides") or {}
        return [(t.name, overrides.get(t.key) or "(generated text)") for t in content["templates"]]


class ReviewHandler(Handler):
    slug = "review"

    def load(self, profile):
        points, gaps = points_and_gaps(profile.lane_id)
        return {
            "points": points,
            "skills": skills_with_emphasis(profile.lane_id),
            "gaps": gaps,
            "templates": list(MessageTemplate.objects.all()),
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
        ratings = answers.get("skills") or {}
        sections = [
            (STEP_BY_SLUG["background"], BackgroundHandler().summary(answers, content)),
            (STEP_BY_SLUG["credibility"], CredibilityHandler().summary(answers, content)),
            (
                STEP_BY_SLUG["lane"],
                [("Target lane", profile.lane.name if profile.lane else "")],
            ),
            (
                STEP_BY_SLUG["skills"],
                [
                    (
                        "Skill gaps (must-know, below working)",
                        ", ".join(s.name for s in skill_gaps(content["skills"], ratings))
                        if ratings
                        else "",
                    ),
                    (
                        "Rated working or strong",
                        ", ".join(
                            s.name
                            for s in content["skills"]
                            if ratings.get(s.slug) in ("working", "strong")
                        ),
                    ),
                ],
            ),
            (STEP_BY_SLUG["gaps"], GapsHandler().summary(answers, content)),
        ]
        return {
            "sections": sections,
            "texts": list(texts.values()),
            "findings": findings,
            "finding_count": sum(
                1 for items in findings.values() for x in items if not x.dismissed
            ),
            "missing": missing_items(profile, answers, content, texts),
            "version_form": form,
        }


def missing_items(profile, answers, content, texts) -> list[dict]:
    items = []
    for step in STEPS[:-1]:
        if not is_complete(step.slug, answers):
            items.append({"step": step, "url": step.url(profile), "text": "not complete yet"})
    saved_points = answers.get("credibility") or {}
    for point in content["points"]:
        if not (saved_points.get(point.slug) or "").strip():
            step = STEP_BY_SLUG["credibility"]
            items.append(
                {"step": step, "url": step.url(profile), "text": f"no evidence for “{point.name}”"}
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
                "url": step.url(profile),
                "text": f"{label} is blank in {', '.join(names)}",
            }
        )
    return items


HANDLERS: dict[str, Handler] = {
    h.slug: h
    for h in (
        BackgroundHandler(),
        CredibilityHandler(),
        LaneHandler(),
        SkillsHandler(),
        GapsHandler(),
        MessagingHandler(),
        ReviewHandler(),
    )
}


def handler_for(slug: str) -> Handler:
    get_step(slug)
    return HANDLERS[slug]

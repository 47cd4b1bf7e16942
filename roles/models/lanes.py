"""The guide's groups A-E and role archetypes (the lanes), with their day-to-day shares."""

import re

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from .base import Ordered


class RoleGroup(Ordered):
    """'How to read role descriptions': groups A-E by relationship to the model."""

    letter = models.CharField(max_length=1, unique=True)
    slug = models.SlugField(unique=True)
    relationship = models.CharField(max_length=120, help_text="e.g. Build with models")
    typical_roles = models.CharField(max_length=255)
    fit = models.CharField(max_length=255)

    class Meta(Ordered.Meta):
        verbose_name = "role group"

    def __str__(self) -> str:
        return f"{self.letter}: {self.relationship}"


class RoleArchetype(Ordered):
    name = models.CharField(max_length=120, unique=True)
    short_name = models.CharField(
        max_length=60, help_text="Used where space is tight, e.g. 'Applied AI'."
    )
    slug = models.SlugField(unique=True)
    group = models.ForeignKey(RoleGroup, on_delete=models.PROTECT, related_name="archetypes")
    work_shape = models.TextField()
    best_fit_signal = models.CharField(max_length=255)
    practice_focus = models.TextField("practice / study focus")

    class Meta(Ordered.Meta):
        verbose_name = "role archetype"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("roles:archetype", args=[self.slug])

    @property
    def practice_topics(self) -> str:
        """The practice focus as people can read it: the guide names exercises of a course
        by file ("03_tool_calling_agent") and numbered modules ("learning modules 07-11")
        that a person cannot see. Exercises become their topic in words ("Tool calling
        agent"); module and system-design numbers are left out. Words an editor wrote
        are kept as written."""
        return practice_topics(self.practice_focus)


class SkillEmphasis(Ordered):
    """One of a lane's "skills to emphasize": the guide's words, shown on the lane's card,
    and the checklist skills they point at, highlighted on the Skills step for the lane.

    One row holds both, so the words people read and the skills marked for them cannot
    drift apart.
    """

    archetype = models.ForeignKey(
        RoleArchetype, on_delete=models.CASCADE, related_name="skill_emphases"
    )
    wording = models.CharField(
        max_length=120, help_text="As the guide says it, e.g. 'cost/latency'."
    )
    skills = models.ManyToManyField(
        "Skill",
        blank=True,
        related_name="emphases",
        help_text="The checklist skills these words point at.",
    )

    class Meta(Ordered.Meta):
        verbose_name = "skill to emphasize"
        verbose_name_plural = "skills to emphasize"
        constraints = [
            models.UniqueConstraint(
                fields=["archetype", "wording"], name="skill_emphasis_once_per_lane"
            )
        ]

    def __str__(self) -> str:
        return self.wording


class DayToDayShare(Ordered):
    archetype = models.ForeignKey(RoleArchetype, on_delete=models.CASCADE, related_name="shares")
    activity = models.CharField(max_length=120)
    percent = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    class Meta(Ordered.Meta):
        verbose_name = "day-to-day share"

    def __str__(self) -> str:
        return f"{self.percent}% {self.activity}"


# "03_tool_calling_agent": a course exercise's file name.
_EXERCISE = re.compile(r"^\d{2}_([a-z0-9_]+)$")
# "learning modules 07-11", "Modules 06", "system design 02-04", "16": course numbering.
_NUMBERED = re.compile(r"^(?:(?:learning\s+)?modules?|system\s+design)?\s*[\d\s,\-–]+$", re.I)
_ACRONYMS = {"rag": "RAG", "llm": "LLM", "ai": "AI", "api": "API", "ci": "CI"}


def practice_topics(text: str) -> str:
    topics: list[str] = []
    changed = False
    for part in re.split(r"\s*[;+]\s*|,\s*(?=\d{2}_)", text or ""):
        part = part.strip().rstrip(".")
        if not part:
            continue
        if _NUMBERED.match(part):
            changed = True
            continue
        exercise = _EXERCISE.match(part)
        if exercise:
            changed = True
            part = " ".join(_ACRONYMS.get(w, w) for w in exercise.group(1).split("_"))
        topics.append(part[:1].upper() + part[1:])
    return "; ".join(topics) if changed else (text or "").strip()

"""The guide's groups A-E and role archetypes (the lanes), with their day-to-day shares."""

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
    skills_to_emphasize = models.TextField(help_text="Comma-separated, as the guide lists them.")
    practice_focus = models.TextField("practice / study focus")
    emphasized_skills = models.ManyToManyField(
        "Skill",
        blank=True,
        related_name="emphasized_by",
        help_text="Checklist skills highlighted for people who pick this lane.",
    )

    class Meta(Ordered.Meta):
        verbose_name = "role archetype"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("roles:archetype", args=[self.slug])

    @property
    def skills_to_emphasize_list(self) -> list[str]:
        return [s.strip() for s in self.skills_to_emphasize.split(",") if s.strip()]


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

"""The skills checklist and the gaps to close, with each lane's own gap priorities."""

from django.core.validators import MinValueValidator
from django.db import models

from ..querysets import GapQuerySet, SkillQuerySet
from .base import Ordered
from .lanes import RoleArchetype


class SkillDomain(Ordered):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(unique=True)

    class Meta(Ordered.Meta):
        verbose_name = "skill domain"

    def __str__(self) -> str:
        return self.name


class Skill(Ordered):
    MUST = "must"
    STRETCH = "stretch"
    LEVEL_CHOICES = [(MUST, "Must know well"), (STRETCH, "Useful stretch")]

    domain = models.ForeignKey(SkillDomain, on_delete=models.CASCADE, related_name="skills")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    level = models.CharField(max_length=10, choices=LEVEL_CHOICES, default=MUST)

    objects = SkillQuerySet.as_manager()

    class Meta(Ordered.Meta):
        constraints = [
            models.UniqueConstraint(fields=["domain", "name"], name="skill_unique_per_domain")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_must(self) -> bool:
        return self.level == self.MUST


class Gap(Ordered):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(unique=True)
    default_priority = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    why_it_matters = models.TextField()
    deliverable = models.TextField("concrete deliverable")

    objects = GapQuerySet.as_manager()

    class Meta:
        ordering = ["default_priority", "order", "pk"]

    def __str__(self) -> str:
        return self.name


class GapPriority(models.Model):
    """A lane's own priority for a gap ('adjust priority to your target lane')."""

    gap = models.ForeignKey(Gap, on_delete=models.CASCADE, related_name="lane_priorities")
    archetype = models.ForeignKey(
        RoleArchetype, on_delete=models.CASCADE, related_name="gap_priorities"
    )
    priority = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    # The guide gives one order for every lane ("adjust priority to your target lane"); a
    # lane's own order is Pivot's reading of it, and people are told so.
    is_suggested = models.BooleanField(
        "Pivot's suggestion",
        default=True,
        help_text="Ticked when the guide does not give this priority: the lane's order is "
        "then shown as Pivot's suggested order.",
    )

    class Meta:
        verbose_name = "priority for a lane"
        verbose_name_plural = "priorities per lane"
        ordering = ["archetype__order", "priority"]
        constraints = [
            models.UniqueConstraint(fields=["gap", "archetype"], name="gap_priority_once_per_lane"),
            models.CheckConstraint(
                condition=models.Q(priority__gte=1), name="gap_priority_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.gap} for {self.archetype}: {self.priority}"

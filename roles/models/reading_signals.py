"""What the posting reader looks for in a job posting."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from .lanes import RoleArchetype, RoleGroup
from .skills import Skill

WEIGHT_MIN, WEIGHT_MAX = -10, 10
WEIGHT_MESSAGE = (
    f"A weight is a whole number from {WEIGHT_MIN} to {WEIGHT_MAX}, not 0: 1 is a faint "
    "hint, 10 decides on its own, and a negative weight counts against."
)


class ReadingSignal(models.Model):
    """A phrase the posting reader looks for, and what finding it says about a posting.

    Each row points at exactly one of a group, an archetype or a checklist skill, so an
    editor sees every signal of a thing inline on that thing's admin page.
    """

    group = models.ForeignKey(
        RoleGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="signals"
    )
    archetype = models.ForeignKey(
        RoleArchetype, null=True, blank=True, on_delete=models.CASCADE, related_name="signals"
    )
    skill = models.ForeignKey(
        Skill, null=True, blank=True, on_delete=models.CASCADE, related_name="signals"
    )
    phrase = models.CharField(
        max_length=120,
        help_text="Matched as whole words in any capitalisation; a hyphen matches a space "
        "or nothing, and a trailing s or es is allowed. Write it in the singular.",
    )
    synonyms = models.TextField(
        blank=True, help_text="Other ways postings say the same thing, one per line."
    )
    weight = models.SmallIntegerField(
        default=3,
        validators=[MinValueValidator(WEIGHT_MIN), MaxValueValidator(WEIGHT_MAX)],
        help_text=WEIGHT_MESSAGE,
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        verbose_name = "reading signal"
        ordering = ["phrase", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(group__isnull=False, archetype__isnull=True, skill__isnull=True)
                    | models.Q(group__isnull=True, archetype__isnull=False, skill__isnull=True)
                    | models.Q(group__isnull=True, archetype__isnull=True, skill__isnull=False)
                ),
                name="reading_signal_one_target",
            ),
            models.CheckConstraint(
                condition=models.Q(weight__gte=WEIGHT_MIN, weight__lte=WEIGHT_MAX)
                & ~models.Q(weight=0),
                name="reading_signal_weight_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.phrase} → {self.target}"

    @property
    def target(self):
        return self.group or self.archetype or self.skill

    @property
    def synonyms_list(self) -> list[str]:
        return [s.strip() for s in self.synonyms.splitlines() if s.strip()]

    @property
    def phrases(self) -> list[str]:
        return [self.phrase.strip(), *self.synonyms_list]

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        targets = [t for t in (self.group_id, self.archetype_id, self.skill_id) if t]
        if len(targets) != 1:
            errors["__all__"] = "Choose exactly one of a group, an archetype or a skill."
        if self.weight == 0:
            errors["weight"] = WEIGHT_MESSAGE
        if not any(ch.isalnum() for ch in self.phrase):
            errors["phrase"] = "A phrase needs at least one letter or digit."
        if errors:
            raise ValidationError(errors)

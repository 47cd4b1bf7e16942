"""The guide's short lists: interview expectations, credibility points, glossary."""

from django.db import models

from ..querysets import InterviewExpectationQuerySet
from .base import Ordered
from .lanes import RoleArchetype


class InterviewExpectation(Ordered):
    text = models.CharField(max_length=255)
    only_for = models.ForeignKey(
        RoleArchetype,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interview_expectations",
        help_text="Leave empty when it applies to every lane.",
    )

    objects = InterviewExpectationQuerySet.as_manager()

    class Meta(Ordered.Meta):
        verbose_name = "interview expectation"

    def __str__(self) -> str:
        return self.text


class CredibilityPoint(Ordered):
    """'Why the pivot is credible': a point the person maps their own experience onto."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(unique=True)
    hint = models.CharField(max_length=255)

    class Meta(Ordered.Meta):
        verbose_name = "credibility point"

    def __str__(self) -> str:
        return self.name


class GlossaryTerm(Ordered):
    term = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(unique=True)
    meaning = models.CharField(max_length=255)

    class Meta(Ordered.Meta):
        verbose_name = "glossary term"

    def __str__(self) -> str:
        return self.term

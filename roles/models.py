"""The guide's reference content. Every row is editable by staff in Django admin."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from . import patterns
from .placeholders import PLACEHOLDERS, unknown_placeholders
from .querysets import GapQuerySet, SkillQuerySet


class Ordered(models.Model):
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")

    class Meta:
        abstract = True
        ordering = ["order", "pk"]


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


class MessageTemplate(Ordered):
    POSITIONING = "positioning"
    SNIPPET = "snippet"
    LINKEDIN = "linkedin"
    SECTION_CHOICES = [
        (POSITIONING, "Core positioning statement"),
        (SNIPPET, "Messaging snippet"),
        (LINKEDIN, "LinkedIn copy"),
    ]

    key = models.SlugField(
        max_length=60, unique=True, help_text="Stable name the app uses; do not change."
    )
    name = models.CharField(max_length=120)
    section = models.CharField(max_length=20, choices=SECTION_CHOICES, default=POSITIONING)
    body = models.TextField(
        help_text="Text with named slots in braces, e.g. {years}. Allowed: "
        + ", ".join("{" + name + "}" for name in PLACEHOLDERS)
    )
    guidance = models.TextField(blank=True, help_text="Advice shown beside the text.")
    max_length = models.PositiveIntegerField(
        null=True, blank=True, help_text="Character limit where the text is pasted, if any."
    )

    class Meta(Ordered.Meta):
        verbose_name = "message template"

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        try:
            unknown = unknown_placeholders(self.body)
        except ValueError as exc:
            raise ValidationError(
                {"body": f"The braces do not match ({exc}). Write a slot as {{name}}."}
            ) from exc
        if unknown:
            allowed = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
            raise ValidationError(
                {
                    "body": f"Unknown placeholder {', '.join('{' + n + '}' for n in unknown)}. "
                    f"Allowed placeholders: {allowed}."
                }
            )


class MessagingRule(Ordered):
    """One of the coach's checks. The guide's nine rows keep their words in `text`."""

    # The stored values stay "rule"/"avoid": the guide's rows were seeded with them.
    REQUIREMENT = "rule"
    AVOID = "avoid"
    RULE = REQUIREMENT  # older name, kept for code written against the first shape
    KIND_CHOICES = [(REQUIREMENT, "Requirement"), (AVOID, "Phrase to avoid")]

    PHRASE = "phrase"
    REGEX = "regex"
    MATCH_CHOICES = [(PHRASE, "Phrase (any capitalisation)"), (REGEX, "Regular expression")]

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    SEVERITY_CHOICES = [(ERROR, "Error"), (WARNING, "Warning"), (INFO, "Suggestion")]

    # What a requirement checks. A phrase to avoid always means "flag every match".
    GUIDANCE = "guidance"
    AVOID_WORDING = "avoid_wording"
    NEEDS_NUMBER = "needs_number"
    LEADS_WITH_SHIPPED_WORK = "leads_with_shipped_work"
    FRAMEWORK_COUNT = "framework_count"
    MAX_LENGTH = "max_length"
    VAGUE_CLAIM = "vague_claim"
    CHECK_CHOICES = [
        (GUIDANCE, "Guidance only (never flags)"),
        (AVOID_WORDING, "Flag every match of the pattern"),
        (NEEDS_NUMBER, "Needs a figure: flag when the pattern does not match"),
        (
            LEADS_WITH_SHIPPED_WORK,
            "Leads with shipped work: the first sentence must match the pattern "
            "or name one of the person's artifacts",
        ),
        (FRAMEWORK_COUNT, "Framework count: flag when at least 'threshold' terms appear"),
        (MAX_LENGTH, "Over the text's character limit"),
        (
            VAGUE_CLAIM,
            "Vague claim: flag a match when its sentence has no figure (a digit, % or a "
            "number word)",
        ),
    ]

    kind = models.CharField(max_length=10, choices=KIND_CHOICES)
    slug = models.SlugField(max_length=80, unique=True)
    text = models.CharField(
        "rule", max_length=255, help_text="The rule or snippet as the guide says it."
    )
    pattern = models.TextField(
        blank=True,
        help_text="What to look for, matched in any capitalisation. A phrase matches whole "
        "words with any spacing; a regular expression uses Python syntax.",
    )
    match_as = models.CharField(max_length=10, choices=MATCH_CHOICES, default=PHRASE)
    check_type = models.CharField(
        "requirement check",
        max_length=30,
        choices=CHECK_CHOICES,
        default=AVOID_WORDING,
        help_text="Only used by requirements.",
    )
    terms = models.TextField(
        blank=True,
        help_text="For a framework count: the framework names, one per line.",
    )
    threshold = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="For a framework count: how many names make a finding (e.g. 3).",
    )
    severity = models.CharField(max_length=10, choices=SEVERITY_CHOICES, default=WARNING)
    explanation = models.TextField(blank=True, help_text="Why it matters, shown with a finding.")
    fix = models.TextField("suggested fix", blank=True, help_text="How to fix it.")
    lanes = models.ManyToManyField(
        RoleArchetype,
        blank=True,
        related_name="messaging_rules",
        help_text="Only check profiles targeting these lanes. Leave empty for every lane.",
    )
    applies_to = models.CharField(
        max_length=255,
        blank=True,
        help_text="Message template keys it checks, comma-separated (e.g. pitch, opener, "
        "linkedin_about). Leave empty for every text.",
    )
    is_active = models.BooleanField(default=True)

    class Meta(Ordered.Meta):
        verbose_name = "messaging rule"

    def __str__(self) -> str:
        return self.text

    @property
    def applies_to_keys(self) -> list[str]:
        return [k.strip() for k in self.applies_to.split(",") if k.strip()]

    @property
    def terms_list(self) -> list[str]:
        return [t.strip() for t in self.terms.splitlines() if t.strip()]

    @property
    def is_requirement(self) -> bool:
        return self.kind == self.REQUIREMENT

    def regex(self) -> re.Pattern | None:
        """The pattern compiled case-insensitively; None when there is none.

        Raises patterns.PatternError for one that does not compile or could stall.
        """
        return self.compile_pattern(self.pattern, regex=self.match_as == self.REGEX)

    @staticmethod
    def compile_pattern(pattern: str, *, regex: bool) -> re.Pattern | None:
        """See roles/patterns.py: linear-time matching, or a PatternError saying why not."""
        return patterns.compile_pattern(pattern, regex=regex)

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        try:
            self.regex()
        except patterns.PatternError as exc:
            errors["pattern"] = str(exc)
        if self.uses_pattern and not self.pattern.strip():
            errors["pattern"] = "This kind of rule needs a pattern."
        if self.is_requirement and self.check_type == self.FRAMEWORK_COUNT:
            if not self.terms_list:
                errors["terms"] = "List the framework names, one per line."
            if not self.threshold:
                errors["threshold"] = "Say how many framework names make a finding."
        if errors:
            raise ValidationError(errors)

    @property
    def uses_pattern(self) -> bool:
        return self.kind == self.AVOID or self.check_type in (
            self.AVOID_WORDING,
            self.NEEDS_NUMBER,
            self.LEADS_WITH_SHIPPED_WORK,
            self.VAGUE_CLAIM,
        )


class GlossaryTerm(Ordered):
    term = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(unique=True)
    meaning = models.CharField(max_length=255)

    class Meta(Ordered.Meta):
        verbose_name = "glossary term"

    def __str__(self) -> str:
        return self.term


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

"""The texts people send and the coach's rules that check them."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models

from .. import patterns
from ..placeholders import PLACEHOLDERS, unknown_placeholders
from .base import Ordered
from .lanes import RoleArchetype


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
    # The copy lint's checks that are not one pattern (profiles/coach/lint_checks.py).
    DOUBLED_WORDS = "doubled_words"
    REPEATED_FIGURE = "repeated_figure"
    NAME_CASE = "name_case"
    CHECK_CHOICES = [
        (GUIDANCE, "Guidance only (never flags)"),
        (AVOID_WORDING, "Flag every match of the pattern"),
        (
            NEEDS_NUMBER,
            "Needs the pattern (a figure, AI words…): flag when the pattern does not match",
        ),
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
        (
            DOUBLED_WORDS,
            "Doubled words: flag a word written twice in a row (“the the”), and every match "
            "of the pattern (doubled joins such as “and plus”)",
        ),
        (
            REPEATED_FIGURE,
            "Repeated figure: flag a figure (94%, $1.2M, 3x, 1,100, 11 to 4) stated twice in "
            "one text",
        ),
        (
            NAME_CASE,
            "Name case: flag one of the person's artifact names written in another case",
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
    copy_lint = models.BooleanField(
        "part of the copy lint",
        default=False,
        help_text="A check of how the text reads (broken sentences, limits, private notes), "
        "not of what the person chose to say. Pivot also runs these on the texts it "
        "generates, and tries a simpler wording when one fires.",
    )
    shown_before_texts = models.BooleanField(
        "show before the texts",
        default=False,
        help_text="List it on the Messaging step above the person's texts, as advice to "
        "write by (the guide's own rules and snippets are). The coach checks every active "
        "rule either way.",
    )

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
        )  # a doubled-words rule's pattern (the doubled joins) is optional


class LaneLine(models.Model):
    """A lane's own words in the generated copy: the headline's role and middle part,
    the opener's lane sentence, the closing signal line. The lane's words describe the
    target role; the person's answers describe their past (issue 20)."""

    HEADLINE_ROLE = "headline_role"
    HEADLINE_FOCUS = "headline_focus"
    OPENER_LANE = "opener_lane"
    SIGNAL = "signal"
    KIND_CHOICES = [
        (HEADLINE_ROLE, "Headline: role title"),
        (HEADLINE_FOCUS, "Headline: middle part (the lane's focus)"),
        (OPENER_LANE, "Opener: the lane sentence (the role wanted, said aloud)"),
        (SIGNAL, "Signal line closing the About and the intro message"),
    ]

    archetype = models.ForeignKey(RoleArchetype, on_delete=models.CASCADE, related_name="lines")
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    text = models.CharField(
        max_length=300,
        help_text="Words about the role wanted, never a claim about the person's work.",
    )
    is_suggested = models.BooleanField(
        "Pivot's suggestion",
        default=True,
        help_text="Ticked when the guide does not give this line for the lane: it is then "
        "shown as Pivot's suggestion.",
    )

    class Meta:
        verbose_name = "lane line"
        ordering = ["archetype__order", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["archetype", "kind"], name="lane_line_once_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.archetype}: {self.get_kind_display()}"

"""Admin forms for the guide's content: validation a content editor sees next to the field."""

from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html, format_html_join

from pivotapp.forms import Form, ModelForm

from .models import (
    WEIGHT_MESSAGE,
    DayToDayShare,
    Gap,
    GapPriority,
    MessageTemplate,
    ReadingSignal,
    Skill,
    SkillEmphasis,
)
from .placeholders import PLACEHOLDERS
from .reading.language import looks_binary
from .reading.work import is_work_phrase, parse

DAY_TO_DAY_TOTAL = 100

PRIORITY_HELP = "1 is the most urgent. Whole numbers from 1 up."
PRIORITY_MESSAGE = "Priority must be 1 or more (1 is the most urgent)."


def priority_field(**kwargs) -> forms.IntegerField:
    # The model's validator says "greater than or equal to 1"; editors think in "1 = first".
    return forms.IntegerField(
        min_value=1,
        max_value=32767,
        help_text=PRIORITY_HELP,
        error_messages={"min_value": PRIORITY_MESSAGE},
        widget=forms.NumberInput(attrs={"class": "vIntegerField"}),  # admin's narrow box
        **kwargs,
    )


SHARE_MESSAGE = "A share is a whole percentage from 1 to 100."


class DayToDayShareForm(ModelForm):
    percent = forms.IntegerField(
        label="Percent",
        min_value=1,
        max_value=100,
        error_messages={"min_value": SHARE_MESSAGE, "max_value": SHARE_MESSAGE},
        widget=forms.NumberInput(attrs={"class": "vIntegerField"}),
    )

    class Meta:
        model = DayToDayShare
        fields = ["activity", "percent", "order"]


class DayToDayShareFormSet(BaseInlineFormSet):
    """An archetype's day-to-day shares are one pie: they must add up to exactly 100%.

    Admin validates every form and formset before it saves anything (and the whole change
    view runs in one transaction), so a wrong total leaves the archetype as it was.
    """

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            # Per-row messages come first; a total over half-typed rows would only confuse.
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE", False)
        ]
        activities = [form.cleaned_data["activity"].strip().lower() for form in kept]
        duplicates = sorted({a for a in activities if activities.count(a) > 1})
        if duplicates:
            raise forms.ValidationError(
                "Each activity can appear only once; %(names)s is listed twice.",
                code="duplicate_activity",
                params={"names": ", ".join(f"“{name}”" for name in duplicates)},
            )
        total = sum(form.cleaned_data["percent"] for form in kept)
        if total != DAY_TO_DAY_TOTAL:
            difference = DAY_TO_DAY_TOTAL - total
            advice = (
                f"add {difference} percentage points"
                if difference > 0
                else f"remove {-difference} percentage points"
            )
            raise forms.ValidationError(
                "The day-to-day shares must add up to 100%%; they add up to %(total)s%%. "
                "Change the percentages to %(advice)s.",
                code="day_to_day_total",
                params={"total": total, "advice": advice},
            )


def placeholder_help() -> str:
    items = format_html_join(
        "",
        "<li><code>{{{}}}</code> — {}</li>",
        ((name, text) for name, text in PLACEHOLDERS.items()),
    )
    return format_html(
        "Write a slot as its name in braces, e.g. <code>{{years}}</code>. "
        "Only these slots are allowed:<ul class='placeholder-list'>{}</ul>",
        items,
    )


class MessageTemplateAdminForm(ModelForm):
    class Meta:
        model = MessageTemplate
        fields = ["name", "key", "section", "order", "body", "guidance", "max_length"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 6, "cols": 80}),
            "guidance": forms.Textarea(attrs={"rows": 3, "cols": 80}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # MessageTemplate.clean() checks the slots and puts its message on "body".
        self.fields["body"].help_text = placeholder_help()


class GapAdminForm(ModelForm):
    default_priority = priority_field(label="Default priority")

    class Meta:
        model = Gap
        fields = ["name", "slug", "default_priority", "order", "why_it_matters", "deliverable"]


class GapPriorityForm(ModelForm):
    """One lane's priority for one gap; inline on the gap and on the lane, each of which
    leaves out its own field."""

    priority = priority_field(label="Priority")

    class Meta:
        model = GapPriority
        fields = ["gap", "archetype", "priority", "is_suggested"]


class ChecklistSkillField(forms.ModelMultipleChoiceField):
    # Skill names repeat across domains' wording ("evals", "evaluation basics"): say which.
    def label_from_instance(self, obj: Skill) -> str:
        return f"{obj.domain.name}: {obj.name}"


class SkillEmphasisForm(ModelForm):
    skills = ChecklistSkillField(
        label="Checklist skills",
        queryset=Skill.objects.select_related("domain").order_by("domain__order", "order", "pk"),
        required=False,
        help_text="Highlighted on the Skills step for people on this lane.",
        # Admin's chooser: the chosen skills in their own box, a plain list without JS.
        widget=FilteredSelectMultiple("checklist skills", is_stacked=False),
    )

    class Meta:
        model = SkillEmphasis
        fields = ["wording", "skills", "order"]


class SkillEmphasisFormSet(BaseInlineFormSet):
    """A lane's skills to emphasize are one list on its card: each wording once."""

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        words = [
            form.cleaned_data["wording"].strip()
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE", False)
        ]
        spellings: dict[str, list[str]] = {}
        for word in words:
            spellings.setdefault(word.casefold(), []).append(word)
        # Named once each, as first typed: "RAG" and "rag" are the same words on a card.
        twice = [same[0] for same in spellings.values() if len(same) > 1]
        if twice:
            raise forms.ValidationError(
                "Each skill to emphasize can appear only once; %(names)s is listed twice.",
                code="duplicate_emphasis",
                params={"names": ", ".join(f"“{name}”" for name in twice)},
            )


POSTING_MAX_CHARS = 20_000
POSTING_EMPTY = "Paste the text of a job posting to read it."
POSTING_BINARY = (
    "This looks like the contents of a file, not text. Open the posting in a browser or "
    "document, copy its text and paste that."
)


class PostingForm(Form):
    """The reader's one field. Never a maxlength attribute: a browser would cut a long
    posting silently, where the message below says what to do."""

    text = forms.CharField(
        label="Job posting",
        strip=False,
        required=False,
        widget=forms.Textarea(
            attrs={"rows": 14, "cols": 80, "aria-describedby": "posting-hint posting-error"}
        ),
    )

    def __init__(self, data=None, *args, **kwargs) -> None:
        self.had_nul = False
        if data is not None and "\x00" in data.get("text", ""):
            # Kept for the person to see, but a NUL cannot go back into the page.
            data = data.copy()
            data["text"] = data["text"].replace("\x00", "\ufffd")
            self.had_nul = True
        super().__init__(data, *args, **kwargs)
        # CharField refuses NUL with a message about "null characters"; ours says more.
        self.fields["text"].validators = []

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].replace("\r\n", "\n").replace("\r", "\n")
        if self.had_nul or looks_binary(text):
            raise forms.ValidationError(POSTING_BINARY, code="binary")
        if not text.strip():
            raise forms.ValidationError(POSTING_EMPTY, code="empty")
        if len(text) > POSTING_MAX_CHARS:
            raise forms.ValidationError(
                "The posting is %(length)s characters; the reader takes up to %(limit)s. "
                "Leave out the benefits and company description and paste the rest.",
                code="too_long",
                params={"length": f"{len(text):,}", "limit": f"{POSTING_MAX_CHARS:,}"},
            )
        return text


class ReadingSignalForm(ModelForm):
    # The model's validators would say "less than or equal to 10"; editors need the why.
    weight = forms.IntegerField(
        label="Weight",
        min_value=-10,
        max_value=10,
        initial=3,
        help_text="1 is a faint hint, 10 decides on its own; negative counts against.",
        error_messages={"min_value": WEIGHT_MESSAGE, "max_value": WEIGHT_MESSAGE},
        widget=forms.NumberInput(attrs={"class": "vIntegerField"}),
    )

    class Meta:
        model = ReadingSignal
        fields = ["group", "archetype", "skill", "phrase", "synonyms", "weight", "is_active"]
        widgets = {"synonyms": forms.Textarea(attrs={"rows": 3, "cols": 40})}
        help_texts = {
            "synonyms": "Other ways postings say the same thing, one per line. Work written "
            "out: screen|filter ... prompt|output finds a word of the first list followed "
            "within four words by one of the second, in one sentence, in any inflection "
            "(screened prompts, filtering outputs).",
        }

    def clean_weight(self) -> int:
        weight = self.cleaned_data["weight"]
        if weight == 0:
            raise forms.ValidationError(WEIGHT_MESSAGE, code="zero_weight")
        return weight

    def clean_phrase(self) -> str:
        phrase = self.cleaned_data["phrase"]
        _check_work(phrase)
        return phrase

    def clean_synonyms(self) -> str:
        # One per line, as the reader splits them; a comma list is the likely slip.
        lines = [s.strip() for s in self.cleaned_data["synonyms"].splitlines() if s.strip()]
        if any("," in line for line in lines):
            raise forms.ValidationError(
                "Put each synonym on its own line; commas are read as part of the phrase.",
                code="synonym_commas",
            )
        for line in lines:
            _check_work(line)
        return "\n".join(lines)


def _check_work(line: str) -> None:
    # The reader skips a work phrase with an empty side; say so rather than let it sit idle.
    if is_work_phrase(line) and parse(line) is None:
        raise forms.ValidationError(
            f"“{line}”: put words on both sides of “...”, alternatives split by |.",
            code="work_phrase_side",
        )

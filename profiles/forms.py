"""Forms for the profile pages and the seven steps.

Step forms are built from the roles app's rows at request time (points, archetypes, skills,
gaps, templates), so an admin edit shows up on the next page load.
"""

from __future__ import annotations

import copy

from django import forms
from django.core.validators import URLValidator

from pivotapp.forms import Form

from .choices import GapStatus, Rating

LEVEL_CHOICES = [(v, v) for v in ("Senior", "SDE2", "Staff", "Lead", "Principal", "Other")]
# The guide's own examples for "[your domains]"; anything else goes in the free-text box.
DOMAIN_CHOICES = [(v, v) for v in ("backend", "mobile", "cloud", "data")]
RATING_CHOICES = Rating.choices
RATING_ORDER = {value: index for index, (value, _label) in enumerate(RATING_CHOICES)}
GAP_STATUS_CHOICES = GapStatus.choices
MAX_ARTIFACTS = 5
OVERRIDE_MAX_LENGTH = 5000


class HttpURLField(forms.URLField):
    """A link people will click: only http and https, never javascript: or file:."""

    default_validators = [URLValidator(schemes=["http", "https"])]
    default_error_messages = {"invalid": "Enter a link that starts with http:// or https://"}

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        kwargs.setdefault("max_length", 500)
        super().__init__(**kwargs)


class TellNotTruncate:
    """Drop the HTML maxlength attribute: a browser silently cuts pasted text at the limit,
    and the person never learns why. The server-side check stays and explains instead."""

    def __getitem__(self, name):
        bound = super().__getitem__(name)
        bound.field.widget.attrs.pop("maxlength", None)
        return bound


class StepForm(TellNotTruncate, Form):
    """Every step form carries the working copy's revision it was rendered from."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class ProfileNameForm(Form):
    name = forms.CharField(
        label="Profile name",
        max_length=80,
        help_text="For example the lane you are aiming at: “Applied AI” or “AI platform”.",
        error_messages={"required": "Enter a name for the profile"},
    )


def optional_text(label: str, help_text: str, *, max_length: int = 300) -> forms.CharField:
    return forms.CharField(label=label, max_length=max_length, required=False, help_text=help_text)


class BackgroundForm(StepForm):
    level = forms.ChoiceField(
        label="Your level",
        choices=LEVEL_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose your level"},
    )
    years = forms.IntegerField(
        label="Years of experience",
        min_value=0,
        max_value=50,
        help_text="A whole number from 0 to 50.",
        error_messages={
            "required": "Enter your years of experience",
            "invalid": "Years of experience must be a whole number, like 8",
            "min_value": "Years of experience must be 0 or more",
            "max_value": "Years of experience must be 50 or less",
        },
    )
    domains = forms.MultipleChoiceField(
        label="Domains you have worked across",
        choices=DOMAIN_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    domains_other = optional_text(
        "Other domains", "Separate them with commas, e.g. payments, search.", max_length=200
    )
    edge = forms.CharField(
        label="Your strongest existing edge",
        max_length=300,
        help_text="What you are already known for, as a phrase that follows “I’m known "
        "for”, e.g. payments reliability at 4,000 requests per second.",
        error_messages={"required": "Enter your strongest existing edge"},
    )
    ai_work = optional_text(
        "Your AI work",
        "What you work on now, as short phrases separated by commas that follow “Today I "
        "work on”, e.g. agents, RAG, evals.",
    )
    strengths = optional_text(
        "Your top 2–3 strengths",
        "Two or three short phrases separated by commas, what teams come to you for, e.g. "
        "debugging, rollout safety, eval design.",
    )


ARTIFACT_TEXT_FIELDS = ("name", "what", "result", "scale", "url")


class ArtifactForm(TellNotTruncate, Form):
    name = forms.CharField(
        label="Name",
        max_length=120,
        required=False,
        help_text="Exactly as you want it written, e.g. Runbook Copilot or menu-parser.",
    )
    what = forms.CharField(
        label="What it is",
        max_length=200,
        required=False,
        help_text="A phrase that follows “I built Runbook Copilot,”, e.g. an LLM "
        "summarizer for shipment exceptions.",
    )
    result = forms.CharField(
        label="What it changed (optional)",
        max_length=200,
        required=False,
        help_text="Best with a number, e.g. cut triage from 11 to 4 minutes.",
    )
    scale = forms.CharField(
        label="Who uses it, or at what scale (optional)",
        max_length=120,
        required=False,
        help_text="e.g. 40 support agents, or 2M requests a day.",
    )
    url = HttpURLField(
        label="Link (optional)", required=False, help_text="Starts with http:// or https://"
    )

    # An autosaved draft keeps a half-typed row; only "Save and continue" asks for it whole.
    draft = False

    def clean(self):
        data = super().clean()
        if self.draft:
            return data
        filled = any((data.get(k) or "").strip() for k in ARTIFACT_TEXT_FIELDS)
        if filled and not (data.get("name") or "").strip() and "name" not in self.errors:
            self.add_error("name", "Enter the artifact’s name")
        if filled and not (data.get("what") or "").strip() and "what" not in self.errors:
            self.add_error("what", "Say what the artifact is, e.g. an LLM summarizer for …")
        return data


class BaseArtifactFormSet(forms.BaseFormSet):
    draft = False
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_many_forms": "Add at most %(num)d artifacts",
    }

    def clean(self):
        super().clean()
        if self.draft or any(self.errors):
            return
        named = [f for f in self.forms if (f.cleaned_data.get("name") or "").strip()]
        if not named:
            raise forms.ValidationError("Add at least one AI artifact", code="min_artifacts")


ArtifactFormSet = forms.formset_factory(
    ArtifactForm,
    formset=BaseArtifactFormSet,
    extra=0,
    max_num=MAX_ARTIFACTS,
    absolute_max=MAX_ARTIFACTS,
    validate_max=True,
)


def point_field(slug: str) -> str:
    return f"point__{slug}"


def skill_field(slug: str) -> str:
    return f"skill__{slug}"


def gap_status_field(slug: str) -> str:
    return f"gap__{slug}__status"


def gap_link_field(slug: str) -> str:
    return f"gap__{slug}__link"


def text_field(key: str) -> str:
    return f"text__{key}"


class CredibilityForm(StepForm):
    def __init__(self, *args, points, **kwargs):
        super().__init__(*args, **kwargs)
        for point in points:
            self.fields[point_field(point.slug)] = forms.CharField(
                label=point.name,
                help_text=point.hint,
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )


class LaneForm(StepForm):
    def __init__(self, *args, archetypes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lane"] = forms.ChoiceField(
            label="Your target lane",
            choices=[(a.slug, a.name) for a in archetypes],
            widget=forms.RadioSelect,
            error_messages={
                "required": "Choose a target lane",
                "invalid_choice": "Choose one of the lanes shown",
            },
        )


class SkillsForm(StepForm):
    def __init__(self, *args, skills, **kwargs):
        super().__init__(*args, **kwargs)
        for skill in skills:
            self.fields[skill_field(skill.slug)] = forms.ChoiceField(
                label=skill.name,
                choices=RATING_CHOICES,
                initial="none",
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Rate {skill.name}",
                    "invalid_choice": f"Rate {skill.name} as none, basic, working or strong",
                },
            )


class GapsForm(StepForm):
    def __init__(self, *args, gaps, **kwargs):
        super().__init__(*args, **kwargs)
        self.gaps = list(gaps)
        for gap in self.gaps:
            self.fields[gap_status_field(gap.slug)] = forms.ChoiceField(
                label="Status",  # the legend, under the gap's own heading
                choices=GAP_STATUS_CHOICES,
                initial="not_started",
                widget=forms.RadioSelect,
                error_messages={"required": f"Choose a status for {gap.name}"},
            )
            self.fields[gap_link_field(gap.slug)] = HttpURLField(
                label="Link to the deliverable",
                required=False,
                help_text="Starts with http:// or https://",
            )

    def field_title(self, bound) -> str:
        """The field's label with its gap's name: every gap has a "Status" and a "Link"."""
        gap = next((g for g in self.gaps if bound.name.startswith(f"gap__{g.slug}__")), None)
        return f"{gap.name} → {bound.label}" if gap else bound.label

    def clean(self):
        data = super().clean()
        for gap in self.gaps:
            status = data.get(gap_status_field(gap.slug))
            link_name = gap_link_field(gap.slug)
            if status == "shipped" and not data.get(link_name) and link_name not in self.errors:
                self.add_error(link_name, f"Add a link to what you shipped for {gap.name}")
        return data


def own_label(name: str) -> str:
    """'Pitch' -> 'pitch', but 'LinkedIn headline' and 'AI work' keep their capitals."""
    first_word = name.split(" ", 1)[0]
    if any(c.isupper() for c in first_word[1:]):
        return name
    return name[:1].lower() + name[1:]


class MessagingForm(StepForm):
    def __init__(self, *args, templates, preview_url: str, lead_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        if lead_choices:
            # The artifact every text leads with: Pivot's highest score, or the person's pin.
            self.fields["lead"] = forms.ChoiceField(
                label="The artifact your texts lead with",
                choices=[("", "Let Pivot choose: the highest score"), *lead_choices],
                required=False,
                widget=forms.RadioSelect,
                help_text="Scored by what a reader looks for first: a number in its result "
                "(+2), AI work (+1), and words your lane's postings use (+1 each, up to 2).",
                error_messages={"invalid_choice": "Choose one of your artifacts"},
            )
        # Typing pauses update the previews above each box (htmx; the button does it without).
        # The answer only swaps out of band: the boxes inherit hx-swap="none" from around
        # them (step_messaging.html), not written thirteen times. No cols: CSS sizes them.
        live_preview = {
            "hx-post": preview_url,
            "hx-trigger": "input changed delay:400ms",
            "cols": False,
        }
        # One box made, then copied for each text with its own label and widget: they
        # differ in nothing else, and Field.__init__ for each of thirteen boxes was most of
        # building this form.
        box = forms.CharField(
            required=False,
            strip=False,
            max_length=OVERRIDE_MAX_LENGTH,
            help_text="Leave empty to use the generated text.",
            widget=forms.Textarea(attrs={"rows": 3, **live_preview}),
        )
        for template in templates:
            field = copy.copy(box)
            field.label = f"Your own {own_label(template.name)}"
            # Widget.__deepcopy__ (a copy with its own attrs), without copy.deepcopy's memo.
            field.widget = box.widget.__deepcopy__({})
            self.fields[text_field(template.key)] = field


class SaveVersionForm(Form):
    note = forms.CharField(
        label="Note (optional)",
        max_length=200,
        required=False,
        help_text="What changed, e.g. “Sharper headline for platform roles”. Up to 200 characters.",
    )

"""The application forms: bad input gets a message at its field and keeps what was typed.
The tracking forms take the role from the reader's RoleForm, so the title and company
pass the same checks as a saved reading's."""

from __future__ import annotations

import datetime

from django import forms
from django.core.validators import MaxLengthValidator, MaxValueValidator
from django.utils import timezone

from pivotapp.forms import Form, ModelForm
from roles.models import RoleArchetype

from ..forms import HttpURLField, TellNotTruncate
from ..models import SavedReading
from ..tailoring.forms import RoleForm
from .choices import Status
from .models import Application

NOTES_MAX = 5000
SALARY_MAX = 10_000_000
CURRENCY_MESSAGE = "Enter the currency as three letters, for example EUR"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def _date_field(label: str, *, required: bool = False, help_text: str = "") -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        help_text=help_text,
        widget=DateInput(),
        error_messages={
            "required": f"Enter the {label.lower()}",
            "invalid": "Enter a date as year-month-day, for example 2026-03-14",
        },
    )


def not_in_future(value: datetime.date | None) -> datetime.date | None:
    if value and value > timezone.localdate():
        raise forms.ValidationError("Enter today's date or an earlier one: it has not happened yet")
    return value


class TrackForm(RoleForm):
    """From the reader: the posting, its title and company, as "Save to profile" takes them."""


class TrackVersionForm(TellNotTruncate, Form):
    title = RoleForm.base_fields["title"]
    company = RoleForm.base_fields["company"]
    reading = forms.ModelChoiceField(
        label="The posting's saved reading",
        queryset=SavedReading.objects.none(),
        required=False,
        empty_label="None: no saved reading",
        help_text="Its match rate and the gaps it touches are shown on the application.",
        error_messages={"invalid_choice": "Choose one of this profile's saved readings"},
    )

    def __init__(self, *args, profile, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reading"].queryset = profile.readings.defer("text")


class DetailsForm(TellNotTruncate, ModelForm):
    link = HttpURLField(
        label="Where you found it (optional)", required=False, help_text="The posting's address."
    )
    next_step_on = _date_field("Next step's date", help_text="Shown on the list; overdue after.")

    class Meta:
        model = Application
        fields = (
            "title",
            "company",
            "link",
            "next_step",
            "next_step_on",
            "notes",
            "salary_min",
            "salary_max",
            "salary_currency",
        )
        labels = {
            "title": "Role title",
            "next_step": "Next step",
            "salary_min": "Salary from (optional)",
            "salary_max": "Salary to (optional)",
            "salary_currency": "Currency (optional)",
        }
        help_texts = {
            "next_step": "What you do next, for example “Send the take-home by Friday”.",
            "notes": "Only you see these.",
            "salary_currency": "Three letters, for example EUR or USD.",
        }
        widgets = {"notes": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "title": {
                "required": "Enter the role's title",
                "max_length": "Shorten the role's title to %(limit_value)d characters or fewer",
            },
            "company": {
                "max_length": "Shorten the company name to %(limit_value)d characters or fewer"
            },
            "next_step": {
                "max_length": "Shorten the next step to %(limit_value)d characters or fewer"
            },
            "salary_currency": {"max_length": CURRENCY_MESSAGE},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["notes"].max_length = NOTES_MAX
        self.fields["notes"].validators.append(
            MaxLengthValidator(
                NOTES_MAX, f"Shorten your notes to {NOTES_MAX:,} characters or fewer"
            )
        )
        for name in ("salary_min", "salary_max"):
            field = self.fields[name]
            field.max_value = SALARY_MAX
            field.widget.attrs["inputmode"] = "numeric"
            field.error_messages.update(
                {
                    "invalid": "Enter a whole number, without currency or separators",
                    "min_value": "Enter a number of 0 or more",
                }
            )
            field.validators.append(
                MaxValueValidator(SALARY_MAX, f"Enter a number up to {SALARY_MAX:,}")
            )

    def clean_salary_currency(self) -> str:
        value = self.cleaned_data["salary_currency"].strip().upper()
        if value and not (len(value) == 3 and value.isascii() and value.isalpha()):
            raise forms.ValidationError(CURRENCY_MESSAGE)
        return value

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low is not None and high is not None and high < low:
            self.add_error("salary_max", "Enter an upper figure at least as high as the lower")
        if cleaned.get("next_step_on") and not cleaned.get("next_step", "").strip():
            self.add_error("next_step", "Say what the next step is, or clear its date")
        return cleaned


class StatusForm(Form):
    status = forms.ChoiceField(
        label="Status",
        choices=Status.choices,
        error_messages={
            "required": "Choose a status",
            "invalid_choice": "Choose one of the listed statuses",
        },
    )
    on = _date_field("Date of the change", help_text="Leave empty for today.")

    def __init__(self, *args, since: datetime.date | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.since = since  # the current status's date: history runs forward

    def clean_on(self):
        on = not_in_future(self.cleaned_data.get("on"))
        if on and self.since and on < self.since:
            raise forms.ValidationError(
                f"Enter {self.since:%Y-%m-%d} or later: the current status dates from then"
            )
        return on


class PrepForm(Form):
    done = forms.TypedMultipleChoiceField(
        label="Prepared",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Tick only the listed expectations"},
    )

    def __init__(self, *args, expectations, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["done"].choices = [(row.pk, row.text) for row in expectations]


class EventForm(Form):
    on = _date_field("Date", required=True)
    label = forms.CharField(
        label="What it is",
        max_length=120,
        help_text="For example “Technical interview with the platform team”.",
        error_messages={
            "required": "Say what the interview is",
            "max_length": "Shorten this to %(limit_value)d characters or fewer",
        },
    )


class FilterForm(Form):
    """The board's and the list's filters; an unreadable value is left out, never a 500."""

    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status"), *Status.choices]
    )
    lane = forms.ModelChoiceField(
        label="Lane",
        required=False,
        queryset=RoleArchetype.objects.all(),
        empty_label="Any lane",
        to_field_name="slug",
    )
    company = forms.CharField(label="Company", required=False, max_length=80)
    since = _date_field("Tracked from")
    until = _date_field("Tracked until")

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and until < since:
            self.add_error("until", "Enter a date on or after “Tracked from”")
        return cleaned

from django import forms

from pivotapp.forms import Form

from .services import DEFAULT_DAYS, EXPIRY_DAYS


def _days_label(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


class ShareLinkForm(Form):
    label = forms.CharField(
        label="Who is it for? (optional)",
        help_text="Only you see this, in your list of links. For example: Sam, my mentor.",
        max_length=80,
        required=False,
        error_messages={"max_length": "Keep the name to %(limit_value)d characters or fewer"},
    )
    days = forms.TypedChoiceField(
        label="The link stops working after",
        choices=[(d, _days_label(d)) for d in EXPIRY_DAYS],
        coerce=int,
        initial=DEFAULT_DAYS,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose how long the link works",
            "invalid_choice": "Choose one of the listed lengths",
        },
    )
    show_skills = forms.BooleanField(
        label="Include my skill ratings",
        help_text="Left out unless you tick this: the link then shows your ratings too.",
        required=False,
    )

from django import forms

from pivotapp.forms import Form

from ..exports.limits import TEXT_MAX
from .compare import CHOICES, FIELDS

_TOO_LONG = "That is longer than any LinkedIn text: paste at most %(limit_value)s characters"


class PastedForm(Form):
    headline = forms.CharField(
        label="Your current LinkedIn headline",
        help_text="The line under your name on your profile.",
        required=False,
        max_length=TEXT_MAX,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": _TOO_LONG},
    )
    about = forms.CharField(
        label="Your current About",
        help_text="The whole About section, as it is on LinkedIn now.",
        required=False,
        max_length=TEXT_MAX,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"max_length": _TOO_LONG},
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    # Which text and what to keep of it, from the button pressed: "about first".
    choose = forms.CharField(required=False, max_length=40)

    def clean_choose(self) -> tuple[str, str] | None:
        value = self.cleaned_data.get("choose", "").strip()
        if not value:
            return None
        name, _, choice = value.partition(" ")
        if name not in FIELDS or choice not in CHOICES:
            raise forms.ValidationError("Choose one of the options shown under a text")
        return name, choice

    def clean(self):
        data = super().clean()
        if not (data.get("headline") or "").strip() and not (data.get("about") or "").strip():
            self.add_error("headline", "Paste your current headline, your About, or both")
        return data

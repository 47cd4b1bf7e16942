from django import forms

from pivotapp.forms import Form

from ..exports.limits import TEXT_MAX

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

    def clean(self):
        data = super().clean()
        if not (data.get("headline") or "").strip() and not (data.get("about") or "").strip():
            self.add_error("headline", "Paste your current headline, your About, or both")
        return data

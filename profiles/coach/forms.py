"""What a dismissal posts: which finding, and the page to go back to without htmx."""

from __future__ import annotations

from django import forms

from pivotapp.forms import Form, same_site_path


class DismissForm(Form):
    coach_dismiss = forms.CharField(required=False, max_length=200)
    coach_restore = forms.CharField(required=False, max_length=200)
    coach_next = forms.CharField(required=False, max_length=2000)

    def __init__(self, data, *, request) -> None:
        super().__init__(data)
        self.request = request

    def clean_coach_next(self) -> str:
        # A bare word would be looked up as a URL name by redirect() ("account_logout"),
        # a full URL would leave the site: only a path here is accepted.
        value = self.cleaned_data["coach_next"]
        if value and not same_site_path(
            value, host=self.request.get_host(), secure=self.request.is_secure()
        ):
            raise forms.ValidationError("Go back to a page of this site.")
        return value

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors and not (data.get("coach_dismiss") or data.get("coach_restore")):
            raise forms.ValidationError("Say which finding to dismiss.")
        return data

    def target(self) -> tuple[str, str, bool]:
        """(text key, rule slug, dismiss?) of a valid form."""
        dismiss = bool(self.cleaned_data["coach_dismiss"])
        value = self.cleaned_data["coach_dismiss" if dismiss else "coach_restore"]
        key, _, slug = value.partition(" ")
        return key.strip(), slug.strip(), dismiss

    def first_error(self) -> str:
        return next(iter(self.errors.values()))[0]

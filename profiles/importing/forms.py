from django import forms

from pivotapp.forms import Form

from .checks import MAX_BYTES


class UploadForm(Form):
    file = forms.FileField(
        label="Pivot file (.json)",
        help_text="A .json file downloaded from Pivot: a saved version or a working copy. "
        "At most 1 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
        error_messages={
            "required": "Choose a .json file exported from Pivot",
            "empty": "The file is empty.",
            "invalid": "Choose a .json file exported from Pivot",
        },
    )


class ConfirmForm(Form):
    """The checked file carried through the confirmation page; checked again on submit."""

    document = forms.CharField(widget=forms.HiddenInput, max_length=MAX_BYTES, strip=False)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

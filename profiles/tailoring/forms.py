"""The role a reading or a tailored draft is for: the posting, its title and company."""

from __future__ import annotations

from django import forms

from roles.forms import PostingForm
from roles.reading.posting_facts import COMPANY_MAX, TITLE_MAX

from ..exports.limits import TEXT_MAX
from ..forms import TellNotTruncate
from .tailor import ROLE_TEXTS


class RoleForm(TellNotTruncate, PostingForm):
    """The posting travels hidden from the reading it came from; the title and company
    are the reader's suggestions, which the person corrects before anything uses them."""

    title = forms.CharField(
        label="Role title",
        max_length=TITLE_MAX,
        help_text="As the posting names it, for example “Staff AI Engineer”.",
        error_messages={
            "required": "Enter the role's title, for example “Staff AI Engineer”",
            "max_length": f"Shorten the role's title to {TITLE_MAX} characters or fewer",
        },
    )
    company = forms.CharField(
        label="Company",
        max_length=COMPANY_MAX,
        required=False,
        help_text="Leave empty if the posting does not say.",
        error_messages={
            "max_length": f"Shorten the company name to {COMPANY_MAX} characters or fewer"
        },
    )

    # The artifact the person chose to lead with (by name, as typed); empty: the best match.
    lead = forms.CharField(
        required=False,
        max_length=TEXT_MAX,
        widget=forms.HiddenInput,
        error_messages={"max_length": "Choose one of your artifacts"},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text"].widget = forms.HiddenInput()
        # The two texts that name the role, as the person edited them on the review page;
        # empty means "as tailored".
        for key in ROLE_TEXTS:
            self.fields[key] = forms.CharField(
                required=False,
                strip=False,
                max_length=TEXT_MAX,
                widget=forms.Textarea(attrs={"rows": 6}),
                error_messages={
                    "max_length": f"Shorten this text to {TEXT_MAX:,} characters or fewer"
                },
            )

    @property
    def edits(self) -> dict[str, str]:
        return {k: self.cleaned_data[k] for k in ROLE_TEXTS if self.cleaned_data.get(k, "").strip()}


class TailorSaveForm(RoleForm):
    # The working copy's revision the draft was made from: a newer one means the person
    # has not seen what would be saved.
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["title"].widget = forms.HiddenInput()
        self.fields["company"].widget = forms.HiddenInput()
        for key in ROLE_TEXTS:
            # Shown beside their text on the review page, submitted with this form.
            self.fields[key].widget.attrs.update({"form": "tailor-save", "class": "copy-text"})

"""What every form of the site shares.

- Drawing: a form field is drawn by one template, `templates/forms/field.html`, through
  `{{ field.as_field_group }}`; Django's BoundField ties the hint and the error to the
  control (`aria-describedby`, `aria-invalid`), so no template builds those ids itself.
  The step forms' repeated fields write that same markup in Python from the same
  BoundField (profiles/steps/fields_html.py), where the templates were most of a page.
- No NUL character reaches the database: PostgreSQL refuses a NUL inside text (it raises
  DataError, a 500), and Django's CharField only guards the fields that are CharFields.
  RefuseNulMixin reads the raw submitted values of every field — choices, hidden fields
  and JSON included — and puts a plain message next to the field, so the person keeps
  what they typed and learns what to remove.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting
from django.utils.http import url_has_allowed_host_and_scheme

NUL_MESSAGE = (
    "This contains an invisible control character (NUL) that cannot be saved. "
    "Retype the text, or paste it as plain text."
)


def has_nul(value) -> bool:
    return isinstance(value, str) and "\x00" in value


def _submitted(data, key: str) -> list:
    if hasattr(data, "getlist"):
        return data.getlist(key)
    value = data.get(key)
    return value if isinstance(value, list) else [value]


class RefuseNulMixin:
    """Mixed into every form of profiles, accounts and roles (tests/test_forms_nul.py
    lists any that lack it)."""

    def full_clean(self) -> None:
        super().full_clean()
        if not self.is_bound:
            return
        for name in self.fields:
            key = self.add_prefix(name)
            if any(has_nul(v) for v in _submitted(self.data, key)):
                # Replaces Django's own "Null characters are not allowed." on CharFields.
                self._errors.pop(name, None)
                self.add_error(name, ValidationError(NUL_MESSAGE, code="null_characters"))


class Form(RefuseNulMixin, forms.Form):
    pass


class ModelForm(RefuseNulMixin, forms.ModelForm):
    pass


def same_site_path(value: str, *, host: str, secure: bool) -> bool:
    """A path on this site ("/profiles/…"), never a URL elsewhere, a scheme-relative
    "//host", or a bare word that redirect() would look up as a URL name."""
    return (
        value.startswith("/")
        and not value.startswith(("//", "/\\"))
        and not has_nul(value)
        and url_has_allowed_host_and_scheme(value, allowed_hosts={host}, require_https=secure)
    )


class FormRenderer(TemplatesSetting):
    # TemplatesSetting: the field template lives with the project's other templates.
    field_template_name = "forms/field.html"

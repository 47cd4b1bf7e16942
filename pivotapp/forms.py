"""What every form of the site shares.

- Drawing: every form field is drawn by one Jinja2 template,
  `templates/jinja2/forms/field.html`, through `{{ field.as_field_group }}`; Django's
  BoundField ties the hint and the error to the control (`aria-describedby`,
  `aria-invalid`), so no template builds those ids itself. A designer changes a field's
  markup there, and every form follows.
- No NUL character reaches the database: PostgreSQL refuses a NUL inside text (it raises
  DataError, a 500), and Django's CharField only guards the fields that are CharFields.
  RefuseNulMixin reads the raw submitted values of every field — choices, hidden fields
  and JSON included — and puts a plain message next to the field, so the person keeps
  what they typed and learns what to remove.
"""

from __future__ import annotations

from functools import cached_property

import jinja2
from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField as DjangoBoundField
from django.forms.renderers import Jinja2
from django.template import TemplateDoesNotExist, engines
from django.template.loader import get_template
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


# Django's widget templates that templates/jinja2/django/forms/widgets/ holds a copy of.
INLINE_WIDGETS = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in ("email", "input", "number", "text", "textarea", "url")
)


class BoundField(DjangoBoundField):
    """Django's BoundField, without its repeated work when a field is drawn: field.html,
    the hint, aria-describedby and the widget each read `errors`, and Django's made a new
    empty ErrorList on every read (thirteen boxes on the messaging step: fifty lists).
    The errors are still read from the form each time, so one added after validation
    (add_error) shows; what never changes for a field (its widget's kind, its id) is
    worked out once."""

    @property
    def errors(self):
        found = self.form.errors.get(self.name)
        return self._no_errors if found is None else found

    @cached_property
    def _no_errors(self):
        return self.form.error_class(renderer=self.form.renderer)

    @cached_property
    def widget_type(self):
        return super().widget_type

    @cached_property
    def auto_id(self):
        return super().auto_id

    @cached_property
    def inline_widget(self) -> str:
        """The widget's template when field.html can draw it within its own render (our
        Jinja2 copies, templates/jinja2/django/forms/widgets/), else "" ({{ field }}: Django
        draws it, e.g. a select)."""
        name = self.field.widget.template_name
        return name if name in INLINE_WIDGETS and not self.field.localize else ""

    def widget_context(self) -> dict:
        """The widget's template context as `as_widget()` makes it (Django's
        build_widget_attrs, the id, the value): field.html includes the widget's template
        with it, rather than a second render from Python for every field drawn
        (tests/test_bound_field.py: the same markup as {{ field }})."""
        widget = self.field.widget
        attrs = self.build_widget_attrs({}, widget)
        if self.auto_id and "id" not in widget.attrs:
            attrs.setdefault("id", self.auto_id)
        return widget.get_context(self.html_name, self.value(), attrs)["widget"]


class Form(RefuseNulMixin, forms.Form):
    bound_field_class = BoundField


class ModelForm(RefuseNulMixin, forms.ModelForm):
    bound_field_class = BoundField


def same_site_path(value: str, *, host: str, secure: bool) -> bool:
    """A path on this site ("/profiles/…"), never a URL elsewhere, a scheme-relative
    "//host", or a bare word that redirect() would look up as a URL name."""
    return (
        value.startswith("/")
        and not value.startswith(("//", "/\\"))
        and not has_nul(value)
        and url_has_allowed_host_and_scheme(value, allowed_hosts={host}, require_https=secure)
    )


class FormRenderer(Jinja2):
    """Django's Jinja2 renderer on the project's "jinja2" engine (settings.TEMPLATES):
    our templates first, then Django's own Jinja2 widget templates.

    The admin's and allauth's widgets name templates that exist only as Django templates
    (admin/widgets/…); those are drawn by the Django engine rather than refused."""

    field_template_name = "forms/field.html"

    @property
    def engine(self):
        return engines["jinja2"]

    def get_template(self, template_name):
        try:
            return self.engine.get_template(template_name)
        except TemplateDoesNotExist:
            return get_template(template_name)

    def render(self, template_name, context, request=None):
        """A field or widget straight from the Jinja2 environment: the engine's wrapper
        (a new Template and Origin per draw, for a request forms never pass) was a tenth
        of drawing a field. Anything else goes the usual way."""
        if request is None:
            try:
                template = self.engine.env.get_template(template_name)
            except jinja2.TemplateNotFound:
                pass
            else:
                return template.render(context).strip()
        return super().render(template_name, context, request)

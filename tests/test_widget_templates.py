"""Our copies of Django's widget templates (templates/jinja2/django/forms/widgets/) draw
exactly what Django's own chain (the widget's template, input.html, attrs.html) draws."""

from pathlib import Path

import django.forms
import jinja2
import pytest
from django import forms

from pivotapp.forms import FormRenderer

OURS = Path(__file__).resolve().parent.parent / "templates/jinja2/django/forms/widgets"
DJANGOS = Path(django.forms.__file__).parent / "jinja2"
ATTRS = [
    {},
    {"rows": 3, "hx-post": "/p/?a=1&b=<2>", "hx-trigger": "input changed delay:400ms"},
    {"required": True, "disabled": False, "aria-describedby": "id_x_helptext", "class": "a b"},
]
VALUES = [None, "", "plain", 'with "quotes" & <tags>', 0, 12]


def djangos_own(template_name: str, context: dict) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(DJANGOS), autoescape=True)
    return env.get_template(template_name).render(context).strip()


@pytest.mark.parametrize(
    "widget",
    [
        forms.Textarea(),
        forms.TextInput(),
        forms.NumberInput(),
        forms.URLInput(),
        forms.HiddenInput(),
        forms.EmailInput(),
        forms.PasswordInput(render_value=True),
    ],
    ids=lambda w: type(w).__name__,
)
def test_each_widget_draws_as_django_s_own(widget):
    assert (OURS / Path(widget.template_name).name).exists() or widget.input_type == "password"
    renderer = FormRenderer()
    for attrs in ATTRS:
        for value in VALUES:
            context = widget.get_context("field", value, {"id": "id_field", **attrs})
            ours = renderer.render(widget.template_name, context)
            assert ours == djangos_own(widget.template_name, context), (attrs, value)

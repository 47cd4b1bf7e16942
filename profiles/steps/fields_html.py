"""Step form fields drawn in Python: the HTML of templates/forms/field.html and Django's
widget templates, for the steps whose fields repeat (background, credibility, gaps, the
lane cards' radios) and every step's revision input.

Drawn by the template engine, one radio option is three templates (input_option, input,
attrs) and a field group two or three more: 30 to 60 per step page, most of its time
(docs/benchmarks.md). Forms still validate through Django; only the drawing moves here,
and what decides the markup (attributes, aria-describedby, aria-invalid, checked, the
value shown) is asked of the BoundField and the widget as Django's own rendering asks it,
so the HTML is the same (tests/test_step_fields_html.py compares the two).

Every value is escaped where it is joined; a radio group's options, the same on every
view but for which one is checked, are escaped once per group (as skills_html does).
"""

from __future__ import annotations

from functools import lru_cache

from django import forms
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe

# The widgets a step's field group may have; any other is refused rather than half-drawn.
_INPUTS = (forms.TextInput, forms.NumberInput, forms.URLInput, forms.HiddenInput)
_CHOICES = (forms.RadioSelect, forms.CheckboxSelectMultiple)


def attrs_html(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: True a bare name, False left out."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def messages_html(bound) -> SafeString:
    """A field's hint and error under the ids aria-describedby names (forms/_messages.html)."""
    html = ""
    if bound.help_text:
        html += (
            f'<div class="hint" id="{escape(bound.auto_id)}_helptext">'
            f"{conditional_escape(bound.help_text)}</div>"
        )
    if bound.errors:
        said = "<br>".join(
            f'<span class="visually-hidden">Error:</span> {conditional_escape(message)}'
            for message in bound.errors
        )
        html += f'<p class="error-message" id="{escape(bound.auto_id)}_error">{said}</p>'
    return mark_safe(html)  # noqa: S308 - built only from escaped values


def widget_html(bound) -> SafeString:
    """The control alone, as BoundField.as_widget draws it: a text-like input or a textarea."""
    widget = bound.field.widget
    if not isinstance(widget, (*_INPUTS, forms.Textarea)):
        raise TypeError(f"{type(widget).__name__} is not drawn in Python")
    attrs = bound.build_widget_attrs({}, widget)
    if bound.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bound.auto_id)
    attrs = attrs_html({**widget.attrs, **attrs})
    name = escape(bound.html_name)
    value = widget.format_value(bound.value())
    if isinstance(widget, forms.Textarea):
        # The template's newline after the tag: a browser drops it, a leading one typed stays.
        html = f'<textarea name="{name}"{attrs}>\n{conditional_escape(value or "")}</textarea>'
    else:
        shown = "" if value is None else f' value="{conditional_escape(value)}"'
        html = f'<input type="{widget.input_type}" name="{name}"{shown}{attrs}>'
    return mark_safe(html)  # noqa: S308 - built only from escaped values


def hidden_fields_html(form) -> SafeString:
    """A form of hidden fields only (a formset's management form), as Django draws it.

    With errors (the counts missing or tampered with) Django's own drawing, which lists
    them above the fields, is kept: no person sees that form any other way.
    """
    if form.errors:
        return form.render()
    return mark_safe("".join(widget_html(bound) for bound in form))  # noqa: S308


def choice_inputs(bound) -> list[tuple[str, str, str, str]]:
    """(value, the <input>, its id, its label) for each choice of a radio or checkbox
    group, as {{ option.tag }}, .id_for_label and .choice_label give them (escaped); the
    current choice checked."""
    widget = bound.field.widget
    given = widget.attrs.get("id") or bound.auto_id
    attrs = {**widget.attrs, **bound.build_widget_attrs({"id": given} if given else {})}
    # Escaped before the cache: a label already marked safe is not escaped twice.
    choices = tuple(
        (str(value), conditional_escape(value), conditional_escape(label))
        for value, label in bound.field.choices
    )
    options = _options(widget.input_type, bound.html_name, tuple(attrs.items()), choices)
    chosen = widget.format_value(bound.value())
    if not widget.allow_multiple_selected:
        chosen = chosen[:1]
    return [
        (value, checked if value in chosen else plain, id_, label)
        for value, id_, label, plain, checked in options
    ]


def options_html(bound) -> str:
    """A radio or checkbox group's options, each an <li> with its input and label."""
    return "".join(
        f'<li>{tag}<label for="{id_}">{label}</label></li>'
        for _value, tag, id_, label in choice_inputs(bound)
    )


@lru_cache(maxsize=1024)
def _options(input_type: str, html_name: str, attrs: tuple, choices: tuple) -> tuple:
    """(value, escaped id, label, the <input>, the same checked) for each choice of one
    group, from (value, value escaped, label escaped).

    The ids are Django's (`<id>_<index>`), which the error summary links to; "checked"
    comes after the group's attributes, where Django puts it.
    """
    name = escape(html_name)
    items = []
    for index, (value, value_html, label_html) in enumerate(choices):
        plain, checked = dict(attrs), {**dict(attrs), "checked": True}
        if "id" in plain:
            plain["id"] = checked["id"] = f"{plain['id']}_{index}"
        start = f'<input type="{input_type}" name="{name}" value="{value_html}"'
        items.append(
            (
                value,
                escape(plain.get("id", "")),
                label_html,
                f"{start}{attrs_html(plain)}>",
                f"{start}{attrs_html(checked)}>",
            )
        )
    return tuple(items)


def field_group(bound) -> str:
    """One field as {{ field.as_field_group }} draws it (templates/forms/field.html): a
    fieldset with a legend for a group of choices, else a label; then the hint, the error
    and the control."""
    widget = bound.field.widget
    classes = "field field--error" if bound.errors else "field"
    label = conditional_escape(bound.label)
    if isinstance(widget, _CHOICES):
        describedby = bound.aria_describedby
        said = f' aria-describedby="{escape(describedby)}"' if describedby else ""
        return (
            f'<div class="{classes}"><fieldset{said}><legend>{label}</legend>'
            f"{messages_html(bound)}"
            f'<ul class="choices choices--inline">{options_html(bound)}</ul></fieldset></div>'
        )
    return (
        f'<div class="{classes}"><label for="{escape(bound.id_for_label)}">{label}</label>'
        f"{messages_html(bound)}{widget_html(bound)}</div>"
    )


def field_groups(form, names=None) -> SafeString:
    """The named fields of `form` (by default all but the hidden ones), in order."""
    bounds = (form[name] for name in names) if names else form.visible_fields()
    return mark_safe("".join(field_group(bound) for bound in bounds))  # noqa: S308 - escaped

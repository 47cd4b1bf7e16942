"""The skills step's rating groups, written out in Python.

A rating group is a fieldset of four radios. Rendered by the template engine it cost about
45 nodes per skill, and the skills page was the slowest of the app (docs/benchmarks.md);
joining escaped strings gives the same HTML for a fraction of the time.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..forms import skill_field


def rating_fieldset(skill, bound) -> str:
    """One skill's fieldset: its name and badges as the legend, its error, four radios.

    `bound` is the skill's BoundField: its name, id, current value and errors. The ids match
    Django's RadioSelect (`<auto_id>_<index>`), which the error summary links to.
    """
    classes = "rating"
    if skill.emphasized:
        classes += " rating--emphasized"
    describedby = ""
    error = ""
    if bound.errors:
        classes += " field--error"
        describedby = f' aria-describedby="{escape(bound.aria_describedby)}"'
        messages = "<br>".join(
            f'<span class="visually-hidden">Error:</span> {escape(message)}'
            for message in bound.errors
        )
        error = f'<p class="error-message" id="{escape(bound.auto_id)}_error">{messages}</p>'
    badges = f'<span class="badge{" badge--must" if skill.is_must else ""}">'
    badges += f"{escape(skill.get_level_display())}</span>"
    if skill.emphasized:
        badges += ' <span class="badge badge--lane">Emphasized</span>'
    name = escape(bound.html_name)
    auto_id = escape(bound.auto_id)
    current = str(bound.value())
    radios = "".join(
        f'<li><input type="radio" name="{name}" value="{escape(value)}" id="{auto_id}_{index}"'
        f"{' checked' if current == str(value) else ''}>"
        f'<label for="{auto_id}_{index}">{escape(label)}</label></li>'
        for index, (value, label) in enumerate(bound.field.choices)
    )
    return (
        f'<fieldset class="{classes}"{describedby}>'
        f'<legend><span class="rating__name">{escape(skill.name)}</span> {badges}</legend>'
        f'{error}<ul class="choices choices--inline">{radios}</ul></fieldset>'
    )


def rating_fieldsets(skills, form) -> SafeString:
    """Every skill's fieldset in the order given; each part escaped above."""
    return mark_safe(  # noqa: S308 - built only from escaped values
        "\n".join(rating_fieldset(skill, form[skill_field(skill.slug)]) for skill in skills)
    )

"""The skills step's repeated HTML, written out in Python: the rating groups and the
domain list.

A rating group is a fieldset of four radios. Rendered by the template engine it cost about
45 nodes per skill, and the skills page was the slowest of the app (docs/benchmarks.md);
the domain list's bars were, after that, most of what was left. Joining escaped strings
gives the same HTML for a fraction of the time. Every value is escaped where it is joined.
"""

from __future__ import annotations

from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..forms import RATING_CHOICES, skill_field

# Strong reads darkest: tone classes from pivot.css, strongest first in the palette.
RATING_TONES = {"none": 5, "basic": 2, "working": 1, "strong": 0}
_LEGEND = "".join(
    f'<li><svg class="swatch" viewBox="0 0 10 10" focusable="false"><rect class="tone-'
    f'{RATING_TONES[value]}" width="10" height="10" rx="2"/></svg>{escape(label)}</li>'
    for value, label in RATING_CHOICES
)


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
    legend = _legend(skill.name, skill.get_level_display(), skill.is_must, skill.emphasized)
    current = str(bound.value())
    radios = "".join(
        checked if value == current else plain
        for value, plain, checked in _radios(
            bound.html_name, bound.auto_id, tuple(bound.field.choices)
        )
    )
    return (
        f'<fieldset class="{classes}"{describedby}>'
        f"{legend}"
        f'{error}<ul class="choices choices--inline">{radios}</ul></fieldset>'
    )


@lru_cache(maxsize=1024)
def _legend(name: str, level: str, is_must: bool, emphasized: bool) -> str:
    """A skill's legend: the same on every page that shows it, so escaped once (a renamed
    skill is a new key)."""
    badges = f'<span class="badge{" badge--must" if is_must else ""}">{escape(level)}</span>'
    if emphasized:
        badges += ' <span class="badge badge--lane">Emphasized</span>'
    return f'<legend><span class="rating__name">{escape(name)}</span> {badges}</legend>'


@lru_cache(maxsize=1024)
def _radios(html_name: str, auto_id: str, choices) -> tuple:
    """(value, the radio's <li>, the same checked) for each choice of one skill's group."""
    name, auto_id = escape(html_name), escape(auto_id)
    items = []
    for index, (value, label) in enumerate(choices):
        start = f'<li><input type="radio" name="{name}" value="{escape(value)}" '
        start += f'id="{auto_id}_{index}"'
        end = f'><label for="{auto_id}_{index}">{escape(label)}</label></li>'
        items.append((str(value), start + end, start + " checked" + end))
    return tuple(items)


def rating_fieldsets(skills, form) -> SafeString:
    """Every skill's fieldset in the order given; each part escaped above."""
    return mark_safe(  # noqa: S308 - built only from escaped values
        "\n".join(rating_fieldset(skill, form[skill_field(skill.slug)]) for skill in skills)
    )


@lru_cache(maxsize=4096)
def rating_bar(name: str, counts: tuple[int, ...], total: int) -> str:
    """A domain's ratings as one stacked bar (SVG attributes only: the CSP forbids style).
    People's counts repeat (a domain of 9 has few splits), so each is built once."""
    parts, said, offset = [], [], 0.0
    for (value, label), count in zip(RATING_CHOICES, counts, strict=True):
        if not count:
            continue
        width = 100 * count / (total or 1)
        said.append(f"{count} {label.lower()}")
        parts.append(
            f'<rect class="tone-{RATING_TONES[value]}" x="{round(offset, 3):g}" y="0" '
            f'width="{round(width, 3):g}" height="8"><title>{said[-1]}</title></rect>'
        )
        offset += width
    return (
        '<svg class="skill-chart__bar" viewBox="0 0 100 8" preserveAspectRatio="none" '
        f'role="img" focusable="false" aria-label="{escape(name)}: {", ".join(said)}">'
        f"{''.join(parts)}</svg>"
    )


def domain_nav(rows: list[dict]) -> SafeString:
    """The list of domains: each links to its page (boosted like the step list: htmx swaps
    the panel), says how many of its skills are rated above "none", and draws a bar."""
    items = []
    for row in rows:
        name = escape(row["name"])
        current = ' aria-current="step"' if row["current"] else ""
        progress = f"{row['rated']} of {row['total']} rated"
        if row["emphasized"]:
            progress += f", {row['emphasized']} emphasized"
        opening = '<li class="is-current">' if row["current"] else "<li>"
        link = f'<a href="{escape(row["url"])}"{current}>{name}</a>'
        items.append(
            f'{opening}<span class="skill-chart__name">{link}'
            f' <span class="skill-chart__progress">{progress}</span></span>'
            f"{rating_bar(row['name'], tuple(row['counts']), row['total'])}</li>"
        )
    return mark_safe(  # noqa: S308 - built only from escaped values
        '<nav class="skill-chart" id="skill-domains" aria-labelledby="skill-domains-title" '
        'hx-boost="true" hx-target="#step-panel" hx-swap="innerHTML">'
        '<h3 class="small-heading" id="skill-domains-title">Skill domains: your self-rating</h3>'
        f'<ol class="skill-chart__rows">{"".join(items)}</ol>'
        f'<ul class="d2d__legend" aria-hidden="true">{_LEGEND}</ul></nav>'
    )

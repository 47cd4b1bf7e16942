"""The reading's own part of the reader's result, written out in Python: the group, the
five lanes and the checklist skills (templates/roles/read.html shows it, then the panels
and the marked posting).

Drawn by the template engine, these loops were most of the result's time: about 40 nodes a
lane, more for each phrase and skill. Joining escaped strings gives the same HTML for a
fraction of it (tests/test_reader_result_html.py compares the two). Every value is escaped
where it is joined, and numbers go through localize(), as the template printed them.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .engine import GroupReading, Reading, SkillAsk

_HEADING = '<h2 id="reading-heading">How the guide reads this posting</h2>\n'
_NO_GROUP = '<p class="card">Pivot could not tell this posting\'s group.</p>\n'
_BAR = (
    '<svg class="lane-score__bar" viewBox="0 0 100 8" preserveAspectRatio="none" '
    'aria-hidden="true" focusable="false"><rect class="lane-score__fill" width="{}" '
    'height="8"/></svg>'
)
_NO_SKILLS = "<p>It names none of the checklist skills Pivot knows.</p>\n"


def reading_html(reading: Reading) -> SafeString:
    # Every part below escapes what it joins; joining keeps them safe.
    return mark_safe(  # noqa: S308
        _HEADING + _group(reading.group) + _lanes(reading) + _skills(reading)
    )


def _group(g: GroupReading | None) -> str:
    if g is None:
        return _NO_GROUP
    group = g.group
    letter = escape(group.letter)
    phrases = "".join(f"<li>“{escape(phrase)}”</li>" for phrase in g.phrases)
    return (
        '<div class="card reading-group">\n'
        f'<p class="reading-group__letter" aria-hidden="true">{letter}</p>\n'
        "<div>\n"
        f"<h3>Group {letter}: {escape(group.name)}</h3>\n"
        '<p class="reading-group__verdict">The guide\'s verdict: '
        f"<strong>{escape(group.verdict)}</strong></p>\n"
        f'<p class="hint">Typical roles: {escape(group.typical_roles)}. '
        f"{localize(g.share)}% of the group evidence points here.</p>\n"
        '<p class="small-heading">Decided by</p>\n'
        f'<ul class="tags">{phrases}</ul>\n'
        "</div>\n"
        "</div>\n"
    )


def _lanes(reading: Reading) -> str:
    items = []
    for a in reading.archetypes:
        url = escape(reverse("roles:archetype", args=[a.archetype.slug]))
        evidence = ""
        if a.evidence:
            quoted = ", ".join(f"“{escape(e.text)}”" for e in a.evidence)
            evidence = f'<span class="lane-score__evidence">from {quoted}</span>'
        items.append(
            '<li class="lane-score">\n'
            f'<span class="lane-score__name"><a href="{url}">{escape(a.archetype.name)}</a>'
            "</span>\n"
            f"{_BAR.format(escape(localize(a.percent)))}\n"
            f'<span class="lane-score__value">score {localize(a.score)}</span>\n'
            f"{evidence}\n"
            "</li>\n"
        )
    return (
        "<h3>The five lanes, best fit first</h3>\n"
        f'<ol class="lane-scores">\n{"".join(items)}</ol>\n'
    )


def _skills(reading: Reading) -> str:
    if not reading.skills:
        return "<h3>Checklist skills it asks for</h3>\n" + _NO_SKILLS
    required = _tags(reading.required_skills, "None named as required")
    nice = _tags(reading.nice_skills, "None named as nice to have")
    return (
        "<h3>Checklist skills it asks for</h3>\n"
        '<div class="two-col">\n'
        f'<div><p class="small-heading">Required</p>\n<ul class="tags">{required}</ul></div>\n'
        '<div><p class="small-heading">Nice to have</p>\n'
        f'<ul class="tags tags--quiet">{nice}</ul></div>\n'
        "</div>\n"
    )


def _tags(asks: tuple[SkillAsk, ...], empty: str) -> str:
    if not asks:
        return f"<li>{empty}</li>"
    return "".join(
        f'<li title="{escape(s.skill.domain)}">{escape(s.skill.name)}</li>' for s in asks
    )

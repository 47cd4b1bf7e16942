"""The version pages' repeated HTML, written out in Python: a version's sections, a diff's
sections and the history's rows.

These were template loops over a hundred fields (a version, a diff) or 25 rows with two
URLs and two dates each (history), and the loops were most of each page's time
(docs/benchmarks.md). Joining escaped strings gives the same HTML for a fraction of the
time; tests/test_version_html.py holds it to what the templates drew. Every value is
escaped where it is joined.
"""

from __future__ import annotations

from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .diff import SectionDiff
from .sections import SnapshotField, SnapshotSection

# A number no profile reaches, reversed once and replaced by each row's.
_SAMPLE_NUMBER = 987654321
NOT_ANSWERED = '<span class="muted">Not answered</span>'


def _plural(count: int) -> str:
    return "" if count == 1 else "s"


def _value(text: str) -> str:
    """A field's value as a definition list shows it: line breaks kept, or "Not answered"."""
    return linebreaksbr(text) if text else NOT_ANSWERED


def _field_rows(fields) -> str:
    return "".join(
        f"<div><dt>{escape(f.label)}</dt><dd>{_value(f.value)}</dd></div>" for f in fields
    )


# --- one version -------------------------------------------------------------------------


def _text_article(field: SnapshotField) -> str:
    if field.segments:
        body = "".join(
            f'<mark class="blank"><span class="visually-hidden">Blank: </span>'
            f"{escape(s.get('text', ''))}</mark>"
            if s.get("blank")
            else escape(s.get("text", ""))
            for s in field.segments
        )
    else:
        body = escape(field.value)
    if field.overridden:
        meta = '<span class="tag">Written by hand</span>'
    else:
        meta = '<span class="tag tag--quiet">From the template</span>'
    if field.max_length:
        if field.over_limit:
            meta += f'<span class="over-limit">{len(field.value)} of {field.max_length} '
            meta += "characters (too long)</span>"
        else:
            meta += f"<span>{len(field.value)} of {field.max_length} characters</span>"
    if field.blanks:
        count = len(field.blanks)
        meta += f"<span>{count} blank{_plural(count)} to fill</span>"
    return (
        f'<article class="snapshot-text card"><h3>{escape(field.label)}</h3>'
        f'<p class="snapshot-text__body">{body}</p>'
        f'<p class="snapshot-text__meta">{meta}</p></article>'
    )


def _section(section: SnapshotSection) -> str:
    key = escape(section.key)
    if section.key == "messaging":
        inner = "".join(_text_article(f) for f in section.fields) or (
            '<p class="muted">No texts in this version.</p>'
        )
    elif section.fields:
        inner = f'<dl class="snapshot-fields">{_field_rows(section.fields)}</dl>'
    elif section.key == "coach":
        inner = '<p class="muted">No coach finding was dismissed.</p>'
    else:
        inner = '<p class="muted">Nothing answered here.</p>'
    return (
        f'<section class="snapshot-section" aria-labelledby="section-{key}">'
        f'<h2 id="section-{key}">{escape(section.title)}</h2>{inner}</section>'
    )


def sections_html(sections: list[SnapshotSection]) -> SafeString:
    """A version page's sections: texts as articles, everything else as labelled values."""
    return mark_safe("\n".join(_section(s) for s in sections))  # noqa: S308 - escaped above


# --- a diff ------------------------------------------------------------------------------


def _diff_section(section: SectionDiff) -> str:
    key, title = escape(section.key), escape(section.title)
    changed = section.changed_fields
    count = f' <span class="diff-count">{len(changed)} changed</span>' if changed else ""
    parts = [
        f'<section class="diff-section" aria-labelledby="diff-{key}">'
        f'<h3 id="diff-{key}">{title}{count}</h3>'
    ]
    parts += [
        f'<div class="diff-field diff-field--{escape(f.status)}">'
        f'<p class="diff-field__label">{escape(f.label)} '
        f'<span class="diff-field__status">{escape(f.status)}</span></p>'
        f'<p class="diff-field__text">{f.html}</p></div>'
        for f in changed
    ]
    unchanged = section.unchanged_fields
    if unchanged:
        rows = "".join(
            f"<div><dt>{escape(f.label)}</dt><dd>{_value(f.new)}</dd></div>" for f in unchanged
        )
        parts.append(
            '<details class="diff-unchanged">'
            f"<summary>{len(unchanged)} unchanged field{_plural(len(unchanged))}"
            f'<span class="visually-hidden"> in {title}</span></summary>'
            f'<dl class="snapshot-fields">{rows}</dl></details>'
        )
    elif not section.fields:
        parts.append('<p class="muted">Nothing in either version.</p>')
    parts.append("</section>")
    return "".join(parts)


def diff_sections_html(sections: list[SectionDiff]) -> SafeString:
    """A diff's sections: changed fields with their words marked, the rest folded away."""
    return mark_safe("\n".join(_diff_section(s) for s in sections))  # noqa: S308 - escaped


# --- history -----------------------------------------------------------------------------


def _month(number: int) -> str:
    # As the template's date filter writes "M": the month's short name, translated.
    return MONTHS_3[number].title()


def history_rows(profile_pk, versions) -> SafeString:
    """The history table's rows. Every row's two links differ only in the number, so each
    address is reversed once and the number put in (the URL pattern takes any integer)."""
    sample = reverse("profiles:version", args=[profile_pk, _SAMPLE_NUMBER])
    version_head, _, version_tail = sample.rpartition(str(_SAMPLE_NUMBER))
    version_head, version_tail = escape(version_head), escape(version_tail)
    diff_url = escape(reverse("profiles:diff", args=[profile_pk]))
    rows = []
    for version in versions:
        number = version.number
        saved = timezone.localtime(version.created_at)
        note = escape(version.note) if version.note else '<span class="muted">No note</span>'
        changes = (
            f'<a href="{diff_url}?a={number - 1}&amp;b={number}">Changes'
            f'<span class="visually-hidden"> in version {number}</span> since v{number - 1}</a>'
            if number > 1
            else ""
        )
        rows.append(
            f'<tr><th scope="row"><a href="{version_head}{number}{version_tail}">'
            f"Version {number}</a></th>"
            f'<td data-label="Saved"><time datetime="{saved.isoformat()}">{saved.day} '
            f"{_month(saved.month)} {saved.year}, {saved:%H:%M}</time></td>"
            f'<td data-label="Note">{note}</td>'
            f'<td data-label="Headline" class="history-table__headline">'
            f"{escape(version.headline or '—')}</td><td>{changes}</td></tr>"
        )
    return mark_safe("\n".join(rows))  # noqa: S308 - built only from escaped values

"""The coach's findings for one text, and a text's preview, drawn in Python.

The messaging step draws thirteen texts with their findings on every page and on every
live-preview keystroke pause; through templates (two includes and a loop per text) that
was most of the preview's time. The markup is what templates/profiles/_coach_findings.html
and the messaging step's preview always drew; the tags in
profiles/templatetags/coach_html.py read the same context those templates read.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .engine import Finding

TAGS = {"error": "Must fix", "warning": "Warning"}  # anything else is a suggestion
NONE = '  <p class="coach-none">No findings: this text follows the messaging rules.</p>\n'
BLANK_TITLE = "Not answered yet: fill it in the step that asks for it"


def _finding_text(finding: Finding) -> SafeString:
    if finding.dismissed:
        quote = format_html(" — <q>{}</q>", finding.quote) if finding.quote else ""
        return format_html(
            '<p class="coach-finding__rule"><span class="coach-finding__tag">Dismissed</span>'
            " {}{}</p>",
            finding.rule_name,
            quote,
        )
    parts = [
        format_html(
            '<p class="coach-finding__rule"><span class="coach-finding__tag">{}</span>'
            " <strong>{}</strong></p>",
            TAGS.get(finding.severity, "Suggestion"),
            finding.rule_name,
        )
    ]
    if finding.quote:
        parts.append(
            format_html(
                '<p class="coach-finding__quote"><span class="visually-hidden">Triggered by: '
                "</span><q>{}</q></p>",
                finding.quote,
            )
        )
    parts.append(format_html('<p class="coach-finding__message">{}</p>', finding.message))
    if finding.fix:
        parts.append(
            format_html(
                '<p class="coach-finding__fix"><strong>How to fix:</strong> {}</p>', finding.fix
            )
        )
    return mark_safe("\n        ".join(parts))  # noqa: S308 - joins format_html parts


def _toggle(finding: Finding, *, dismiss_url: str, standalone_form: str) -> SafeString:
    restore = finding.dismissed
    button = format_html(
        '<button type="submit" class="link-button coach-finding__toggle"\n'
        '          formaction="{url}" formmethod="post" formnovalidate\n'
        '          name="{name}" value="{key} {slug}"\n'
        '          hx-post="{url}" hx-target="closest .coach-block" hx-swap="outerHTML">'
        '{label}<span class="visually-hidden"> “{rule}” for this text</span></button>',
        url=dismiss_url,
        name="coach_restore" if restore else "coach_dismiss",
        key=finding.text_key,
        slug=finding.rule_slug,
        label="Bring back" if restore else "Dismiss",
        rule=finding.rule_name,
    )
    if standalone_form:
        return format_html("{}{}</form>", standalone_form, button)
    return button


def findings_block(
    findings: Sequence[Finding],
    *,
    text_key: str = "",
    dismiss_url: str = "",
    coach_next: str = "",
    standalone: bool = False,
    csrf_token: str = "",
) -> SafeString:
    """One text's findings; with `dismiss_url` (the working copy) each has its Dismiss or
    Bring back button, in a form of its own when `standalone` (outside the step form)."""
    opening = (
        format_html('<div class="coach-block" id="coach-{}">\n', text_key)
        if text_key
        else '<div class="coach-block">\n'
    )
    if not findings:
        return mark_safe(opening + NONE + "</div>\n")  # noqa: S308 - constants, escaped key
    standalone_form = ""
    if dismiss_url and standalone:
        standalone_form = format_html(
            '<form method="post" action="{}" class="inline-form">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<input type="hidden" name="coach_next" value="{}">'
            '<input type="hidden" name="coach_standalone" value="1">',
            dismiss_url,
            csrf_token,
            coach_next,
        )
    items = []
    for finding in findings:
        classes = f"coach-finding coach-finding--{finding.severity}"
        if finding.dismissed:
            classes += " coach-finding--dismissed"
        toggle = (
            _toggle(finding, dismiss_url=dismiss_url, standalone_form=standalone_form)
            if dismiss_url
            else ""
        )
        items.append(
            format_html(
                '    <li class="{}">\n        {}\n        {}\n    </li>\n',
                classes,
                _finding_text(finding),
                toggle,
            )
        )
    trailer = ""
    if dismiss_url and not standalone:
        trailer = format_html('  <input type="hidden" name="coach_next" value="{}">\n', coach_next)
    return mark_safe(  # noqa: S308 - built only from format_html parts and constants
        opening
        + '  <ul class="coach-findings" aria-label="Coach findings">\n'
        + "".join(items)
        + "  </ul>\n"
        + trailer
        + "</div>\n"
    )


def dismiss_url_for(profile) -> str:
    """Where Dismiss posts, or "" where findings cannot be dismissed (no saved profile)."""
    if not profile or profile.pk is None:
        return ""
    return reverse("profiles:coach_dismiss", args=[profile.pk])


def text_preview(row: dict, findings_html: SafeString, *, oob: bool) -> SafeString:
    """One generated (or overridden) text as it will be pasted, its length and findings."""
    text = row["text"]
    if text.overridden:
        eyebrow = "Your text"
    elif text.is_advice:
        eyebrow = "The guide’s advice for your lane"
    else:
        eyebrow = "Generated from your answers"
    note = ""
    if row.get("lane_note") and not text.overridden:
        note = format_html('  <p class="hint">{}</p>\n', row["lane_note"])
    segments = "".join(
        format_html('<mark class="blank" title="{}">{}</mark>', BLANK_TITLE, seg.text)
        if seg.blank
        else conditional_escape(seg.text)
        for seg in text.segments
    )
    length, limit = text.length, text.max_length
    over = bool(limit) and length > limit
    count = f"{length} characters"
    if limit:
        count += f" of {limit}" + (" (over the limit)" if over else "")
    return format_html(
        '<div id="preview-{key}" class="text-preview"{oob}>\n'
        '  <p class="eyebrow">{eyebrow}</p>\n'
        "{note}"
        '  <p class="pasteable">{segments}</p>\n'
        '  <p class="char-count{over}">{count}</p>\n'
        "  {findings}</div>\n",
        key=row["template"].key,
        oob=mark_safe(' hx-swap-oob="true"') if oob else "",
        eyebrow=eyebrow,
        note=note,
        segments=mark_safe(segments),  # noqa: S308 - each segment escaped above
        over=" char-count--over" if over else "",
        count=count,
        findings=findings_html,
    )

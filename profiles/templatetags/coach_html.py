"""{% coach_findings %} and {% text_preview row %}: profiles/coach/html.py, reading the
context the coach templates always read (see templates/profiles/_coach_findings.html)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from profiles.coach import html

register = template.Library()


def _dismiss_url(context) -> str:
    # Once per render, not once per text: the messaging step draws thirteen.
    readonly, profile = bool(context.get("coach_readonly")), context.get("profile")
    key = ("coach_dismiss_url", readonly, getattr(profile, "pk", None))
    if key not in context.render_context:
        context.render_context[key] = "" if readonly else html.dismiss_url_for(profile)
    return context.render_context[key]


def _findings(context, findings, text_key: str) -> SafeString:
    dismiss_url = _dismiss_url(context)
    coach_next = ""
    if dismiss_url:
        request = context.get("request")
        coach_next = context.get("coach_next") or (request.get_full_path() if request else "")
    standalone = bool(dismiss_url and context.get("coach_standalone"))
    return html.findings_block(
        findings or (),
        text_key=text_key or "",
        dismiss_url=dismiss_url,
        coach_next=coach_next,
        standalone=standalone,
        # Only a form of its own carries the token: reading it masks a new one.
        csrf_token=str(context.get("csrf_token") or "") if standalone else "",
    )


@register.simple_tag(takes_context=True)
def coach_findings(context) -> SafeString:
    """The findings block for `findings` (and `text_key`) in the context."""
    return _findings(context, context.get("findings"), context.get("text_key"))


@register.simple_tag(takes_context=True)
def text_preview(context, row) -> SafeString:
    findings = _findings(context, row.get("findings"), row["template"].key)
    return html.text_preview(row, findings, oob=bool(context.get("oob")))

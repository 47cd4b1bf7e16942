"""{% coach_findings %}, {% messaging_fields rows %}, {% text_cards rows %} and
{% linkedin_texts items %}: the coach's Jinja2 fragments (templates/jinja2/profiles/
_coach_block.html, and the messaging step's and the LinkedIn page's texts around it), given
what they need from the page's context (see templates/profiles/_coach_findings.html)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from pivotapp.fragments import render_fragment
from pivotapp.site import profile_url

register = template.Library()


def _dismiss_url(context) -> str:
    """Where Dismiss posts, or "" where findings cannot be dismissed (a saved version, a
    pasted text with no profile). Once per render: the messaging step draws thirteen."""
    readonly, profile = bool(context.get("coach_readonly")), context.get("profile")
    key = ("coach_dismiss_url", readonly, getattr(profile, "pk", None))
    if key not in context.render_context:
        url = ""
        if not readonly and profile is not None and profile.pk is not None:
            url = profile_url("profiles:coach_dismiss", profile.pk)
        context.render_context[key] = url
    return context.render_context[key]


def _block(context, findings, text_key: str) -> dict:
    dismiss_url = _dismiss_url(context)
    coach_next = ""
    if dismiss_url:
        request = context.get("request")
        coach_next = context.get("coach_next") or (request.get_full_path() if request else "")
    standalone = bool(dismiss_url and context.get("coach_standalone"))
    return {
        "findings": findings or (),
        "text_key": text_key or "",
        "dismiss_url": dismiss_url,
        "coach_next": coach_next,
        "standalone": standalone,
        # Only a form of its own carries the token: reading it masks a new one.
        "csrf_token": str(context.get("csrf_token") or "") if standalone else "",
    }


@register.simple_tag(takes_context=True)
def coach_findings(context) -> SafeString:
    """The findings block for `findings` (and `text_key`) in the context."""
    block = _block(context, context.get("findings"), context.get("text_key"))
    return render_fragment("profiles/_coach_block.html", block)


@register.simple_tag(takes_context=True)
def text_cards(context, rows, *, cards: bool = True) -> SafeString:
    """The messaging step's texts (rows of MessagingHandler.preview_context) in one Jinja2
    render: their cards, or with cards=False their previews alone. What the coach block
    takes from the page (where Dismiss posts, where it returns) is the same for all."""
    block = _block(context, (), "")
    return render_fragment(
        "profiles/_text_cards.html",
        {**block, "rows": rows, "cards": cards, "oob": bool(context.get("oob"))},
    )


@register.simple_tag(takes_context=True)
def messaging_fields(context, rows) -> SafeString:
    """The messaging step's fields (the lead's choice, the lane's lines, every text's card
    with its box) in one Jinja2 render, from the step's context."""
    return render_fragment(
        "profiles/_messaging_fields.html",
        {
            **_block(context, (), ""),
            "rows": rows,
            "form": context.get("form"),
            "ranked": context.get("ranked"),
            "lane_lines": context.get("lane_lines"),
            "oob": False,
        },
    )


@register.simple_tag(takes_context=True)
def linkedin_texts(context, items) -> SafeString:
    """The LinkedIn page's texts (CopyText items) in one Jinja2 render: each card with its
    box and its status; the coach block's context is the same for all."""
    return render_fragment(
        "profiles/_linkedin_texts.html",
        {
            **_block(context, (), ""),
            "items": items,
            "urls": context.get("urls"),
            "version": context.get("version"),
            "see_more_at": context.get("see_more_at"),
        },
    )


@register.simple_tag(takes_context=True)
def linkedin_status(context, item) -> SafeString:
    """One LinkedIn text's status (count, limits, findings): what the live check redraws."""
    return render_fragment(
        "profiles/_linkedin_status.html",
        {**_block(context, (), ""), "item": item, "see_more_at": context.get("see_more_at")},
    )

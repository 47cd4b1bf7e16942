"""{% passkey_problem as problem %}: why this address cannot use passkeys, if it cannot."""

from django import template

from accounts.passkey_origin import passkey_problem as find_problem

register = template.Library()


@register.simple_tag(takes_context=True)
def passkey_problem(context) -> dict | None:
    request = context.get("request")
    return find_problem(request) if request is not None else None

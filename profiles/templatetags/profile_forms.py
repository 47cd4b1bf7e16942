"""Form rendering helpers for the step templates."""

from django import template

register = template.Library()


def described_by(bound) -> str:
    """The ids of a field's hint and error, for aria-describedby."""
    ids = []
    if bound.help_text:
        ids.append(f"{bound.auto_id}_helptext")
    if bound.errors:
        ids.append(f"{bound.auto_id}_error")
    return " ".join(ids)


@register.simple_tag
def widget(bound, **attrs):
    """Render a field's widget with its hint and error linked; attr_name -> attr-name."""
    rendered = {key.replace("_", "-"): value for key, value in attrs.items()}
    ids = described_by(bound)
    if ids:
        rendered["aria-describedby"] = ids
    return bound.as_widget(attrs=rendered)


@register.filter
def describedby(bound) -> str:
    return described_by(bound)

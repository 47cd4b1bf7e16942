"""Server-rendered SVG charts: attributes only, no inline style (the CSP forbids it)."""

from django import template

register = template.Library()

# Colour classes cycle through a palette defined in pivot.css (light and dark variants).
PALETTE_SIZE = 6


@register.inclusion_tag("roles/_day_to_day_chart.html")
def day_to_day_chart(archetype, shares=None):
    shares = list(shares if shares is not None else archetype.shares.all())
    segments = []
    offset = 0
    for index, share in enumerate(shares):
        segments.append(
            {
                "activity": share.activity,
                "percent": share.percent,
                "x": offset,
                "width": share.percent,
                "tone": index % PALETTE_SIZE,
            }
        )
        offset += share.percent
    return {
        "archetype": archetype,
        "segments": segments,
        "total": offset,
        "chart_id": f"d2d-{archetype.slug}",
    }

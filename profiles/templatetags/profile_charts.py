"""The skills self-rating as a server-rendered SVG (attributes only: the CSP forbids style)."""

from django import template

from profiles.forms import RATING_CHOICES

register = template.Library()

# Strong reads darkest: tone classes from pivot.css, strongest first in the palette.
RATING_TONES = {"none": 5, "basic": 2, "working": 1, "strong": 0}


@register.inclusion_tag("profiles/_skill_chart.html")
def skill_rating_chart(rows):
    """Rows of name, total and counts per rating; any other keys reach the template as is
    (the skills step's domain list: url, current, rated, emphasized)."""
    bars = []
    for row in rows:
        total = row["total"] or 1
        offset = 0.0
        segments = []
        for (value, label), count in zip(RATING_CHOICES, row["counts"], strict=True):
            if not count:
                continue
            width = 100 * count / total
            segments.append(
                {
                    "label": label,
                    "count": count,
                    "x": round(offset, 3),
                    "width": round(width, 3),
                    "tone": RATING_TONES[value],
                }
            )
            offset += width
        bars.append({**row, "segments": segments})
    legend = [{"label": label, "tone": RATING_TONES[value]} for value, label in RATING_CHOICES]
    return {"bars": bars, "legend": legend}

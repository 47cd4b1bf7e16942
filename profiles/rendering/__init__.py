"""Rendering of the guide's message templates into a person's copy, in one package.

- `english`: plain-English joins (lists with "and", a/an, an artifact with its result);
- `slots`: what each template slot holds, filled from the answers;
- `texts`: templates to segments and RenderedText (visible blanks, overrides, limits);
- `current`: the same from today's MessageTemplate rows in the database.
"""

from .current import current_texts, lane_for
from .slots import BLANK_LABELS, placeholder_values, signal_key
from .texts import (
    ADVICE_KEYS,
    TEXT_SLOTS,
    RenderedText,
    Segment,
    render_body,
    render_texts,
    texts_showing,
)

__all__ = [
    "texts_showing",
    "ADVICE_KEYS",
    "BLANK_LABELS",
    "TEXT_SLOTS",
    "RenderedText",
    "Segment",
    "current_texts",
    "lane_for",
    "placeholder_values",
    "render_body",
    "render_texts",
    "signal_key",
]

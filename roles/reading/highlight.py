"""The pasted text as HTML: escaped, deciding phrases in <mark>, boilerplate dimmed."""

from __future__ import annotations

from bisect import bisect_right

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .engine import Reading
from .sections import BOILERPLATE


def highlighted(reading: Reading) -> SafeString:
    text = reading.text
    marks = {(e.start, e.end): e for e in reading.decisive}
    # Regions come in text order and never overlap: the one that can hold a piece is the
    # last to start at or before it, found by bisection rather than a scan of them all.
    quiet = [(r.start, r.end) for r in reading.regions if r.kind == BOILERPLATE]
    quiet_starts = [start for start, _ in quiet]
    cuts = {0, len(text)}
    for start, end in [*marks, *quiet]:
        cuts.update((start, end))
    bounds = sorted(cuts)
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = escape(text[start:end])
        mark = next((e for (s, t), e in marks.items() if s <= start and end <= t), None)
        if mark is not None:
            piece = format_html('<mark title="{}">{}</mark>', f"Signal: {mark.phrase}", piece)
        index = bisect_right(quiet_starts, start) - 1
        if index >= 0 and end <= quiet[index][1]:
            piece = format_html('<span class="posting-text__boilerplate">{}</span>', piece)
        pieces.append(piece)
    # Every piece above went through escape() or format_html(); joining keeps them safe.
    return mark_safe("".join(pieces))  # noqa: S308

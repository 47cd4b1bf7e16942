"""The brief as a one-page A4 PDF: the brief page's own sheet (`brief.html#sheet`) and
stylesheets in print media, drawn by WeasyPrint. One layout for the page, its printout and
the PDF; every character is kept (Pango shapes accents, right-to-left words and emoji with
Debian's fonts-dejavu-core), and nothing the person typed is read as markup: the template
escapes it like any page.

Bounded work: answers reach here through the step forms' limits (one validator for every
way in), the fitting loop makes at most len(SIZES) drawings, and stops at once when a
smaller size could not bring the brief to one page. docs/security.md gives the worst case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from .content import Brief

if TYPE_CHECKING:
    from weasyprint import CSS

# WeasyPrint (and Pango under it) is imported by the first drawing, not at start-up: half
# a second of every process's start. `check --deploy` proves it loads (checks.py).

STYLESHEETS = ("css/pivot.css", "css/brief.css")
# The sheet's text size in points, tried in turn until the brief fits one page; the
# print stylesheet's other sizes follow it (they are in em).
SIZES = (9.5, 9.0, 8.5, 8.0)
# Smaller text gains at most about a sixth of a page per step: beyond this many pages the
# remaining sizes cannot reach one page, so they are not tried.
HOPELESS_PAGES = 2


class NoFetching(Exception):
    """The PDF is drawn from the template and our stylesheets alone: no URL is fetched."""


def _refuse(url: str, *args, **kwargs):
    # A link or image in a stylesheet (or anything a person typed) never reaches the
    # network or the file system from here.
    raise NoFetching(url)


def _stylesheets() -> list[CSS]:
    from weasyprint import CSS

    return [CSS(filename=finders.find(path), url_fetcher=_refuse) for path in STYLESHEETS]


def draw(brief: Brief) -> list:
    """Each drawing tried, in order (WeasyPrint documents); the last is the one kept."""
    from weasyprint import CSS, HTML

    html = HTML(
        string=render_to_string("profiles/brief_pdf.html", {"brief": brief}),
        url_fetcher=_refuse,
        media_type="print",
    )
    stylesheets = _stylesheets()
    drawings = []
    for size in SIZES:
        sized = CSS(string=f"@media print {{ .brief {{ font-size: {size}pt; }} }}")
        document = html.render(stylesheets=[*stylesheets, sized])
        drawings.append(document)
        if len(document.pages) == 1 or len(document.pages) > HOPELESS_PAGES:
            break
    return drawings


def brief_pdf(brief: Brief) -> bytes:
    return draw(brief)[-1].write_pdf()

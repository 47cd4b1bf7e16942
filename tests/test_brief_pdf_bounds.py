"""The PDF brief's work is bounded by structure (issue 23, finding 3): at most len(SIZES)
drawings, and one when no smaller size could bring the brief to one page. Times are for
`make bench` (bench/brief.py), never asserted."""

import pytest

from bench.brief import largest_brief, spilling_brief
from profiles.brief import pdf

pytestmark = pytest.mark.django_db


def test_a_brief_that_spills_at_every_size_is_drawn_at_most_once_per_size():
    drawings = pdf.draw(spilling_brief())
    assert len(drawings) == len(pdf.SIZES) == 4
    assert all(len(d.pages) == 2 for d in drawings)  # kept whole, on two pages


def test_a_hopelessly_long_brief_is_drawn_once():
    drawings = pdf.draw(largest_brief())
    assert len(drawings) == 1
    assert len(drawings[0].pages) > pdf.HOPELESS_PAGES


def test_no_url_is_fetched_while_drawing(monkeypatch):
    with pytest.raises(pdf.NoFetching):
        pdf._refuse("file:///etc/passwd")
    asked: list[str] = []
    monkeypatch.setattr(pdf, "_refuse", lambda url, *a, **k: asked.append(url))
    brief = spilling_brief()
    brief.opener = '<img src="http://example.com/x.png"> <link href="file:///etc/passwd">'
    pdf.draw(brief)
    assert asked == []  # the opener is escaped text; our stylesheets name no URL

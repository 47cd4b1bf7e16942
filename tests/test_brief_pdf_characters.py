"""The PDF brief keeps every character a person typed: accents (not folded to their base
letter), a right-to-left word, an emoji — read back out of the PDF with pypdf. The page
and the PDF are one layout: the PDF is the page's own sheet in print media."""

import re
import unicodedata

import pytest
from django.urls import reverse

from profiles.brief import pdf
from profiles.brief.content import build_brief
from profiles.exports.linkedin import source_for_profile
from tests.brief_support import filled_profile, pdf_pages
from tests.step_data import step_url, valid_data

pytestmark = pytest.mark.django_db

NAME = "Thảo Nguyễn"  # Vietnamese: letters with two marks each
RTL = "שלום"  # Hebrew, right to left
EMOJI = "😀"
OPENER = f"Xin chào, I'm {NAME}: I ship evals {EMOJI} for a team that says {RTL} each morning."


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", _nfc(text))


@pytest.fixture
def profile(alice_client, alice):
    profile = filled_profile(alice_client, alice, name=NAME, overrides={"opener": OPENER})
    data = valid_data("background", profile.revision) | {"artifact-0-name": f"Łódź {RTL} bot"}
    assert alice_client.post(step_url(profile, "background"), data).status_code == 302
    profile.refresh_from_db()
    return profile


def test_accents_a_right_to_left_word_and_an_emoji_come_back_out_of_the_pdf(alice_client, profile):
    response = alice_client.get(reverse("profiles:brief_pdf", args=[profile.pk]))

    assert response.status_code == 200
    [text] = pdf_pages(response.content)
    text = _nfc(text)
    assert NAME in text  # not "Thao Nguyen"
    assert RTL in text
    assert EMOJI in text
    assert "Łódź" in text
    assert "cannot be drawn" not in text


def test_nothing_is_replaced_anywhere_in_the_text_layer(alice_client, profile):
    [text] = pdf_pages(alice_client.get(reverse("profiles:brief_pdf", args=[profile.pk])).content)
    # The whole opener, as typed, in one piece. Spaces aside: lines wrap anywhere, and a
    # text extractor places the space beside a right-to-left word by where it is drawn.
    assert _bare(OPENER) in _bare(text)


def test_the_pdf_is_drawn_from_the_pages_own_sheet(alice_client, profile):
    brief = build_brief(source_for_profile(profile))
    page = alice_client.get(reverse("profiles:brief", args=[profile.pk])).content.decode()
    document = pdf.draw(brief)[-1]
    # The same headings in the same order on the page and in the PDF.
    headings = ["60-second opener", "Target lane", "Top strengths", "Shipped artifacts"]
    [text] = pdf_pages(document.write_pdf())
    assert [page.index(h) for h in headings] == sorted(page.index(h) for h in headings)
    assert [text.index(h) for h in headings] == sorted(text.index(h) for h in headings)
    assert len(document.pages) == 1
    width, height = document.pages[0].width, document.pages[0].height
    # A4 in CSS pixels (96 per inch): 210 mm x 297 mm.
    assert (round(width), round(height)) == (794, 1123)

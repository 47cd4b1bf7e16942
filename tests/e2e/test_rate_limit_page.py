"""Past the reader's limit the 429 page is shown, with JavaScript on (htmx would not swap
an error answer: pivot.js shows it and moves focus to its heading) and off."""

import pytest
from playwright.sync_api import expect

POSTING = "Senior AI Engineer\n\nYou will build evals and RAG pipelines in Python."


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_the_reader_shows_when_to_try_again(browse, a11y, guard, settings, js):
    settings.PIVOT_RATE_LIMITS = {"read_posting": "1/m/ip"}
    guard.allow_console(r"status of 429 \(Too Many Requests\)")  # the browser logs it
    page = browse(js=js)
    page.goto("/roles/read/")
    page.locator("textarea").first.fill(POSTING)
    page.get_by_role("button", name="Read the posting").click()
    expect(page.get_by_text("How the guide reads").first).to_be_visible()
    a11y.check(page, js=js)
    page.get_by_role("button", name="Read the posting").click()  # the text stays in the field
    heading = page.get_by_role("heading", name="Please wait a moment")
    expect(heading).to_be_visible()
    expect(page.get_by_text("Try again in")).to_be_visible()
    if js:
        expect(heading).to_be_focused()
    a11y.check(page, js=js)
    a11y.assert_clean()

"""The worked example in a real browser: from the home page, "See an example" walks the
sample profile step by step, read-only, on any lane and its LinkedIn copy; "Start from
this example" signs a visitor in and copies it into a profile of their own. JavaScript on
and off, a phone width, the keyboard only, and axe on every page."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import PASSWORD
from .keyboard import Keyboard

STEP_TITLES = ["Background", "Credibility", "Target lane", "Skills", "Gaps", "Messaging", "Review"]
BANNER = "This is an example profile — read-only"


# Each way once: with JavaScript on a desktop, without it on a phone (a second no-JS walk
# at 1280 px took the same steps, only wider).
@pytest.mark.parametrize(("javascript", "width"), [(True, 1280), (False, 360)])
def test_a_visitor_walks_the_example_and_starts_from_it(
    browse, a11y, make_account, javascript, width
):
    make_account("dana@example.com")
    page = browse(js=javascript, width=width)
    page.goto("/")
    a11y.check(page, js=javascript)
    page.get_by_role("link", name="See an example").click()
    expect(page).to_have_url(re.compile(r"/example/applied-ai/steps/background/$"))

    for number, title in enumerate(STEP_TITLES, start=1):
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        expect(page.get_by_role("heading", name=BANNER)).to_be_visible()
        expect(page.get_by_role("button", name="Save and continue")).to_have_count(0)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        if title == "Background":
            expect(page.get_by_label("Years of experience")).to_be_disabled()
            expect(page.get_by_label("Years of experience")).to_have_value("11")
        a11y.check(page, js=javascript)
        if number < len(STEP_TITLES):
            page.get_by_role("link", name=f"Next: {STEP_TITLES[number].lower()}").click()

    # The review ends with the copy, not "Save version".
    expect(page.get_by_role("button", name="Save version")).to_have_count(0)

    # Another lane: the same step, aimed at Founding.
    page.get_by_role("navigation", name="See it aimed at another lane:").get_by_role(
        "link", name="Founding"
    ).click()
    expect(page).to_have_url(re.compile(r"/example/founding/steps/review/$"))
    expect(page.get_by_text("Founding AI Engineer roles").first).to_be_visible()
    a11y.check(page, js=javascript)

    page.get_by_role("navigation", name="Example profile").get_by_role(
        "link", name="LinkedIn copy"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("LinkedIn copy")
    expect(page.locator("#text-linkedin_headline")).to_have_attribute("readonly", "")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    a11y.check(page, js=javascript)

    page.get_by_role("link", name="Sign in to start from this example").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    a11y.check(page, js=javascript)
    page.get_by_label("Email").fill("dana@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main form").get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/example/founding/linkedin/$"))
    a11y.check(page, js=javascript)

    page.get_by_role("button", name="Start from this example").click()
    expect(page).to_have_url(re.compile(r"/profiles/[0-9a-f-]{36}/steps/background/$"))
    expect(page.get_by_text("from the example. It is yours")).to_be_visible()
    expect(page.get_by_label("Years of experience")).to_have_value("11")
    expect(page.get_by_label("Years of experience")).to_be_enabled()
    expect(page.get_by_text(BANNER)).to_have_count(0)
    a11y.check(page, js=javascript)
    a11y.assert_clean()


def test_the_step_list_moves_through_the_example_with_htmx(browse, a11y):
    page = browse(js=True)
    page.goto("/example/lead-ai/steps/background/")
    a11y.check(page, js=True)
    page.get_by_role("navigation", name="Steps").get_by_role("link", name="Skills").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Skills")
    expect(page).to_have_url(re.compile(r"/example/lead-ai/steps/skills/$"))
    # The header came along out of band: its lane links now open the skills step.
    lanes = page.get_by_role("navigation", name="See it aimed at another lane:")
    expect(lanes.get_by_role("link", name="Founding")).to_have_attribute(
        "href", "/example/founding/steps/skills/"
    )
    expect(page.locator("#step-panel input[type=radio]:not(:disabled)")).to_have_count(0)
    a11y.check(page, js=True)
    a11y.assert_clean()


def test_the_example_works_with_the_keyboard_only(browse, a11y, alice):
    page = browse(js=True, user=alice)
    kb = Keyboard(page)

    def arrived(heading: str) -> None:
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        page.wait_for_load_state("load")
        a11y.check(page, js=True)
        kb.start()

    page.goto("/")
    page.wait_for_load_state("load")
    a11y.check(page, js=True)
    kb.start()
    kb.activate(page.get_by_role("link", name="See an example"))
    arrived("Background")
    kb.assert_no_focus_trap()
    kb.activate(page.get_by_role("link", name="Reliability/evals"))
    expect(page).to_have_url(re.compile(r"/example/reliability-evals/steps/background/$"))
    arrived("Background")
    kb.activate(page.get_by_role("link", name="Next: credibility"))
    arrived("Credibility")
    kb.activate(page.get_by_role("button", name="Start from this example"))
    expect(page).to_have_url(re.compile(r"/profiles/[0-9a-f-]{36}/steps/background/$"))
    arrived("Background")
    kb.assert_indicators()
    a11y.assert_clean()


@pytest.mark.parametrize(("scheme", "width"), [("dark", 360)], ids=["dark-360"])
def test_every_example_page_passes_axe_dark_on_a_phone(browse, a11y, alice, scheme, width):
    page = browse(user=alice, color_scheme=scheme, width=width)
    slugs = ["background", "credibility", "lane", "skills", "gaps", "messaging", "review"]
    for url in [
        *(f"/example/ai-platform/steps/{slug}/" for slug in slugs),
        "/example/ai-platform/linkedin/",
    ]:
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, url
        a11y.check(page, js=True)
    a11y.assert_clean()

"""The messaging step's live preview and "Save and continue" (seen under load in the
keyboard journey): a preview still on its way once disabled the button under the person's
keyboard focus, so Enter did nothing and focus fell to <body>. The preview is held here
until the save is done, so the moment is not left to chance; answered then, it lands in
the replaced panel's detached blocks (htmx swaps out of band within the sender's own
tree): nothing shows, and no error is logged (the page's guards would fail the test)."""

import re

from playwright.sync_api import expect

from profiles.models import Profile
from roles.models import RoleArchetype

from .helpers import full_answers


def test_save_pressed_while_a_preview_is_on_its_way_goes_once_it_is_back(browse, make_account):
    alice = make_account("alice@example.com")
    profile = Profile.objects.create(
        owner=alice,
        name="Applied AI",
        lane=RoleArchetype.objects.get(slug="applied-ai"),
        answers=full_answers(),
    )
    page = browse(user=alice)
    held = []
    page.route(re.compile(r"/steps/messaging/preview/$"), lambda route: held.append(route))
    page.goto(f"/profiles/{profile.pk}/steps/messaging/")

    box = page.get_by_label(re.compile(r"^Your own linkedin headline$", re.I))
    with page.expect_request(re.compile(r"/steps/messaging/preview/$")):
        box.fill("Production AI Engineer · Evals for support agents")
    save = page.locator("#step-form").get_by_role("button", name="Save and continue")
    # Resolves once htmx has handled the preview's answer (the event stays on the box).
    box.evaluate(
        """box => { window.__previewHandled = new Promise((resolve) => box.addEventListener(
             "htmx:afterRequest", () => resolve(true), {once: true})); }"""
    )
    save.focus()
    page.keyboard.press("Enter")
    # The preview is still held: the button took the press, and the save went through.
    expect(page.get_by_role("heading", level=1)).to_have_text("Review")
    expect(page.locator("#step-heading")).to_be_focused()
    profile.refresh_from_db()
    headline = profile.answers["messaging"]["overrides"]["linkedin_headline"]
    assert headline == "Production AI Engineer · Evals for support agents"

    # Answered now, after the panel it was sent from was replaced.
    held[0].continue_()
    assert page.evaluate("window.__previewHandled") is True
    expect(page.locator("[id^=preview-]")).to_have_count(0)

"""Scenario 3: the journey of scenario 1 with the keyboard only.

Every control is reached with Tab / Shift+Tab and operated with Enter, Space or the arrow
keys; every focus stop must show a visible focus indicator, and no page traps focus.
The only mouse-free shortcut is opening the confirmation link, which arrives by email.
"""

import re

from playwright.sync_api import expect

from .helpers import PASSWORD, confirmation_link
from .journey import ARTIFACT, BACKGROUND, NEW_HEADLINE, OLD_HEADLINE_PART, rate_every_skill
from .keyboard import Keyboard

EMAIL = "kim@example.com"


def test_the_journey_works_with_the_keyboard_only(browse, mailoutbox, tmp_path):
    page = browse(js=True)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    kb = Keyboard(page)
    checked_pages: set[str] = set()

    def arrived(heading) -> None:
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        page.wait_for_load_state("load")  # deferred scripts ran: the page is what a person uses
        kind = re.sub(r"[0-9a-f-]{36}|/\d+/|confirm-email/.*", "*", page.url)
        if kind not in checked_pages:
            checked_pages.add(kind)
            kb.assert_no_focus_trap()
        kb.start()

    def link(name, scope=page):
        return scope.get_by_role("link", name=name, exact=True)

    def button(name, scope=page):
        return scope.get_by_role("button", name=name, exact=True)

    # Public pages: the skip link first, then the main navigation.
    page.goto("/")
    kb.start()
    kb._press("Tab")
    expect(link("Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()
    arrived(re.compile("."))
    kb.activate(link("Roles", page.get_by_role("navigation", name="Main")))
    arrived(re.compile("role", re.I))
    kb.activate(page.get_by_role("link", name="Applied AI / Agent Engineer").first)
    arrived("Applied AI / Agent Engineer")

    # Sign up and confirm.
    kb.activate(link("Sign up"))
    arrived("Create an account")
    kb.type_into(page.get_by_label("Email address"), EMAIL)
    kb.type_into(page.get_by_label("Create a password"), PASSWORD)
    kb.type_into(page.get_by_label("Type the password again"), PASSWORD)
    kb.activate(button("Create account"))
    arrived("Confirm your email address")
    page.goto(confirmation_link(mailoutbox))
    kb.start()
    kb.activate(button("Confirm"))
    expect(page.get_by_role("link", name=re.compile(re.escape(EMAIL)))).to_be_visible()

    # A new profile.
    kb.activate(link("My profiles", page.get_by_role("navigation", name="Main")))
    arrived("My profiles")
    kb.activate(link("New profile"))
    arrived("New profile")
    kb.type_into(page.get_by_label("Profile name"), "Applied AI")
    kb.activate(button("Create profile"))
    arrived("Background")

    form = page.locator("#step-form")

    def save_and_continue(next_title):
        kb.activate(button("Save and continue", form))
        expect(page.locator("#step-heading")).to_be_focused()
        arrived(next_title)

    # 1. Background: arrows in the level radios, Space on the domain checkboxes.
    kb.choose_radio(form.get_by_role("radio").first, form.get_by_role("radio", name="Senior"))
    for name in ("backend", "cloud"):
        box = form.get_by_role("checkbox", name=name)
        kb.activate(box, "Space")
        expect(box).to_be_checked()
    for label, value in BACKGROUND.items():
        kb.type_into(form.get_by_label(label, exact=True), value)
    artifact = form.get_by_role("group", name="Artifact 1")
    for label, value in ARTIFACT.items():
        kb.type_into(artifact.get_by_label(label, exact=True), value)
    save_and_continue("Credibility")

    # 2. Credibility
    boxes = form.locator("textarea")
    for index in range(boxes.count()):
        kb.type_into(boxes.nth(index), f"Shipped {index + 2} services; led 3 incident reviews")
    save_and_continue("Target lane")

    # 3. Target lane
    kb.choose_radio(
        form.get_by_role("radio").first,
        form.get_by_role("radio", name="Applied AI / Agent Engineer"),
    )
    save_and_continue("Skills")

    # 4. Skills: None -> Basic -> Working with the arrow keys in every group, domain by domain.
    rate_every_skill(
        page,
        lambda group: kb.choose_radio(
            group.get_by_role("radio").first, group.get_by_role("radio", name="Working")
        ),
        save_and_continue,
        js=True,
    )

    # 5. Gaps
    gaps = form.locator("section.gap")
    kb.choose_radio(
        gaps.nth(0).get_by_role("radio").first, gaps.nth(0).get_by_role("radio", name="Shipped")
    )
    kb.type_into(gaps.nth(0).get_by_label("Link to the deliverable"), "https://example.com/evals")
    for index in range(1, gaps.count()):
        gap = gaps.nth(index)
        kb.choose_radio(
            gap.get_by_role("radio").first, gap.get_by_role("radio", name="In progress")
        )
    save_and_continue("Messaging")

    # 6. Messaging, 7. Review and version 1.
    expect(page.locator("#preview-linkedin_headline")).to_contain_text(OLD_HEADLINE_PART)
    save_and_continue("Review")
    kb.type_into(page.get_by_label("Note (optional)"), "First draft")
    kb.activate(button("Save version"))
    arrived("Version 1")

    # A new headline and version 2 (Shift+Tab back up to the step list).
    kb.activate(link("Working copy", page.get_by_role("navigation", name="Applied AI", exact=True)))
    arrived("Review")
    kb.type_into(page.get_by_label("Note (optional)"), "Sharper headline")
    kb.activate(link(re.compile("Messaging"), page.get_by_role("navigation", name="Steps")))
    expect(page.locator("#step-heading")).to_be_focused()
    arrived("Messaging")
    kb.type_into(page.get_by_label(re.compile(r"^Your own linkedin headline$", re.I)), NEW_HEADLINE)
    save_and_continue("Review")
    kb.type_into(page.get_by_label("Note (optional)"), "Sharper headline")
    kb.activate(button("Save version"))
    arrived("Version 2")

    # Diff, then restore version 1 (Enter on the summary opens the restore panel).
    kb.activate(link("Changes since version 1"))
    arrived("Compare versions")
    expect(page.locator(".diff ins", has_text="Evals")).to_have_count(1)
    kb.activate(link("version 1"))
    arrived("Version 1")
    kb.activate(page.locator("summary", has_text="Restore this version"))
    kb.activate(button("Restore version 1"))
    expect(page.get_by_text("Version 1 restored into your working copy")).to_be_visible()
    arrived("Review")

    # LinkedIn: download the .md (bottom of the page), then Shift+Tab back up to Copy.
    profile_nav = page.get_by_role("navigation", name="Applied AI", exact=True)
    kb.activate(link("LinkedIn copy", profile_nav))
    arrived("LinkedIn copy")
    with page.expect_download() as info:
        kb.activate(link("LinkedIn copy (.md)"))
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    headline = page.get_by_label("LinkedIn headline, as it will paste").input_value()
    assert headline in target.read_text(encoding="utf-8")
    kb.activate(page.get_by_role("button", name=re.compile(r"^Copy LinkedIn headline")))
    expect(page.locator("#copied-linkedin_headline")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == headline

    kb.assert_indicators()

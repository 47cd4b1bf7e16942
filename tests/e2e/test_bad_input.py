"""Scenario 6: bad input in the browser. An over-long answer and an invalid link come back
with a message next to each field, an error summary linking to them, the typed text kept,
and the saved working copy untouched. With JavaScript on (htmx swap) and off (full page)."""

import pytest
from playwright.sync_api import expect

from profiles.models import Profile

LONG_EDGE = "Large-scale backend reliability across payments and search. " * 6  # 360 chars
BAD_LINK = "javascript:alert(1)"
SAVED = {"background": {"level": "Staff", "years": 12, "edge": "payments reliability"}}
TRUNCATED = (
    "missing in the guided form (issue 4): step text inputs carry a maxlength attribute, so "
    "the browser silently cuts an over-long answer at the limit and no message can be shown; "
    "drop maxlength from the step widgets (the server check stays) so the person gets the "
    "message and keeps the text"
)


def _assert_reported(page, summary, control, block, message: str) -> None:
    """A message next to the field, tied to the control, and linked from the summary."""
    expect(block.locator(".error-message")).to_contain_text(message)
    message_id = block.locator(".error-message").get_attribute("id")
    assert message_id in (control.get_attribute("aria-describedby") or "").split()
    expect(summary.locator(f'a[href="#{control.get_attribute("id")}"]')).to_have_count(1)


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_bad_input_is_shown_next_to_the_fields_and_kept(browse, make_account, js):
    alice = make_account("alice@example.com")
    profile = Profile.objects.create(owner=alice, name="Applied AI", answers=SAVED)
    page = browse(user=alice, js=js)
    page.goto(f"/profiles/{profile.pk}/steps/background/")

    edge = page.get_by_label("Your strongest existing edge", exact=True)
    edge_field = page.locator(".field").filter(has=edge)
    browser_truncates = bool(edge.get_attribute("maxlength"))
    edge.fill(LONG_EDGE)
    artifact = page.get_by_role("group", name="Artifact 1")
    artifact.get_by_label("Name", exact=True).fill("Triage agent")
    link = artifact.get_by_label("Link (optional)", exact=True)
    link.fill(BAD_LINK)
    link_field = artifact.locator(".field").filter(
        has=page.get_by_label("Link (optional)", exact=True)
    )
    page.get_by_role("button", name="Save and continue").click()

    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_be_visible()
    if js:
        expect(summary).to_be_focused()
    expect(page.get_by_role("heading", level=1)).to_have_text("Background")
    _assert_reported(page, summary, link, link_field, "http:// or https://")
    expect(link).to_have_value(BAD_LINK)
    # Following the summary link lands on the field.
    summary.locator(f'a[href="#{link.get_attribute("id")}"]').click()
    expect(link).to_be_focused()
    profile.refresh_from_db()
    assert profile.answers == SAVED

    if browser_truncates:
        pytest.xfail(TRUNCATED)
    _assert_reported(page, summary, edge, edge_field, "300 characters")
    expect(edge).to_have_value(LONG_EDGE)

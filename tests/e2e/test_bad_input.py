"""Scenario 6: bad input in the browser. An over-long answer and an invalid link come back
with a message next to each field, an error summary linking to them, the typed text kept,
and the saved working copy untouched. With JavaScript on (htmx swap) and off (full page)."""

import pytest
from playwright.sync_api import expect

from profiles.models import Profile

LONG_EDGE = "Large-scale backend reliability across payments and search. " * 6  # 360 chars
BAD_LINK = "javascript:alert(1)"
SAVED = {"background": {"level": "Staff", "years": 12, "edge": "payments reliability"}}


def _field(page, label):
    """The .field block holding the control labelled `label`."""
    control = page.get_by_label(label, exact=True)
    return control, page.locator(".field").filter(has=control)


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_bad_input_is_shown_next_to_the_fields_and_kept(browse, make_account, js):
    alice = make_account("alice@example.com")
    profile = Profile.objects.create(owner=alice, name="Applied AI", answers=SAVED)
    page = browse(user=alice, js=js)
    page.goto(f"/profiles/{profile.pk}/steps/background/")

    edge, edge_field = _field(page, "Your strongest existing edge")
    edge.fill(LONG_EDGE)
    artifact = page.get_by_role("group", name="Artifact 1")
    artifact.get_by_label("Name", exact=True).fill("Triage agent")
    link = artifact.get_by_label("Link", exact=True)
    link.fill(BAD_LINK)
    link_field = artifact.locator(".field").filter(has=page.get_by_label("Link", exact=True))
    page.get_by_role("button", name="Save and continue").click()

    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_be_visible()
    if js:
        expect(summary).to_be_focused()
    expect(edge_field.locator(".error-message")).to_contain_text("300 characters")
    expect(link_field.locator(".error-message")).to_contain_text("http:// or https://")
    # Each message is tied to its control for screen readers, and the summary links to it.
    for control, block in ((edge, edge_field), (link, link_field)):
        message_id = block.locator(".error-message").get_attribute("id")
        assert message_id in (control.get_attribute("aria-describedby") or "").split()
        control_id = control.get_attribute("id")
        expect(summary.locator(f'a[href="#{control_id}"]')).to_have_count(1)
    # What the person typed is all still there.
    expect(edge).to_have_value(LONG_EDGE)
    expect(link).to_have_value(BAD_LINK)
    expect(page.get_by_role("heading", level=1)).to_have_text("Background")

    # Following the summary link lands on the field.
    summary.locator(f'a[href="#{link.get_attribute("id")}"]').click()
    expect(link).to_be_focused()

    profile.refresh_from_db()
    assert profile.answers == SAVED

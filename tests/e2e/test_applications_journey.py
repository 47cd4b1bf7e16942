"""Issue 25's journey, with JavaScript (htmx moves the card and saves a tick in place)
and without (plain posts and redirects): read a posting → tailor → save the version →
track the application from it → move it to Interview on the board → tick prep → the
weekly view. Every page audited with axe; keyboard only for the board move."""

import re

import pytest
from playwright.sync_api import expect

from profiles.applications.models import Application
from roles import guide
from tests.tailoring_data import make_profile, posting

ROLE = "AI Platform Engineer at Caldera"


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_read_tailor_track_move_prep_and_week(browse, a11y, make_account, js):
    profile = make_profile(make_account("erin@example.com"))
    page = browse(js=js, user=profile.owner)

    page.goto("/roles/read/")
    page.get_by_label("Job posting").fill(posting("c01_ai_platform_engineer"))
    page.get_by_role("button", name="Read the posting").click()
    expect(page.get_by_label("Company")).to_have_value("Caldera")
    expect(page.get_by_role("button", name="Track this application")).to_be_visible()
    a11y.check(page, js=js)

    page.get_by_role("button", name="Save to profile").click()
    expect(page.get_by_text(re.compile(f"Saved (the reading of )?“{ROLE}”")).first).to_be_visible()
    a11y.check(page, js=js)
    page.get_by_role("button", name="Tailor my copy to this role").click()
    expect(page.get_by_role("heading", name=f"Tailored: {ROLE}", level=1)).to_be_visible()
    a11y.check(page, js=js)
    page.get_by_role("button", name="Save as version", exact=True).click()
    expect(page.get_by_role("heading", name="Version 1", level=1)).to_be_visible()
    a11y.check(page, js=js)

    # Track: one click on the tailored version's page.
    page.get_by_role("button", name="Track this application").click()
    expect(page.get_by_role("heading", name=ROLE, level=1)).to_be_visible()
    expect(
        page.get_by_text(re.compile(r"Tracking “AI Platform Engineer at Caldera”"))
    ).to_be_visible()
    expect(page.get_by_role("heading", name="What you sent")).to_be_visible()
    expect(page.get_by_text("I saw the AI Platform Engineer role").first).to_be_visible()
    expect(page.get_by_text(re.compile(r"\d+ of \d+ \(\d+%\)")).first).to_be_visible()
    a11y.check(page, js=js)
    application = Application.objects.get(owner=profile.owner)
    assert application.version.number == 1 and application.reading is not None

    # The board: move the card to Interview with the keyboard.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Applications").click()
    expect(page.get_by_role("heading", name="Applications", level=1)).to_be_visible()
    a11y.check(page, js=js)
    select = page.get_by_label(f"Status of {ROLE}")
    select.focus()
    select.select_option("interview")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name=f"Move {ROLE}")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text(f"Moved “{ROLE}” to Interview.")).to_be_visible()
    interview = page.get_by_role("region", name=re.compile(r"^Interview"))
    expect(interview.get_by_role("link", name="AI Platform Engineer")).to_be_visible()
    if js:  # swapped in place: still the board, focus kept on the card's button
        assert page.url.endswith("/applications/")
        expect(page.get_by_role("button", name=f"Move {ROLE}")).to_be_focused()
    a11y.check(page, js=js)
    application.refresh_from_db()
    assert application.status == "interview"

    # Prep: tick two of the lane's interview expectations.
    interview.get_by_role("link", name="AI Platform Engineer").click()
    expectations = guide.interview_expectations(application.lane_id)
    page.get_by_label(expectations[0]).check()
    if js:
        expect(page.get_by_text(f"1 of {len(expectations)}")).to_be_visible()
    page.get_by_label(expectations[1]).check()
    if js:
        expect(page.get_by_text(f"2 of {len(expectations)}")).to_be_visible()
    else:
        expect(page.get_by_role("button", name="Save checklist")).to_be_visible()
        page.get_by_role("button", name="Save checklist").click()
        expect(
            page.get_by_text(f"Saved your interview prep: 2 of {len(expectations)} ready.")
        ).to_be_visible()
    a11y.check(page, js=js)
    page.reload()
    expect(page.get_by_label(expectations[0])).to_be_checked()
    expect(page.get_by_label(expectations[1])).to_be_checked()

    # The weekly view: new this week, the reply, the chart and the figures.
    page.goto("/applications/")
    page.get_by_role("link", name="This week and your figures").click()
    expect(page.get_by_role("heading", name="This week", level=1)).to_be_visible()
    new = page.get_by_role("region", name=re.compile(r"^New applications"))
    expect(new.get_by_role("link", name=ROLE)).to_be_visible()
    replies = page.get_by_role("region", name=re.compile(r"^Replies"))
    expect(replies.get_by_text("Interview")).to_be_visible()
    expect(
        page.get_by_role("img", name=re.compile(r"Applications tracked per week"))
    ).to_be_visible()
    expect(page.get_by_text("(1 of 1 sent)").first).to_be_visible()
    a11y.check(page, js=js)
    a11y.assert_clean()

"""A new person types their background (a held-out persona, as typed) and sees, under
each answer, the sentence Pivot will write: live with JavaScript, after "Update preview"
without. Then the messaging step shows which artifact leads, by score, and a pin moves it."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import Page, expect

from profiles.models import Profile
from profiles.sample.personas import persona

from .helpers import SCREENSHOT_DIR

pytestmark = pytest.mark.e2e

PERSON = persona("kwame-asante")


def shot(page: Page, name: str) -> None:
    """With SCREENSHOTS=1 (as `make screenshots`), the page as the person saw it."""
    if os.environ.get("SCREENSHOTS") == "1":
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        # caret="initial": hiding the caret injects an inline style, which our CSP refuses.
        page.screenshot(path=SCREENSHOT_DIR / name, full_page=True, caret="initial")


BG = PERSON.raw_answers["background"]
ART = BG["artifacts"][0]


def fill_background(page: Page) -> None:
    form = page.locator("#step-form")
    form.get_by_role("radio", name=BG["level"]).check()
    form.get_by_label("Years of experience", exact=True).fill(str(BG["years"]))
    form.get_by_role("checkbox", name="backend").check()
    form.get_by_label("Other domains", exact=True).fill(BG["domains_other"])
    form.get_by_label("Your strongest existing edge", exact=True).fill(BG["edge"])
    form.get_by_label("Your AI work", exact=True).fill(BG["ai_work"])
    form.get_by_label("Your top 2–3 strengths", exact=True).fill(BG["strengths"])
    artifact = form.get_by_role("group", name="Artifact 1")
    for label, key in (
        ("Name", "name"),
        ("What it is", "what"),
        ("What it changed (optional)", "result"),
        ("Who uses it, or at what scale (optional)", "scale"),
        ("Link (optional)", "url"),
    ):
        artifact.get_by_label(label, exact=True).fill(ART[key])


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_each_answer_shows_its_sentence(browse, make_account, js):
    user = make_account("kwame@example.com")
    profile = Profile.objects.create(owner=user, name="Applied AI")
    page = browse(js=js, user=user)
    page.goto(f"/profiles/{profile.pk}/steps/background/")
    fill_background(page)
    if not js:
        page.get_by_role("button", name="Update preview").click()
    expect(page.locator("#sentence-edge")).to_have_text(
        "Pivot will write: I'm known for shipment tracking APIs."
    )
    expect(page.locator("#sentence-artifact-0")).to_contain_text(
        "I built Exception Summarizer, an LLM summarizer for shipment exceptions."
    )
    expect(page.locator("#sentence-artifact-0")).to_contain_text(
        "It cut triage from 11 to 4 minutes."
    )
    expect(page.locator("#sentence-domains_other")).to_contain_text("I'm an SDE2 engineer")
    shot(page, f"background-sentences-{'js' if js else 'nojs'}.png")
    page.get_by_role("button", name="Save and continue").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Credibility")
    saved = Profile.objects.get(pk=profile.pk).answers["background"]["artifacts"][0]
    assert saved == ART


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_the_lead_is_scored_and_can_be_pinned(browse, make_account, js):
    user = make_account("nadia@example.com")
    answers = persona("nadia-haddad").answers
    profile = Profile.objects.create(owner=user, name="Founding", answers=answers)
    page = browse(js=js, user=user)
    page.goto(f"/profiles/{profile.pk}/steps/messaging/")
    table = page.locator(".lead-scores")
    expect(table).to_contain_text("a number in its result (+2)")
    leader = table.locator("tbody tr").first.locator("th")
    expect(leader).to_contain_text("leads")
    shot(page, f"messaging-lead-{'js' if js else 'nojs'}.png")
    page.get_by_role("radio", name="JD Writer (score", exact=False).check()
    page.get_by_role("button", name="Save and continue").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review")
    assert Profile.objects.get(pk=profile.pk).answers["messaging"]["lead"] == "JD Writer"
    page.goto(f"/profiles/{profile.pk}/linkedin/")
    expect(page.locator("body")).to_contain_text("I built JD Writer, which drafts job descriptions")

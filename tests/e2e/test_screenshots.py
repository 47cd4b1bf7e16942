"""`make screenshots`: regenerate docs/screenshots/ from the same fixtures as the scenarios.

Skipped in a normal run (it writes into the tree); `SCREENSHOTS=1` turns it on. The
browser guards still apply, so a screenshot is never taken of a page with CSP errors.
"""

import os

import pytest
from playwright.sync_api import expect

from roles.models import RoleArchetype

from .helpers import SCREENSHOT_DIR

pytestmark = pytest.mark.skipif(
    os.environ.get("SCREENSHOTS") != "1",
    reason="writes docs/screenshots/: run `make screenshots` (SCREENSHOTS=1) to regenerate",
)


def _shot(page, name: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_load_state("networkidle")
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT_DIR / name, full_page=True)


def test_regenerate_screenshots(browse, profile_with_two_versions, editor):
    profile = profile_with_two_versions
    visitor = browse()
    visitor.goto("/")
    _shot(visitor, "landing.png")
    visitor.goto("/roles/")
    _shot(visitor, "roles.png")

    person = browse(user=profile.owner)
    base = f"/profiles/{profile.pk}"
    person.goto(f"{base}/steps/lane/")
    _shot(person, "step.png")
    person.goto(f"{base}/steps/review/")
    _shot(person, "review.png")
    person.goto(f"{base}/versions/compare/?a=1&b=2")
    _shot(person, "diff.png")
    person.goto(f"{base}/versions/2/linkedin/")
    _shot(person, "linkedin.png")

    admin = browse(user=editor)
    archetype = RoleArchetype.objects.get(slug="applied-ai")
    admin.goto(f"/admin/roles/rolearchetype/{archetype.pk}/change/")
    _shot(admin, "admin-archetype.png")


def test_regenerate_reader_screenshots(browse, make_account):
    from tests.tailoring_data import make_profile, posting

    profile = make_profile(make_account("erin@example.com"))
    person = browse(user=profile.owner)
    person.goto("/roles/read/")
    person.get_by_label("Job posting").fill(posting("c01_ai_platform_engineer"))
    person.get_by_role("button", name="Read the posting").click()
    expect(person.get_by_text("Match rate")).to_be_visible()
    _shot(person, "reader.png")
    person.get_by_role("button", name="Tailor my copy to this role").click()
    expect(person.get_by_role("heading", level=1)).to_contain_text("Tailored:")
    person.wait_for_load_state("networkidle")
    # The top of the review: what changed, then the headline's and the About's word diff.
    person.screenshot(
        path=SCREENSHOT_DIR / "tailored-diff.png",
        full_page=True,
        clip={"x": 0, "y": 0, "width": 1280, "height": 2300},
    )

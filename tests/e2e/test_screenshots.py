"""`make screenshots`: regenerate docs/screenshots/ from the same fixtures as the scenarios.

Skipped in a normal run (it writes into the tree); `SCREENSHOTS=1` turns it on. The
browser guards still apply, so a screenshot is never taken of a page with CSP errors.
"""

import os

import pytest
from playwright.sync_api import expect

from profiles.models import Profile
from profiles.versioning import save_version
from roles.models import CredibilityPoint, Gap, RoleArchetype, Skill

from .helpers import SCREENSHOT_DIR

pytestmark = pytest.mark.skipif(
    os.environ.get("SCREENSHOTS") != "1",
    reason="writes docs/screenshots/: run `make screenshots` (SCREENSHOTS=1) to regenerate",
)


def _answers() -> dict:
    return {
        "background": {
            "level": "Senior",
            "years": 9,
            "domains": ["backend", "cloud"],
            "domains_other": "payments",
            "edge": "large-scale backend reliability",
            "ai_work": "agents with evals and guardrails",
            "strengths": "debugging, rollout safety, evals",
            "artifacts": [
                {
                    "name": "Support triage agent",
                    "url": "https://github.com/example/triage-agent",
                    "proves": "cut first-response time 40% with an eval-gated rollout",
                }
            ],
        },
        "credibility": {
            point.slug: "Ran 3 payment services at 99.95% for 4 years; led 12 incident reviews"
            for point in CredibilityPoint.objects.all()
        },
        "lane": "applied-ai",
        "skills": {
            skill.slug: ("strong", "working", "basic", "none")[index % 4]
            for index, skill in enumerate(Skill.objects.order_by("pk"))
        },
        "gaps": {
            gap.slug: {
                "status": ("shipped", "in_progress", "not_started")[index % 3],
                "link": "https://example.com/evals" if index % 3 == 0 else "",
            }
            for index, gap in enumerate(Gap.objects.order_by("pk"))
        },
        "messaging": {"overrides": {}, "dismissed": {}},
    }


@pytest.fixture
def profile_with_two_versions(make_account):
    alice = make_account("alice@example.com")
    answers = _answers()
    profile = Profile.objects.create(
        owner=alice,
        name="Applied AI",
        lane=RoleArchetype.objects.get(slug="applied-ai"),
        answers=answers,
    )
    save_version(profile=profile, note="First draft")
    answers["messaging"]["overrides"]["linkedin_headline"] = (
        "Production AI Engineer · Eval-gated agents for support · 9 years of backend reliability"
    )
    Profile.objects.filter(pk=profile.pk).update(answers=answers)
    save_version(profile=profile, note="Sharper headline")
    return profile


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

"""Scenario 4: a second account opening the first account's profile, version and download
URLs gets the site's 404 page, for reading and for writing.

Each URL is first fetched as its owner and must answer 200, so a typo in a URL here
cannot make the 404 check pass by accident.
"""

from playwright.sync_api import expect

from profiles.models import Profile
from profiles.versions.snapshot import save_version
from roles.models import RoleArchetype

STEPS = ["background", "credibility", "lane", "skills", "gaps", "messaging", "review"]
DOWNLOADS = [
    "linkedin.txt",
    "linkedin.md",
    "positioning.txt",
    "positioning.md",
    "version.json",
]


def _alices_profile(alice) -> Profile:
    profile = Profile.objects.create(
        owner=alice,
        name="Applied AI",
        lane=RoleArchetype.objects.get(slug="applied-ai"),
        answers={"lane": "applied-ai", "background": {"level": "Senior", "years": 9}},
    )
    save_version(profile=profile, note="first")
    save_version(profile=profile, note="second")
    return profile


def _pages(profile) -> list[str]:
    base = f"/profiles/{profile.pk}"
    return [
        f"{base}/",
        *(f"{base}/steps/{slug}/" for slug in STEPS),
        f"{base}/rename/",
        f"{base}/delete/",
        f"{base}/versions/",
        f"{base}/versions/1/",
        f"{base}/versions/compare/?a=1&b=2",
        f"{base}/linkedin/",
        f"{base}/versions/1/linkedin/",
        f"{base}/shares/",
        f"{base}/versions/1/share/",
        f"{base}/brief/",
        f"{base}/versions/1/brief/",
        f"{base}/linkedin/current/",
        f"{base}/import/",
    ]


def _downloads(profile) -> list[str]:
    base = f"/profiles/{profile.pk}"
    return (
        [f"{base}/export/{name}" for name in DOWNLOADS]
        + [f"{base}/versions/1/export/{name}" for name in DOWNLOADS]
        + [f"{base}/brief.pdf", f"{base}/versions/1/brief.pdf"]
    )


def _writes(profile) -> list[str]:
    base = f"/profiles/{profile.pk}"
    return [
        f"{base}/steps/background/",
        f"{base}/rename/",
        f"{base}/delete/",
        f"{base}/save-version/",
        f"{base}/versions/1/restore/",
        f"{base}/versions/1/share/",
        f"{base}/linkedin/current/",
        f"{base}/import/",
    ]


def test_another_account_gets_the_404_page_for_every_url_of_mine(
    browse, guard, make_account, base_url
):
    alice = make_account("alice@example.com")
    bob = make_account("bob@example.com")
    profile = _alices_profile(alice)
    urls = _pages(profile) + _downloads(profile)

    owner = browse(user=alice)
    for url in urls:
        response = owner.context.request.get(base_url + url)
        assert response.status == 200, f"{url} should work for its owner, got {response.status}"

    # The browser logs the 404 status of each refused document; that is the point here.
    guard.allow_console(r"status of 404 \(Not Found\)")
    intruder = browse(user=bob)
    # Every URL through bob's session, its status and the 404 page's words; the page is
    # drawn in the browser for one page and one download, as the same template (404.html,
    # through the one owner decorator: tests/test_owner_scoping.py) answers every URL.
    for url in urls:
        response = intruder.context.request.get(base_url + url, max_redirects=0)
        assert response.status == 404, f"{url} answered {response.status} to another account"
        assert "belongs to another account" in response.text(), url
    for url in (urls[0], _downloads(profile)[0]):
        response = intruder.goto(url)
        assert response.status == 404, f"{url} answered {response.status} to another account"
        expect(intruder.get_by_role("heading", level=1)).to_have_text("Page not found")
        expect(intruder.get_by_text("belongs to another account")).to_be_visible()

    # Writes too: bob sends a valid CSRF token of his own, so only ownership can refuse.
    intruder.goto("/profiles/new/")
    token = next(c["value"] for c in intruder.context.cookies() if c["name"] == "csrftoken")
    for url in _writes(profile):
        response = intruder.context.request.post(
            base_url + url,
            headers={"X-CSRFToken": token, "Referer": base_url + "/profiles/new/"},
            form={"name": "Mine now", "note": "stolen"},
            max_redirects=0,
        )
        assert response.status == 404, f"POST {url} answered {response.status} to another account"

    profile.refresh_from_db()
    assert profile.name == "Applied AI"
    assert profile.last_version_number == 2
    assert profile.owner == alice

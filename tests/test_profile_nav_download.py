"""The profile's top navigation downloads what the page shows: on a saved version's pages
that version, elsewhere the working copy."""

import re

import pytest
from django.urls import reverse

from profiles.versions.snapshot import save_version
from tests.step_data import fill_all, make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db


def _nav_download(html: str) -> tuple[str, str]:
    nav = html[html.index('class="profile-nav"') :]
    nav = nav[: nav.index("</nav>")]
    href, label = re.search(r'<a href="([^"]+)" download>([^<]+)</a>', nav).groups()
    return href, label


@pytest.fixture
def profile(alice_client, alice):
    profile = fill_all(alice_client, make_profile(alice))
    save_version(profile=profile)
    profile.refresh_from_db()
    data = valid_data("messaging", profile.revision) | {"text__linkedin_headline": "Later words"}
    assert alice_client.post(step_url(profile, "messaging"), data).status_code == 302
    save_version(profile=profile)
    return profile


@pytest.mark.parametrize(
    "page", ["profiles:version", "profiles:version_linkedin", "profiles:version_brief"]
)
def test_on_version_1_the_nav_downloads_version_1(alice_client, profile, page):
    response = alice_client.get(reverse(page, args=[profile.pk, 1]))
    assert response.status_code == 200
    href, label = _nav_download(response.content.decode())
    assert href == reverse("profiles:version_export", args=[profile.pk, 1, "positioning", "md"])
    assert label == "Download version 1 (.md)"

    download = alice_client.get(href)
    assert download.status_code == 200
    assert "Later words" not in download.content.decode()


def test_elsewhere_it_downloads_the_working_copy(alice_client, profile):
    response = alice_client.get(reverse("profiles:linkedin", args=[profile.pk]))
    assert response.status_code == 200
    href, label = _nav_download(response.content.decode())
    assert href == reverse("profiles:export", args=[profile.pk, "positioning", "md"])
    assert label == "Download positioning (.md)"
    assert "Later words" in alice_client.get(href).content.decode()

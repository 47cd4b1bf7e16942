"""Tracking applications is rate limited per account, like share links and imports,
on the limiter sign-in uses: past it the 429 page says when to try again."""

import pytest

from profiles.applications.models import Application
from tests.applications_data import POSTING
from tests.tailoring_data import make_profile, posting


@pytest.fixture
def low_limit(settings):
    settings.PIVOT_RATE_LIMITS = {**settings.PIVOT_RATE_LIMITS, "track_application": "2/m/user"}


def test_adding_past_the_limit_is_paused(alice_client, low_limit):
    for n in range(2):
        response = alice_client.post("/applications/new/", {"title": f"Role {n}"})
        assert response.status_code == 302
    response = alice_client.post("/applications/new/", {"title": "One too many"})
    assert response.status_code == 429
    assert "We have paused tracking applications from here" in response.content.decode()
    assert 1 <= int(response["Retry-After"]) <= 60
    assert Application.objects.count() == 2


def test_the_reader_and_the_board_share_one_count_per_account(
    alice_client, bob_client, alice, low_limit
):
    profile = make_profile(alice)
    role = {"text": posting(POSTING), "title": "AI Platform Engineer", "company": "Caldera"}
    alice_client.post("/applications/new/", {"title": "By hand"})
    assert alice_client.post(f"/profiles/{profile.pk}/applications/track/", role).status_code == 302
    assert alice_client.post(f"/profiles/{profile.pk}/applications/track/", role).status_code == 429
    assert bob_client.post("/applications/new/", {"title": "Bob's own"}).status_code == 302


def test_looking_is_not_counted(alice_client, low_limit):
    for _ in range(5):
        assert alice_client.get("/applications/new/").status_code == 200

"""Limits per client (issue 23, findings 8 and 9): the reader per address, share links
and imports per account, on allauth's cache-backed limiter; past a limit the 429 page
says what was paused and when to try again. And at most PIVOT_MAX_SHARE_LINKS working
links to one version."""

import pytest
from django.urls import reverse

from pivotapp.limits import retry_after
from profiles.models import Profile, ShareLink
from tests.importing_support import filled, saved_export, upload
from tests.sharing_support import create_url, make_link, saved_profile

pytestmark = pytest.mark.django_db

READ = "/roles/read/"
POSTING = "Senior AI Engineer\n\nYou will build evals and RAG pipelines in Python."


@pytest.fixture
def low_limits(settings):
    settings.PIVOT_RATE_LIMITS = {
        "read_posting": "2/m/ip",
        "share_link": "2/m/user",
        "import_profile": "1/m/user",
    }


def assert_paused(response, what: str) -> str:
    body = response.content.decode()
    assert response.status_code == 429, body[:1000]
    assert f"We have paused {what} from here" in body
    wait = int(response["Retry-After"])
    assert 1 <= wait <= 60
    unit = "1 minute" if wait == 60 else f"{wait} second"
    assert f"Try again in {unit}" in body
    return body


def test_the_reader_answers_429_past_its_limit_per_address(client, low_limits):
    for _ in range(2):
        assert client.post(READ, {"text": POSTING}).status_code == 200
    body = assert_paused(client.post(READ, {"text": POSTING}), "reading postings")
    assert "How the guide reads" not in body  # nothing was read
    assert client.get(READ).status_code == 200  # the page itself still opens
    other = {"REMOTE_ADDR": "192.0.2.7"}
    assert client.post(READ, {"text": POSTING}, **other).status_code == 200


def test_the_retry_time_is_when_the_oldest_counted_read_leaves_the_window(
    client, low_limits, monkeypatch
):
    import time

    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start)
    for _ in range(3):
        response = client.post(READ, {"text": POSTING})
    assert response["Retry-After"] == "60"
    monkeypatch.setattr(time, "time", lambda: start + 45)
    assert retry_after(response.wsgi_request, "read_posting") == 15
    monkeypatch.setattr(time, "time", lambda: start + 61)
    assert client.post(READ, {"text": POSTING}).status_code == 200


def test_share_links_are_limited_per_account(alice_client, alice, bob_client, bob, low_limits):
    profile, _version = saved_profile(alice_client, alice)
    make_link(alice_client, profile)
    make_link(alice_client, profile)
    response = alice_client.post(create_url(profile), {"days": "14"})
    assert_paused(response, "making share links")
    assert ShareLink.objects.count() == 2
    theirs, _ = saved_profile(bob_client, bob)
    make_link(bob_client, theirs)  # another account has its own count


def test_a_version_holds_at_most_the_cap_of_working_links(alice_client, alice, settings):
    settings.PIVOT_MAX_SHARE_LINKS = 2
    profile, version = saved_profile(alice_client, alice)
    make_link(alice_client, profile)
    make_link(alice_client, profile)
    response = alice_client.post(create_url(profile), {"days": "7", "label": "Kim"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Version 1 has 2 links that still work, the most one version can have" in body
    assert 'value="Kim"' in body  # what was typed stays
    assert ShareLink.objects.count() == 2
    link = ShareLink.objects.first()
    revoke = reverse("profiles:share_revoke", args=[profile.pk, link.pk])
    assert alice_client.post(revoke).status_code == 302
    make_link(alice_client, profile)  # a revoked link frees its place


def test_imports_are_limited_per_account(alice_client, alice, low_limits):
    content = saved_export(alice_client, filled(alice_client, alice))
    before = Profile.objects.count()
    assert alice_client.post("/profiles/import/", {"file": upload(content)}).status_code == 302
    response = alice_client.post("/profiles/import/", {"file": upload(content)})
    assert_paused(response, "importing files")
    assert Profile.objects.count() == before + 1
    assert alice_client.get("/profiles/import/").status_code == 200

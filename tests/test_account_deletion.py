"""Delete my account: password again, every owned row gone, sessions ended, others untouched."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client

from accounts import data_export
from profiles.models import Profile, Version
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

DELETE_URL = "/accounts/settings/delete/"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def rows(alice, bob):
    alice_profile = Profile.objects.create(owner=alice, name="Applied AI")
    Version.objects.create(profile=alice_profile, number=1)
    Version.objects.create(profile=alice_profile, number=2)
    bob_profile = Profile.objects.create(owner=bob, name="Bob lane")
    Version.objects.create(profile=bob_profile, number=1)
    return alice_profile, bob_profile


def signed_in(email: str) -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def counts_for(user_id) -> dict[str, int]:
    return {
        owned.label: owned.model._base_manager.filter(**{owned.path: user_id}).count()
        for owned in data_export.owned_models()
    }


def test_it_asks_for_the_password(alice_client):
    body = alice_client.get(DELETE_URL).content.decode()
    assert '<label for="id_password">Your password</label>' in body
    assert 'autocomplete="current-password"' in body


def test_a_wrong_password_is_explained_next_to_the_field_and_deletes_nothing(
    alice_client, alice, rows
):
    response = alice_client.post(DELETE_URL, {"password": "not my password"})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_password_error"' in body
    assert "That is not your password." in body
    assert '<a href="#id_password">' in body
    assert "not my password" not in body
    assert get_user_model().objects.filter(pk=alice.pk).exists()
    assert Profile.objects.filter(owner=alice).count() == 1


def test_an_empty_submit_asks_for_the_password(alice_client, alice):
    body = alice_client.post(DELETE_URL, {}).content.decode()
    assert 'id="id_password_error"' in body
    assert "Enter your password." in body
    assert get_user_model().objects.filter(pk=alice.pk).exists()


def test_it_deletes_everything_of_the_account_and_nothing_else(alice, bob, rows):
    alice_id = alice.pk
    client = signed_in("alice@example.com")
    other_device = signed_in("alice@example.com")
    bob_client = signed_in("bob@example.com")
    bob_before = counts_for(bob.pk)
    assert counts_for(alice_id)["profiles.version"] == 2

    old_cookie = client.cookies["sessionid"].value
    response = client.post(DELETE_URL, {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/"

    page = client.get("/").content.decode()
    assert "Your account alice@example.com and all its data have been deleted." in page
    assert 'href="/accounts/login/"' in page

    assert all(count == 0 for count in counts_for(alice_id).values()), counts_for(alice_id)
    assert counts_for(bob.pk) == bob_before
    assert bob_client.get("/accounts/settings/").status_code == 200

    # No session signed in as alice survives, on this device or another.
    assert not [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(alice_id)
    ]
    stale = Client()
    stale.cookies["sessionid"] = old_cookie
    assert stale.get("/accounts/settings/").status_code == 302
    assert other_device.get("/accounts/settings/").status_code == 302


def test_the_password_can_not_be_guessed_here_without_limit(alice_client):
    statuses = [
        alice_client.post(DELETE_URL, {"password": f"guess {n}"}).status_code for n in range(11)
    ]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429


def test_it_needs_sign_in_and_refuses_other_methods(client, alice_client):
    assert client.post(DELETE_URL, {"password": PASSWORD}).status_code == 302
    assert alice_client.put(DELETE_URL).status_code == 405

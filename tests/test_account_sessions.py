"""Deleting an account ends its sessions through allauth.usersessions: every device is
signed out, and no session row of the account is left; other accounts keep theirs."""

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.sessions.models import Session
from django.test import Client, override_settings

from accounts.services import end_sessions
from tests.conftest import PASSWORD, signed_in_client

pytestmark = pytest.mark.django_db

DELETE_URL = "/accounts/settings/delete/"
SETTINGS_URL = "/accounts/settings/"


def test_signing_in_records_the_session(alice):
    client = signed_in_client("alice@example.com")
    row = UserSession.objects.get(user=alice)
    assert row.session_key == client.cookies["sessionid"].value


def test_deletion_signs_out_every_device_of_the_account_and_no_other(alice, bob):
    alice_id = alice.pk
    here = signed_in_client("alice@example.com")
    phone = signed_in_client("alice@example.com")
    bob_client = signed_in_client("bob@example.com")
    alice_keys = set(UserSession.objects.filter(user=alice).values_list("session_key", flat=True))
    assert len(alice_keys) == 2
    assert phone.get(SETTINGS_URL).status_code == 200

    assert here.post(DELETE_URL, {"password": PASSWORD}).status_code == 302

    response = phone.get(SETTINGS_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not UserSession.objects.filter(user_id=alice_id).exists()
    assert not Session.objects.filter(session_key__in=alice_keys).exists()
    assert UserSession.objects.filter(user=bob).count() == 1
    assert bob_client.get(SETTINGS_URL).status_code == 200


def test_a_wrong_password_ends_no_session(alice):
    here = signed_in_client("alice@example.com")
    phone = signed_in_client("alice@example.com")
    assert here.post(DELETE_URL, {"password": "not it"}).status_code == 200
    assert UserSession.objects.filter(user=alice).count() == 2
    assert phone.get(SETTINGS_URL).status_code == 200


def test_end_sessions_ends_only_that_persons_sessions(alice, bob):
    signed_in_client("alice@example.com")
    signed_in_client("alice@example.com")
    bob_client = signed_in_client("bob@example.com")
    assert end_sessions(user=alice) == 2
    assert not UserSession.objects.filter(user=alice).exists()
    assert bob_client.get(SETTINGS_URL).status_code == 200


@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cache")
def test_it_also_ends_sessions_kept_only_in_the_cache(alice):
    # The old way decoded database sessions and could not reach these.
    here = signed_in_client("alice@example.com")
    phone = signed_in_client("alice@example.com")
    assert phone.get(SETTINGS_URL).status_code == 200
    assert not Session.objects.exists()

    assert here.post(DELETE_URL, {"password": PASSWORD}).status_code == 302

    assert phone.get(SETTINGS_URL).status_code == 302
    stale = Client()
    stale.cookies["sessionid"] = phone.cookies["sessionid"].value
    assert stale.get(SETTINGS_URL).status_code == 302

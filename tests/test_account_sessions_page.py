"""allauth.usersessions' list at /accounts/sessions/, in our layout: where the account is
signed in, and "Sign out everywhere else"."""

import pytest
from allauth.usersessions.models import UserSession

from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db

URL = "/accounts/sessions/"


def test_the_settings_page_links_to_it(alice_client):
    assert f'href="{URL}"' in alice_client.get("/accounts/settings/").content.decode()


def test_it_sends_a_visitor_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_lists_the_sessions_of_the_account_only(alice, bob):
    here = signed_in_client("alice@example.com")
    signed_in_client("alice@example.com")
    signed_in_client("bob@example.com")
    response = here.get(URL)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1>") == 1
    assert body.count('<td data-label="IP address">') == 2
    assert body.count('badge--success">This device</span>') == 1
    assert ">Sign out everywhere else</button>" in body
    assert "<script" not in body.split("<main", 1)[-1]


def test_with_one_session_there_is_nothing_to_end(alice):
    body = signed_in_client("alice@example.com").get(URL).content.decode()
    assert ">Sign out everywhere else</button>" not in body
    assert "You are not signed in anywhere else." in body


def test_sign_out_everywhere_else_keeps_this_device(alice):
    here = signed_in_client("alice@example.com")
    phone = signed_in_client("alice@example.com")
    response = here.post(URL)
    assert response.status_code == 302
    assert phone.get("/accounts/settings/").status_code == 302
    assert here.get("/accounts/settings/").status_code == 200
    assert UserSession.objects.filter(user=alice).count() == 1


def test_it_refuses_other_methods(alice_client):
    assert alice_client.delete(URL).status_code == 405

"""The account settings page at /accounts/settings/."""

import pytest
from allauth.account.models import EmailAddress

pytestmark = pytest.mark.django_db


def test_it_sends_a_visitor_to_sign_in(client):
    response = client.get("/accounts/settings/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/accounts/settings/"


def test_it_shows_the_account_email_addresses_and_actions(alice_client, alice):
    EmailAddress.objects.create(user=alice, email="alice@work.example", verified=False)
    response = alice_client.get("/accounts/settings/")
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1>") == 1
    assert "alice@work.example" in body
    assert "Not confirmed" in body
    assert "Main address" in body
    for href in (
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/settings/export/",
        "/accounts/settings/delete/",
    ):
        assert f'href="{href}"' in body


def test_it_shows_only_the_signed_in_account(alice_client, bob):
    response = alice_client.get("/accounts/settings/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "alice@example.com" in body
    assert "bob@example.com" not in body


def test_it_refuses_a_post(alice_client):
    assert alice_client.post("/accounts/settings/").status_code == 405


def test_it_uses_a_fixed_number_of_queries(alice_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = alice_client.get("/accounts/settings/")
    assert response.status_code == 200
    assert "alice@example.com" in response.content.decode()

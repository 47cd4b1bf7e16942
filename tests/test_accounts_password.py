"""Password reset (forgotten) and password change (signed in)."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

RESET_URL = "/accounts/password/reset/"
NEW_PASSWORD = "violet harbour engine 1999 tide"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def without_tokens(html: str) -> str:
    return re.sub(r'(csrfmiddlewaretoken" value="|X-CSRFToken": ")[^"]+', r"\1", html)


def reset_path(message) -> str:
    match = re.search(r"http://testserver(/accounts/password/reset/key/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_it_resets_a_forgotten_password_end_to_end(client, alice):
    response = client.post(RESET_URL, {"email": "alice@example.com"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    assert "Check your email" in client.get(response["Location"]).content.decode()
    assert len(mail.outbox) == 1

    # The link moves the key into the session, then shows the form without it in the URL.
    response = client.get(reset_path(mail.outbox[0]))
    assert response.status_code == 302
    form_url = response["Location"]
    assert "set-password" in form_url
    assert "Choose a new password" in client.get(form_url).content.decode()

    response = client.post(form_url, {"password1": "short", "password2": "short"})
    assert 'id="id_password1_error"' in response.content.decode()

    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)

    # The link works once.
    response = Client().get(reset_path(mail.outbox[0]), follow=True)
    assert "This link is not valid" in response.content.decode()

    other = Client()
    response = other.post(
        "/accounts/login/", {"login": "alice@example.com", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302


def test_reset_answers_the_same_for_a_known_and_an_unknown_email(alice):
    known, unknown = Client(), Client()
    known_response = known.post(RESET_URL, {"email": "alice@example.com"})
    unknown_response = unknown.post(RESET_URL, {"email": "nobody@example.com"})
    assert known_response.status_code == unknown_response.status_code == 302
    assert known_response["Location"] == unknown_response["Location"]
    known_page = known.get(known_response["Location"]).content.decode()
    unknown_page = unknown.get(unknown_response["Location"]).content.decode()
    assert without_tokens(known_page) == without_tokens(unknown_page)


def test_reset_explains_an_address_that_is_not_an_email(client):
    body = client.post(RESET_URL, {"email": "alice at example"}).content.decode()
    assert 'id="id_email_error"' in body
    assert "Enter a valid email address." in body
    assert 'value="alice at example"' in body


@pytest.mark.argon2
def test_it_changes_the_password_when_signed_in(alice_client, alice):
    url = "/accounts/password/change/"
    assert "Change your password" in alice_client.get(url).content.decode()

    response = alice_client.post(
        url, {"oldpassword": "wrong one", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    body = response.content.decode()
    assert 'id="id_oldpassword_error"' in body
    assert "Enter your current password." in body

    response = alice_client.post(
        url, {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)
    assert alice.password.startswith("argon2")

"""Sign up with email + password, email confirmation, and what bad input looks like."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/accounts/signup/"
LOGIN_URL = "/accounts/login/"
NEW_PASSWORD = "quiet lantern orbit 73 meadow"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # Rate-limit counters live in the (locmem) cache and would leak between tests.
    cache.clear()
    yield
    cache.clear()


def confirmation_path(message) -> str:
    match = re.search(r"http://testserver(/accounts/confirm-email/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def signup(client: Client, email: str, password: str = NEW_PASSWORD, password2: str | None = None):
    return client.post(
        SIGNUP_URL,
        {"email": email, "password1": password, "password2": password2 or password},
    )


def without_tokens(html: str) -> str:
    # CSRF tokens differ per client; everything else must match byte for byte.
    return re.sub(r'(csrfmiddlewaretoken" value="|X-CSRFToken": ")[^"]+', r"\1", html)


def test_it_shows_the_signup_form_in_the_site_layout(client):
    response = client.get(SIGNUP_URL)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1>") == 1
    assert 'class="site-header"' in body
    assert "css/accounts.css" in body
    assert '<label for="id_email">Email address</label>' in body
    assert 'aria-describedby="id_password1_helptext"' in body
    assert "placeholder=" not in body
    assert "<script>" not in body  # CSP: no inline script


@pytest.mark.argon2
def test_it_signs_up_confirms_the_email_and_signs_in(client):
    response = signup(client, "carol@example.com")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["carol@example.com"]

    user = get_user_model().objects.get(email="carol@example.com")
    assert user.password.startswith("argon2")
    assert not EmailAddress.objects.get(user=user).verified

    path = confirmation_path(mail.outbox[0])
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    client.post("/accounts/logout/")
    response = client.post(LOGIN_URL, {"login": "carol@example.com", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert client.get("/accounts/settings/").status_code == 200


def test_mandatory_verification_blocks_sign_in_until_confirmed(client):
    with override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory"):
        signup(client, "dave@example.com")
        other = Client()
        response = other.post(LOGIN_URL, {"login": "dave@example.com", "password": NEW_PASSWORD})
        assert response.status_code == 302
        assert response["Location"] == "/accounts/confirm-email/"
        assert other.get("/accounts/settings/").status_code == 302  # not signed in

        other.post(confirmation_path(mail.outbox[-1]))
        third = Client()
        response = third.post(LOGIN_URL, {"login": "dave@example.com", "password": NEW_PASSWORD})
        assert response.status_code == 302
        assert response["Location"] == "/profiles/"
        assert third.get("/accounts/settings/").status_code == 200


@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_signup_answers_the_same_for_a_known_and_an_unknown_email(alice):
    known, unknown = Client(), Client()
    known_response = signup(known, "alice@example.com")
    unknown_response = signup(unknown, "erin@example.com")
    assert known_response.status_code == unknown_response.status_code == 302
    assert known_response["Location"] == unknown_response["Location"]
    known_page = known.get(known_response["Location"])
    unknown_page = unknown.get(unknown_response["Location"])
    # The page repeats the address the person typed; apart from that, byte for byte equal.
    assert without_tokens(known_page.content.decode()).replace("alice@", "X@") == without_tokens(
        unknown_page.content.decode()
    ).replace("erin@", "X@")
    # Both get an email; the known address is told it already has an account.
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.com", "erin@example.com"]
    assert get_user_model().objects.filter(email="alice@example.com").count() == 1


@override_settings(ACCOUNT_EMAIL_VERIFICATION="optional")
def test_it_says_when_the_email_already_has_an_account_and_keeps_it(client, alice):
    response = signup(client, "alice@example.com")
    body = response.content.decode()
    assert response.status_code == 200
    assert "A user is already registered with this email address." in body
    assert 'value="alice@example.com"' in body
    assert '<a href="#id_email">' in body  # error summary links to the field


def test_it_rejects_mismatched_passwords_next_to_the_second_field(client):
    response = signup(client, "frank@example.com", NEW_PASSWORD, NEW_PASSWORD + "x")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_password2_error"' in body
    assert "You must type the same password each time." in body
    assert 'value="frank@example.com"' in body
    assert NEW_PASSWORD not in body  # passwords are never sent back
    assert not get_user_model().objects.filter(email="frank@example.com").exists()


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short pass", "This password is too short. It must contain at least 12 characters."),
        ("qwerty123456", "This password is too common."),
        ("grace.hopper@example.com", "The password is too similar to the email address."),
    ],
)
def test_it_rejects_weak_passwords_next_to_the_field(client, password, message):
    response = signup(client, "grace.hopper@example.com", password)
    body = response.content.decode()
    assert 'id="id_password1_error"' in body
    assert message.replace("'", "&#x27;") in body
    assert 'value="grace.hopper@example.com"' in body
    assert not get_user_model().objects.filter(email="grace.hopper@example.com").exists()


def test_it_needs_no_character_classes_and_accepts_long_passphrases(client):
    passphrase = "every good boy deserves fudge while the kettle sings softly at dawn " * 2
    assert len(passphrase) > 128
    response = signup(client, "heidi@example.com", passphrase)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="heidi@example.com")
    assert user.check_password(passphrase)
    # And the sign-in form takes it back.
    EmailAddress.objects.filter(user=user).update(verified=True)
    other = Client()
    response = other.post(LOGIN_URL, {"login": "heidi@example.com", "password": passphrase})
    assert response.status_code == 302


def test_an_empty_submit_lists_every_missing_field(client):
    body = client.post(SIGNUP_URL, {}).content.decode()
    assert "There is a problem" in body
    for field in ("email", "password1", "password2"):
        assert f'<a href="#id_{field}">' in body


def test_the_conftest_password_is_valid_for_signup(client):
    # The shared test password must itself pass the rules people get.
    assert signup(client, "ivan@example.com", PASSWORD).status_code == 302

"""A stranger's failed guesses lock the password login of a known email (5 in 5
minutes); the owner still gets in with a one-time code by email, offered on the 429 page."""

import re

import pytest
from django.core import mail
from django.test import Client

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_URL = "/accounts/login/"
CODE_URL = "/accounts/login/code/"
CONFIRM_URL = "/accounts/login/code/confirm/"
FAILED_LOGINS_ALLOWED = 5


def _lock_out(client, email="alice@example.com"):
    for _ in range(FAILED_LOGINS_ALLOWED):
        client.post(LOGIN_URL, {"login": email, "password": "a stranger's guess"})
    return client.post(LOGIN_URL, {"login": email, "password": PASSWORD})


def _code_from(message) -> str:
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.MULTILINE)
    assert match, message.body
    return match.group(1)


def test_the_429_page_offers_a_sign_in_code(client, alice):
    response = _lock_out(client)
    assert response.status_code == 429
    assert f'href="{CODE_URL}"' in response.content.decode()


def test_the_owner_signs_in_with_a_code_while_the_password_login_is_locked(client, alice):
    stranger = client
    assert _lock_out(stranger).status_code == 429

    owner = Client()
    # The password login stays locked for the owner too: the limit is per account.
    assert _lock_out(owner).status_code == 429
    response = owner.post(CODE_URL, {"email": "alice@example.com"})
    assert response.status_code == 302
    assert response["Location"].startswith(CONFIRM_URL)
    assert [m.to for m in mail.outbox] == [["alice@example.com"]]
    page = owner.get(CONFIRM_URL).content.decode()
    assert "Sign-in code" in page and "alice@example.com" in page

    response = owner.post(CONFIRM_URL, {"code": _code_from(mail.outbox[0])})
    assert response.status_code == 302
    assert int(owner.session["_auth_user_id"]) == alice.pk


def test_a_wrong_code_is_explained_and_three_wrong_codes_end_it(client, alice):
    client.post(CODE_URL, {"email": "alice@example.com"})
    response = client.post(CONFIRM_URL, {"code": "WRONG1"})
    assert response.status_code == 200
    assert 'id="id_code_error"' in response.content.decode()
    for _ in range(2):
        client.post(CONFIRM_URL, {"code": "WRONG1"})
    # The code is spent: even the right one no longer signs in.
    response = client.post(CONFIRM_URL, {"code": _code_from(mail.outbox[0])})
    assert "_auth_user_id" not in client.session


def test_codes_for_one_address_are_rate_limited(alice):
    # Fresh browsers each time, as a stranger flooding the owner's inbox would use.
    statuses = [
        Client().post(CODE_URL, {"email": "alice@example.com"}).status_code for _ in range(3)
    ]
    assert statuses == [302, 302, 302]
    response = Client().post(CODE_URL, {"email": "alice@example.com"})
    assert response.status_code == 200
    assert 'id="id_email_error"' in response.content.decode()
    assert len(mail.outbox) == 3


def test_an_unknown_address_gets_the_same_answer(client):
    response = client.post(CODE_URL, {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert response["Location"].startswith(CONFIRM_URL)


def test_the_sign_in_page_offers_it_too(client):
    assert f'href="{CODE_URL}"' in client.get(LOGIN_URL).content.decode()

"""Signup must not tell by its timing which emails have accounts.

The audit measured 16 ms (known email) against 286 ms (new email): only the new email
hashed a password. The proof here is structural — both paths run the password hasher
the same number of times — because a timing assert on a shared machine would flake;
the measured medians are in docs/security.md.
"""

from unittest import mock

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/accounts/signup/"


def _signup_hashes(client, email: str) -> int:
    # The suite's fast hasher stands in for Argon2 (tests/conftest.py): same call path.
    with mock.patch.object(
        MD5PasswordHasher, "encode", autospec=True, side_effect=MD5PasswordHasher.encode
    ) as encode:
        response = client.post(
            SIGNUP_URL, {"email": email, "password1": PASSWORD, "password2": PASSWORD}
        )
    assert response.status_code == 302
    return encode.call_count


def test_a_known_email_hashes_a_password_like_a_new_one(client, alice):
    new = _signup_hashes(client, "newcomer@example.com")
    known = _signup_hashes(client, "alice@example.com")
    assert new == 1
    assert known == new


def test_both_paths_still_answer_alike_and_mail_the_address(client, alice):
    new = client.post(
        SIGNUP_URL, {"email": "newcomer@example.com", "password1": PASSWORD, "password2": PASSWORD}
    )
    known = client.post(
        SIGNUP_URL, {"email": "alice@example.com", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert new["Location"] == known["Location"]
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.com", "newcomer@example.com"]

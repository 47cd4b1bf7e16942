"""Weak passwords are refused by how guessable they are, with a message that helps."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from accounts.password_strength import CHECKED_LENGTH, StrengthValidator
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/accounts/signup/"


@pytest.mark.parametrize(
    "password", ["aaaaaaaaaaaa", "918273645501928", "p4ssw0rd12345", "qwertyuiop1234"]
)
def test_guessable_passwords_are_refused_at_signup_next_to_the_field(client, password):
    response = client.post(
        SIGNUP_URL, {"email": "new@example.com", "password1": password, "password2": password}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="id_password1_error"' in body
    assert "too easy to guess" in body
    assert "unrelated words" in body  # says what works instead
    assert 'value="new@example.com"' in body  # the email is kept


def test_the_message_passes_on_what_is_wrong():
    with pytest.raises(ValidationError) as exc:
        StrengthValidator().validate("aaaaaaaaaaaa")
    assert "Repeats like" in exc.value.messages[0]


@pytest.mark.parametrize("password", [PASSWORD, "quiet lantern orbit 73 meadow", "Tr0ub4dor&3xyz"])
def test_strong_passwords_pass(password):
    validate_password(password)


def test_a_password_made_of_the_email_is_refused(alice):
    with pytest.raises(ValidationError):
        StrengthValidator().validate("aliceexample2024", user=alice)


def test_a_huge_paste_is_checked_on_its_start_only():
    # zxcvbn's work grows with length: only the first CHECKED_LENGTH characters are read.
    StrengthValidator().validate("kettle orbit lantern fig " * 4000)
    with pytest.raises(ValidationError):
        StrengthValidator().validate("a" * CHECKED_LENGTH + "kettle orbit lantern fig")

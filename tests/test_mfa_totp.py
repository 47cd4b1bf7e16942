"""Two-factor sign-in with an authenticator app (TOTP) and recovery codes, and the admin
closed to staff without a second factor. Codes are computed here, as an app would."""

import base64
import hashlib
import hmac
import re
import struct
import time

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client, override_settings

from tests.conftest import PASSWORD, make_user, signed_in_client

pytestmark = pytest.mark.django_db

ACTIVATE_URL = "/accounts/2fa/totp/activate/"
AUTHENTICATE_URL = "/accounts/2fa/authenticate/"
RECOVERY_URL = "/accounts/2fa/recovery-codes/"
LOGIN_URL = "/accounts/login/"


def totp(secret: str, *, at: float | None = None) -> str:
    """RFC 6238: HMAC-SHA1 over the 30-second counter, 6 digits."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def activate_totp(client: Client) -> str:
    page = client.get(ACTIVATE_URL)
    if page.status_code == 302 and page["Location"].startswith("/accounts/reauthenticate/"):
        # Adding a factor asks for the password again, as changing security settings should.
        assert client.post(page["Location"], {"password": PASSWORD}).status_code == 302
        page = client.get(ACTIVATE_URL)
    assert page.status_code == 200
    # The secret as the page shows it for typing into an app by hand.
    secret = re.search(r'id="authenticator_secret" value="([A-Z2-7]+)"', page.content.decode())[1]
    response = client.post(ACTIVATE_URL, {"code": totp(secret)})
    assert response.status_code == 302, response.content.decode()[:3000]
    return secret


def test_an_authenticator_app_is_asked_for_at_the_next_sign_in(alice):
    client = signed_in_client(alice.email)
    secret = activate_totp(client)
    assert Authenticator.objects.filter(user=alice, type="totp").exists()

    fresh = Client()
    response = fresh.post(LOGIN_URL, {"login": alice.email, "password": PASSWORD})
    assert response["Location"] == AUTHENTICATE_URL
    assert "_auth_user_id" not in fresh.session  # the password alone is not enough

    wrong = fresh.post(AUTHENTICATE_URL, {"code": "000000" if totp(secret) != "000000" else "1"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in fresh.session

    response = fresh.post(AUTHENTICATE_URL, {"code": totp(secret)})
    assert response.status_code == 302
    assert int(fresh.session["_auth_user_id"]) == alice.pk


def test_a_recovery_code_works_once_in_place_of_the_app(alice):
    client = signed_in_client(alice.email)
    activate_totp(client)
    page = client.get(RECOVERY_URL).content.decode()
    codes = re.findall(r"\b[0-9a-f]{8}\b", page)
    assert len(codes) >= 10

    first = Client()
    first.post(LOGIN_URL, {"login": alice.email, "password": PASSWORD})
    assert first.post(AUTHENTICATE_URL, {"code": codes[0]}).status_code == 302
    assert int(first.session["_auth_user_id"]) == alice.pk

    again = Client()
    again.post(LOGIN_URL, {"login": alice.email, "password": PASSWORD})
    again.post(AUTHENTICATE_URL, {"code": codes[0]})
    assert "_auth_user_id" not in again.session  # used up


@pytest.fixture
def staff(django_user_model):
    return make_user(django_user_model, "staff@example.com", is_staff=True, is_superuser=True)


@override_settings(ADMIN_REQUIRES_MFA=True)
def test_staff_without_a_second_factor_are_sent_to_set_one_up(staff):
    client = signed_in_client(staff.email)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/"
    page = client.get("/accounts/2fa/").content.decode()
    assert "The admin needs a second factor" in page
    assert client.get("/admin/roles/messagingrule/").status_code == 302


@override_settings(ADMIN_REQUIRES_MFA=True)
def test_staff_with_a_second_factor_reach_the_admin(staff):
    client = signed_in_client(staff.email)
    secret = activate_totp(client)
    fresh = Client()
    fresh.post(LOGIN_URL, {"login": staff.email, "password": PASSWORD})
    fresh.post(AUTHENTICATE_URL, {"code": totp(secret)})
    assert fresh.get("/admin/").status_code == 200


@override_settings(ADMIN_REQUIRES_MFA=True)
def test_people_who_are_not_staff_are_not_asked(alice):
    client = signed_in_client(alice.email)
    assert client.get("/profiles/").status_code == 200


def test_production_requires_it_by_default():
    import secrets

    from .test_settings import setting

    assert setting("ADMIN_REQUIRES_MFA", DEBUG="1") == "False"  # make run: off
    production = setting("ADMIN_REQUIRES_MFA", DEBUG="0", SECRET_KEY=secrets.token_urlsafe(64))
    assert production == "True"


def test_my_data_lists_the_factors_without_their_secrets(alice):
    client = signed_in_client(alice.email)
    secret = activate_totp(client)
    body = client.get("/accounts/settings/export/").content.decode()
    assert '"mfa.authenticator"' in body and '"totp"' in body
    assert secret not in body


def test_the_account_page_links_to_two_factor_setup(alice):
    body = signed_in_client(alice.email).get("/accounts/settings/").content.decode()
    assert 'href="/accounts/2fa/"' in body

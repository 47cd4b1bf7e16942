"""A fresh sign-in counts as having just confirmed it is you: adding a passkey or an
authenticator app right after signing in does not ask for the password again; later than
the reauthentication window (ACCOUNT_REAUTHENTICATION_TIMEOUT) it does."""

import pytest

from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db

ADD_PASSKEY = "/accounts/2fa/webauthn/add/"
ADD_APP = "/accounts/2fa/totp/activate/"
RECORDS = "account_authentication_methods"


@pytest.mark.parametrize("url", [ADD_PASSKEY, ADD_APP])
def test_right_after_signing_in_adding_a_factor_asks_nothing_more(alice, url):
    client = signed_in_client("alice@example.com")
    response = client.get(url)
    assert response.status_code == 200
    assert "/reauthenticate/" not in response.get("Location", "")


@pytest.mark.parametrize("url", [ADD_PASSKEY, ADD_APP])
def test_after_the_window_it_asks_for_the_password(alice, url, settings):
    client = signed_in_client("alice@example.com")
    session = client.session
    records = session[RECORDS]
    for record in records:
        record["at"] -= settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 1
    session[RECORDS] = records
    session.save()

    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")


def test_a_session_without_a_recorded_sign_in_asks(alice_client):
    # force_login records no sign-in method: nothing says it was recent.
    response = alice_client.get(ADD_PASSKEY)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")

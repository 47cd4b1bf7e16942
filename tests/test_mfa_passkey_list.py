"""The passkey list, /accounts/2fa/webauthn/ (issue 23, finding 7): it answered 500 for
everyone ("'humanize' is not a registered tag library"). Now it lists each key in the
site's layout with its kind, when it was added and last used, and the way to add one."""

import pytest
from allauth.mfa.models import Authenticator
from django.utils import timezone

from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db

URL = "/accounts/2fa/webauthn/"


def add_key(user, name: str, *, passwordless: bool | None, used=None) -> Authenticator:
    credential = (
        {}
        if passwordless is None
        else {"clientExtensionResults": {"credProps": {"rk": passwordless}}}
    )
    return Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": name, "credential": credential},
        last_used_at=used,
    )


def test_the_list_shows_each_key_in_the_sites_layout(alice):
    client = signed_in_client(alice.email)  # before the keys: with one, sign-in asks for it
    add_key(alice, "Laptop passkey", passwordless=True, used=timezone.now())
    add_key(alice, "Blue <key>", passwordless=False)
    add_key(alice, "Old key", passwordless=None)
    response = client.get(URL)
    body = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Passkeys and security keys</h1>" in body
    assert '<a class="skip-link" href="#main">' in body  # the site's own layout
    assert '<th scope="row">Laptop passkey</th>' in body
    assert "Blue &lt;key&gt;" in body  # a name is text, never markup
    assert '<span class="badge badge--success">Passkey</span>' in body
    assert '<span class="badge">Security key</span>' in body
    assert "Not stated" in body and "Not used yet" in body
    assert "now" in body  # the last use in words (naturaltime)
    assert 'href="/accounts/2fa/webauthn/add/"' in body


def test_with_no_key_it_says_so_and_offers_to_add_one(alice):
    body = signed_in_client(alice.email).get(URL).content.decode()
    assert "You have no passkeys or security keys yet." in body
    assert "Add a passkey or security key" in body


def test_another_persons_keys_are_not_listed(alice, bob):
    add_key(bob, "Bob's phone", passwordless=True)
    body = signed_in_client(alice.email).get(URL).content.decode()
    assert "Bob&#x27;s phone" not in body and "Bob's phone" not in body


def test_signed_out_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_wrong_method(alice):
    assert signed_in_client(alice.email).delete(URL).status_code == 405

"""A passkey registered and used to sign in, in a real browser.

Chrome's DevTools virtual authenticator (WebAuthn.addVirtualAuthenticator) stands in for
a phone or a security key: it answers navigator.credentials.create() and .get() as one
would, with a resident (discoverable) key and user verification, so the whole
allauth.mfa ceremony runs — JavaScript, CSP and the server's checks included.
"""

import re

from allauth.mfa.models import Authenticator
from playwright.sync_api import Page, expect

from tests.conftest import PASSWORD


def _virtual_authenticator(page: Page) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )


def _sign_in_with_password(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def test_a_passkey_is_added_then_signs_in_without_a_password(browse, make_account):
    alice = make_account("alice@example.com")
    page = browse()
    _virtual_authenticator(page)
    _sign_in_with_password(page, alice.email)

    page.goto("/accounts/2fa/webauthn/add/?passwordless")
    if "/reauthenticate/" in page.url:  # adding a factor asks for the password again
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Continue").click()
    page.get_by_label("Name").fill("Laptop passkey")
    page.get_by_label("Passwordless").check()
    page.locator("#mfa_webauthn_add").click()
    expect(page).not_to_have_url(re.compile(r"/webauthn/add/"))
    key = Authenticator.objects.get(user=alice, type=Authenticator.Type.WEBAUTHN)
    assert key.wrap().is_passwordless

    # The list of keys: a 500 for everyone before issue 23 (axe: the page sweep).
    page.goto("/accounts/2fa/webauthn/")
    expect(page.get_by_role("heading", name="Passkeys and security keys")).to_be_visible()
    expect(page.get_by_role("rowheader", name="Laptop passkey")).to_be_visible()

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()

    page.goto("/accounts/login/")
    page.get_by_role("button", name="Use a passkey").click()
    expect(page).to_have_url(re.compile(r"/profiles/$"))
    expect(page.get_by_role("link", name="alice@example.com")).to_be_visible()
    key.refresh_from_db()
    assert key.last_used_at is not None

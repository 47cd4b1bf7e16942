"""Our words on allauth's pages and emails: passkeys (not "security keys"), our name for
two-factor authentication, no username in the sign-in message, a way back from the
recovery codes, and the site's name (not the address it was asked from) in emails."""

import re
from gettext import GNUTranslations
from pathlib import Path

import pytest
from django.contrib.messages import get_messages
from django.contrib.sites.models import Site
from django.core import mail
from django.test import Client

from tests.conftest import PASSWORD, signed_in_client
from tests.test_mfa_totp import RECOVERY_URL, activate_totp

pytestmark = pytest.mark.django_db

LOCALE = Path(__file__).resolve().parents[1] / "locale/en/LC_MESSAGES"
THEIR_WORDS = ("Security Key", "security key", "Two-Factor Authentication")


def _text(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_the_two_factor_page_says_passkeys(alice):
    page = _text(signed_in_client(alice.email).get("/accounts/2fa/"))
    assert "Two-factor authentication and passkeys" in page
    assert "Passkeys" in page and "You have not added a passkey yet." in page
    for words in THEIR_WORDS:
        assert words not in page


def test_the_add_a_passkey_page_says_passkey(alice):
    page = _text(signed_in_client(alice.email).get("/accounts/2fa/webauthn/add/"))
    assert "Add a passkey" in page
    for words in THEIR_WORDS:
        assert words not in page


def test_signing_in_names_no_username(alice):
    client = Client()
    response = client.post("/accounts/login/", {"login": alice.email, "password": PASSWORD})
    assert response.status_code == 302
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said == ["You are signed in."]
    assert alice.username not in " ".join(said)


def test_the_recovery_codes_page_has_a_way_back(alice):
    client = signed_in_client(alice.email)
    activate_totp(client)
    page = _text(client.get(RECOVERY_URL))
    assert 'href="/accounts/2fa/"' in page
    assert 'href="/accounts/settings/"' in page


def test_the_confirmation_email_greets_with_the_sites_name(client, settings):
    response = client.post(
        "/accounts/signup/",
        {"email": "newcomer@example.com", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert "Hello from Pivot!" in message.body
    assert "testserver!" not in message.body
    site = Site.objects.get_current()
    assert (site.name, site.domain) == (settings.SITE_NAME, settings.SITE_DOMAIN)


def test_the_compiled_catalogue_matches_its_source():
    with (LOCALE / "django.mo").open("rb") as compiled:
        catalogue = GNUTranslations(compiled)
    source = (LOCALE / "django.po").read_text()
    pairs = re.findall(r'^msgid "(.+)"\nmsgstr "(.*)"$', source, flags=re.M)
    assert len(pairs) >= 15
    for msgid, msgstr in pairs:
        assert catalogue.gettext(msgid) == msgstr, msgid

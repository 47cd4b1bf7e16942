"""The passkey page says when this address cannot use passkeys (an IP address such as
127.0.0.1, or plain http away from localhost), and where to go instead; `make run`
serves and prints http://localhost:8000, where they work."""

from pathlib import Path

import pytest

from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
ADD = "/accounts/2fa/webauthn/add/"
NOTICE = "Passkeys cannot be added at this address."


@pytest.fixture
def client_at(alice, settings):
    settings.ALLOWED_HOSTS = ["*"]
    client = signed_in_client(alice.email)

    def get(host: str, *, secure: bool = False):
        response = client.get(ADD, headers={"host": host}, secure=secure)
        assert response.status_code == 200
        return response.content.decode()

    return get


def test_at_127_0_0_1_it_says_why_and_links_to_localhost(client_at):
    page = client_at("127.0.0.1:8000")
    assert NOTICE in page
    assert "IP address such as 127.0.0.1" in page
    assert 'href="http://localhost:8000/accounts/2fa/webauthn/add/"' in page


def test_at_localhost_or_over_https_it_says_nothing(client_at):
    assert NOTICE not in client_at("localhost:8000")
    assert NOTICE not in client_at("pivot.example.com", secure=True)


def test_plain_http_elsewhere_needs_https(client_at):
    page = client_at("pivot.example.com")
    assert NOTICE in page and "secure (https) connection" in page
    assert 'href="https://pivot.example.com/accounts/2fa/webauthn/add/"' in page


def test_an_ip_that_is_not_this_machine_gets_no_wrong_link(client_at):
    page = client_at("192.0.2.10:8000")
    assert NOTICE in page
    assert "localhost" not in page.split(NOTICE, 1)[1].split("</div>", 1)[0]


def test_make_run_serves_and_prints_localhost():
    makefile = (ROOT / "Makefile").read_text()
    assert "\nHOST ?= localhost\n" in makefile
    readme = (ROOT / "README.md").read_text()
    assert "http://localhost:8000" in readme
    assert "http://127.0.0.1:8000" not in readme

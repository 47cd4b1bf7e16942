"""Rate limits behind a proxy key on the visitor's address, not the proxy's.

Behind a reverse proxy every request comes from the proxy's address; without
ALLAUTH_TRUSTED_PROXY_COUNT all visitors shared one bucket, so one person's failed
logins locked everyone out.
"""

import pytest
from django.test import Client, override_settings

from .test_settings import setting

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
LOGIN_URL = "/accounts/login/"
PER_IP = 10  # "login_failed": "10/m/ip" in settings


def _fail_from(client: Client, visitor: str, n: int, email="nobody{}@example.com") -> list[int]:
    return [
        client.post(
            LOGIN_URL,
            {"login": email.format(i), "password": "guess"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=visitor,
        ).status_code
        for i in range(n)
    ]


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_visitor_has_their_own_bucket(client):
    assert _fail_from(client, "198.51.100.7", PER_IP) == [200] * PER_IP
    assert _fail_from(client, "198.51.100.7", 1) == [429]
    # Another visitor through the same proxy is not punished for the first one.
    assert _fail_from(Client(), "203.0.113.9", 1) == [200]


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_a_forged_leftmost_address_does_not_escape_the_limit(client):
    # The proxy appends the real address last; what the client wrote before it is ignored.
    for i in range(PER_IP):
        _fail_from(client, f"192.0.2.{i}, 198.51.100.7", 1)
    assert _fail_from(client, "192.0.2.200, 198.51.100.7", 1) == [429]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "0"),
        ({"BEHIND_PROXY": "1"}, "1"),
        ({"BEHIND_PROXY": "1", "TRUSTED_PROXY_COUNT": "2"}, "2"),
    ],
)
def test_the_proxy_count_follows_the_proxy_setting(env, expected):
    assert setting("ALLAUTH_TRUSTED_PROXY_COUNT", DEBUG="1", **env) == expected

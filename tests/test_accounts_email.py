"""Changing the sign-in email: add, confirm, make main, remove the old one."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache

pytestmark = pytest.mark.django_db

EMAIL_URL = "/accounts/email/"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_it_changes_the_email_address(alice_client, alice):
    response = alice_client.post(EMAIL_URL, {"action_add": "", "email": "alice@new.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    path = re.search(r"http://testserver(/accounts/confirm-email/[^\s]+/)", mail.outbox[0].body)
    alice_client.post(path.group(1))
    assert EmailAddress.objects.get(email="alice@new.example").verified

    alice_client.post(EMAIL_URL, {"action_primary": "", "email": "alice@new.example"})
    alice_client.post(EMAIL_URL, {"action_remove": "", "email": "alice@example.com"})
    alice.refresh_from_db()
    assert alice.email == "alice@new.example"
    assert list(EmailAddress.objects.filter(user=alice).values_list("email", flat=True)) == [
        "alice@new.example"
    ]


def test_an_address_another_account_uses_is_not_attached_and_not_revealed(alice_client, bob):
    # Enumeration prevention: the answer is the same as for a free address.
    taken = alice_client.post(EMAIL_URL, {"action_add": "", "email": "bob@example.com"})
    free = alice_client.post(EMAIL_URL, {"action_add": "", "email": "alice@other.example"})
    assert taken.status_code == free.status_code == 302
    assert taken["Location"] == free["Location"]
    # allauth keeps at most an unconfirmed copy, whose link goes to bob's inbox, not alice's.
    assert (
        not EmailAddress.objects.filter(email="bob@example.com", verified=True)
        .exclude(user=bob)
        .exists()
    )
    assert EmailAddress.objects.get(email="bob@example.com", user=bob).primary


def test_a_malformed_address_is_explained_next_to_the_field(alice_client):
    response = alice_client.post(EMAIL_URL, {"action_add": "", "email": "alice at work"})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_email_error"' in body
    assert 'value="alice at work"' in body


def test_the_email_page_works_without_javascript(alice_client):
    body = alice_client.get(EMAIL_URL).content.decode()
    assert "<script>" not in body
    assert "data-allauth-onload" not in body
    assert 'name="action_add"' in body
    assert "alice@example.com" in body

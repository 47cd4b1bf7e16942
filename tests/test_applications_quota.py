"""At most PIVOT_MAX_APPLICATIONS per account: the next is refused with a message."""

import pytest
from django.test import override_settings

from profiles.applications.models import Application
from profiles.services import QuotaExceeded
from tests.applications_data import make_application


@override_settings(PIVOT_MAX_APPLICATIONS=2)
def test_the_cap_is_per_account(alice, bob):
    make_application(alice)
    make_application(alice)
    with pytest.raises(QuotaExceeded, match="2 applications"):
        make_application(alice)
    make_application(bob)
    assert Application.objects.filter(owner=alice).count() == 2


@override_settings(PIVOT_MAX_APPLICATIONS=1)
def test_adding_by_hand_at_the_cap_keeps_what_was_typed(alice_client, alice):
    make_application(alice)
    response = alice_client.post("/applications/new/", {"title": "One more", "company": "Acme"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "the most one account can keep" in body and 'value="One more"' in body


def test_the_default_cap_is_500():
    from django.conf import settings

    assert settings.PIVOT_MAX_APPLICATIONS == 500

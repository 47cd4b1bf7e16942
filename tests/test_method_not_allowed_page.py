"""A GET on an address that only takes a form (a reload, a bookmark) gets our 405 page,
saying what happened, with a way back; never the browser's bare error page."""

import pytest
from django.urls import reverse

from tests.step_data import make_profile

pytestmark = pytest.mark.django_db

POST_ONLY = [
    "profiles:save_version",
    "profiles:tailor",
    "profiles:tailor_save",
    "profiles:reading_save",
]


@pytest.fixture
def profile(alice):
    return make_profile(alice)


@pytest.mark.parametrize("name", POST_ONLY)
def test_a_get_on_a_post_only_address_gets_our_page(alice_client, profile, name):
    response = alice_client.get(reverse(name, args=[profile.pk]))

    assert response.status_code == 405
    assert "POST" in response["Allow"]
    body = response.content.decode()
    assert "This address only takes a form" in body
    assert 'class="site-header"' in body  # the site's layout
    assert f'href="{reverse("profiles:detail", args=[profile.pk])}"' in body
    assert "Back to this profile" in body
    assert "no-store" in response["Cache-Control"]


def test_another_account_still_gets_404(bob_client, profile):
    assert bob_client.get(reverse("profiles:save_version", args=[profile.pk])).status_code == 404


def test_outside_a_profile_the_way_back_is_my_profiles_or_the_start_page(rf, alice):
    from django.contrib.auth.models import AnonymousUser

    from pivotapp.middleware import _way_back

    request = rf.get("/roles/read/")
    request.resolver_match = None
    request.user = alice
    assert _way_back(request) == (reverse("profiles:list"), "Back to my profiles")
    request.user = AnonymousUser()
    assert _way_back(request) == (reverse("roles:home"), "Back to the start page")


def test_only_a_get_gets_the_page(alice_client, profile):
    # Another method on a form's address is a program, not a person: the plain 405.
    response = alice_client.put(reverse("profiles:save_version", args=[profile.pk]))
    assert response.status_code == 405
    assert b"This address only takes a form" not in response.content

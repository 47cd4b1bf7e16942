import pytest
from django.urls import reverse

from profiles.models import Version

from .step_data import make_profile

pytestmark = pytest.mark.django_db


def test_it_lists_only_my_profiles_with_lane_and_latest_version(alice_client, alice, bob):
    from roles.models import RoleArchetype

    lane = RoleArchetype.objects.get(slug="ai-platform")
    mine = make_profile(alice, "Platform push", lane=lane, last_version_number=2)
    Version.objects.create(profile=mine, number=1)
    Version.objects.create(profile=mine, number=2)
    make_profile(bob, "Bob's secret profile")
    response = alice_client.get(reverse("profiles:list"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Platform push" in body
    assert lane.short_name in body
    assert "v2" in body
    assert reverse("profiles:version", args=[mine.pk, 2]) in body
    assert "Bob&#x27;s secret profile" not in body and "Bob's secret profile" not in body
    assert reverse("profiles:create") in body


def test_it_requires_sign_in(client):
    response = client.get(reverse("profiles:list"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_it_rejects_post_with_405(alice_client):
    assert alice_client.post(reverse("profiles:list")).status_code == 405


def test_it_shows_my_profiles_link_in_nav_when_signed_in(alice_client, client):
    assert "My profiles" in alice_client.get(reverse("roles:home")).content.decode()
    assert reverse("profiles:list") not in client.get(reverse("roles:home")).content.decode()


def test_it_keeps_a_fixed_query_count_with_many_versions(
    alice_client, alice, django_assert_max_num_queries
):
    profile = make_profile(alice, last_version_number=200)
    Version.objects.bulk_create(Version(profile=profile, number=n) for n in range(1, 201))
    with django_assert_max_num_queries(5):
        response = alice_client.get(reverse("profiles:list"))
    assert "v200" in response.content.decode()

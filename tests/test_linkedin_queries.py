"""The LinkedIn page keeps a fixed query count, however many versions a profile has."""

import pytest
from django.urls import reverse

from profiles.models import Version

from .coach_data import make_profile, make_version

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("saved_versions", [1, 200])
def test_it_runs_a_fixed_number_of_queries(
    alice, alice_client, django_assert_max_num_queries, saved_versions
):
    profile = make_profile(alice)
    make_version(profile)
    Version.objects.bulk_create(
        Version(profile=profile, number=n, snapshot={}) for n in range(2, saved_versions + 1)
    )
    with django_assert_max_num_queries(8):
        response = alice_client.get(reverse("profiles:linkedin", args=[profile.pk]))
    assert response.status_code == 200
    with django_assert_max_num_queries(8):
        response = alice_client.get(reverse("profiles:version_linkedin", args=[profile.pk, 1]))
    assert response.status_code == 200

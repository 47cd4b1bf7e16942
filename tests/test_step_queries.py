"""Query budget: every step page and partial runs at most 6 queries, the same number with
1 and with 1,000 saved versions.

Counted on a warm process, as a server runs: the guide's content rows (roles.guide) are
loaded once per process and content edit, so each test requests the page once first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from profiles.models import Version

from .step_data import ALL_SLUGS, fill_all, make_profile, step_url, valid_data

# What the engine cannot change (tests/conftest.py runs_on_sqlite): PostgreSQL only.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_free]


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def add_versions(profile, count):
    Version.objects.bulk_create(
        Version(profile=profile, number=n, snapshot={"answers": profile.answers})
        for n in range(profile.last_version_number + 1, count + 1)
    )
    profile.last_version_number = count
    profile.save(update_fields=["last_version_number"])


def count_queries(client, url, **extra) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_step_query_count_is_fixed(alice_client, profile, django_assert_max_num_queries):
    """Every step's page and htmx partial, on one profile answered through every step form
    (filled once: the forms are most of this test's time)."""
    fill_all(alice_client, profile)
    add_versions(profile, 1)
    ways = {"page": {}, "partial": {"HTTP_HX_REQUEST": "true"}}
    with_one = {}
    for slug in ALL_SLUGS:
        url = step_url(profile, slug)
        for way, extra in ways.items():
            alice_client.get(url, **extra)  # warm: the guide's rows load once per process
            with django_assert_max_num_queries(6):
                alice_client.get(url, **extra)
            with_one[slug, way] = count_queries(alice_client, url, **extra)
    add_versions(profile, 1000)
    for slug in ALL_SLUGS:
        url = step_url(profile, slug)
        for way, extra in ways.items():
            with django_assert_max_num_queries(6):
                alice_client.get(url, **extra)
            assert count_queries(alice_client, url, **extra) == with_one[slug, way], (slug, way)


@pytest.mark.parametrize("slug", ALL_SLUGS)
def test_empty_profile_step_stays_within_budget(
    alice_client, profile, slug, django_assert_max_num_queries
):
    alice_client.get(step_url(profile, slug))  # warm
    with django_assert_max_num_queries(6):
        assert alice_client.get(step_url(profile, slug)).status_code == 200


def test_htmx_submit_query_count_does_not_grow_with_versions(alice_client, profile):
    fill_all(alice_client, profile)
    alice_client.post(  # warm, and a no-op save: the same answers
        step_url(profile, "gaps"), valid_data("gaps", profile.revision), HTTP_HX_REQUEST="true"
    )
    counts = []
    for total in (1, 1000):
        add_versions(profile, total)
        profile.refresh_from_db()
        with CaptureQueriesContext(connection) as ctx:
            response = alice_client.post(
                step_url(profile, "gaps"),
                valid_data("gaps", profile.revision),
                HTTP_HX_REQUEST="true",
            )
        assert response.status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
    assert counts[0] <= 14

"""History page: /profiles/<id>/versions/ (profiles:versions)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from profiles.models import Version
from profiles.versions.snapshot import save_version
from tests.version_data import make_profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def url(profile, **query):
    base = reverse("profiles:versions", args=[profile.pk])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def bulk_versions(profile, count: int) -> None:
    snapshot = Version.objects.get(profile=profile, number=1).snapshot
    Version.objects.bulk_create(
        Version(
            profile=profile, number=n, note=f"note {n}", headline=f"headline {n}", snapshot=snapshot
        )
        for n in range(2, count + 1)
    )
    profile.last_version_number = count
    profile.save(update_fields=["last_version_number"])


def test_it_lists_versions_newest_first_with_note_and_headline(alice_client, profile):
    save_version(profile=profile, note="First draft")
    save_version(profile=profile, note="Sharper headline")

    response = alice_client.get(url(profile))

    assert response.status_code == 200
    body = response.content.decode()
    assert body.index("Version 2") < body.index("Version 1")
    assert "First draft" in body and "Sharper headline" in body
    assert "Applied AI Engineer · Agentic Systems + Reliability" in body
    assert f'action="{reverse("profiles:diff", args=[profile.pk])}"' in body
    assert 'name="a"' in body and 'value="1"' in body and 'value="2"' in body


def test_it_shows_an_empty_state(alice_client, profile):
    response = alice_client.get(url(profile))
    assert response.status_code == 200
    assert "No version saved yet" in response.content.decode()


def test_it_paginates_by_25(alice_client, profile):
    save_version(profile=profile)
    bulk_versions(profile, 30)

    first = alice_client.get(url(profile)).content.decode()
    second = alice_client.get(url(profile, page=2)).content.decode()

    assert "note 30" in first and "note 6" in first and "note 5" not in first
    assert "note 5" in second and ">Version 1<" in second and "note 30" not in second
    assert "Page 2 of 2" in second


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", "%00"])
def test_it_handles_bad_page_numbers(alice_client, profile, page):
    save_version(profile=profile)
    bulk_versions(profile, 30)

    response = alice_client.get(url(profile, page=page))

    assert response.status_code == 200
    assert "Page " in response.content.decode()


def test_htmx_pagination_gets_only_the_panel(alice_client, profile):
    save_version(profile=profile)
    bulk_versions(profile, 30)

    response = alice_client.get(url(profile, page=2), HTTP_HX_REQUEST="true")

    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<section id="history-panel"')
    assert "<html" not in body and "autofocus" in body


def test_it_rejects_other_owner(bob_client, profile):
    save_version(profile=profile)
    assert bob_client.get(url(profile)).status_code == 404
    assert bob_client.post(url(profile)).status_code == 404


def test_it_sends_visitors_to_sign_in(client, profile):
    response = client.get(url(profile))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_rejects_wrong_method(alice_client, profile, method):
    assert getattr(alice_client, method)(url(profile)).status_code == 405


@pytest.mark.parametrize("count", [1, 200])
def test_query_count_does_not_grow_with_versions(
    alice_client, profile, count, django_assert_max_num_queries
):
    save_version(profile=profile)
    if count > 1:
        bulk_versions(profile, count)
    with django_assert_max_num_queries(6):
        response = alice_client.get(url(profile))
    assert response.status_code == 200


def test_htmx_history_restore_gets_the_whole_page(alice_client, profile):
    save_version(profile=profile)

    response = alice_client.get(
        url(profile), HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )

    assert "<html" in response.content.decode()


def test_query_count_is_the_same_with_1_and_200_versions(alice_client, alice):
    counts = []
    for total in (1, 200):
        profile = make_profile(alice, name=f"{total} versions")
        save_version(profile=profile)
        if total > 1:
            bulk_versions(profile, total)
        alice_client.get(url(profile))  # warm the session and any per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert alice_client.get(url(profile, page=3 if total > 1 else 1)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 8

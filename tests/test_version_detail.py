"""One saved version: /profiles/<id>/versions/<n>/ (profiles:version)."""

from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from profiles.models import Version
from profiles.versions.snapshot import save_version
from roles.models import MessageTemplate
from tests.version_data import make_profile, set_headline

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def url(profile, number: int) -> str:
    return reverse("profiles:version", args=[profile.pk, number])


def test_it_shows_answers_and_texts_read_only_with_restore(alice_client, profile):
    save_version(profile=profile, note="First draft")

    response = alice_client.get(url(profile, 1))

    body = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Version 1</h1>" in body and "First draft" in body
    for answer in [
        "on-call debugging of distributed systems",
        "https://github.com/alice/triage-agent",
        "Shipped billing features used by 2M customers.",
        "Applied AI / Agent Engineer (group B",
        "<dd>Working</dd>",
        "<dd>In progress</dd>",
    ]:
        assert answer in body
    # Jinja2 fragments escape an apostrophe as &#39;, Django as &#x27;: read the text.
    assert "I'm a senior engineer with 9 years across payments, backend, and cloud." in unescape(
        body
    )
    assert "Teams come to me for evals and incident response." in body
    assert f'action="{reverse("profiles:restore", args=[profile.pk, 1])}"' in body
    assert "<textarea" not in body and 'type="text"' not in body


def test_it_links_to_the_diff_with_the_previous_version(alice_client, profile):
    save_version(profile=profile)
    save_version(profile=profile)

    body = alice_client.get(url(profile, 2)).content.decode()
    first = alice_client.get(url(profile, 1)).content.decode()

    diff = reverse("profiles:diff", args=[profile.pk])
    assert f'href="{diff}?a=1&amp;b=2"' in body
    assert f"{diff}?a=0" not in first
    assert "Next version" in first and "Next version" not in body


def test_it_shows_blanks_as_visible_blanks(alice_client, alice):
    profile = make_profile(alice, data={"background": {"level": "Staff"}})
    save_version(profile=profile)

    body = alice_client.get(url(profile, 1)).content.decode()

    assert '<mark class="blank"><span class="visually-hidden">Blank: </span>[years]</mark>' in body
    assert "{years}" not in body and "None" not in body


def test_it_still_shows_the_old_text_after_an_admin_edit(alice_client, profile):
    save_version(profile=profile)
    template = MessageTemplate.objects.get(key="linkedin_headline")
    template.body = "Brand new headline template {level}"
    template.save()

    body = alice_client.get(url(profile, 1)).content.decode()

    assert "Teams come to me for evals and incident response." in body
    assert "Brand new headline template" not in body


def test_user_text_is_escaped(alice_client, profile):
    profile.answers["background"]["edge"] = "<script>alert(1)</script>"
    profile.save()
    save_version(profile=profile)

    body = alice_client.get(url(profile, 1)).content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body


def test_unknown_number_is_404(alice_client, profile):
    save_version(profile=profile)
    assert alice_client.get(url(profile, 2)).status_code == 404
    assert alice_client.get(url(profile, 0)).status_code == 404
    assert alice_client.get(url(profile, 99999999999)).status_code == 404


def test_it_rejects_other_owner(bob_client, profile):
    save_version(profile=profile)
    assert bob_client.get(url(profile, 1)).status_code == 404
    assert bob_client.post(url(profile, 1)).status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_rejects_wrong_method(alice_client, profile, method):
    save_version(profile=profile)
    assert getattr(alice_client, method)(url(profile, 1)).status_code == 405


@pytest.mark.parametrize("count", [1, 200])
def test_query_count_does_not_grow_with_versions(
    alice_client, profile, count, django_assert_max_num_queries
):
    for _ in range(min(count, 2)):
        save_version(profile=profile)
    snapshot = Version.objects.get(profile=profile, number=1).snapshot
    Version.objects.bulk_create(
        Version(profile=profile, number=n, snapshot=snapshot) for n in range(3, count + 1)
    )
    profile.last_version_number = count
    profile.save(update_fields=["last_version_number"])
    set_headline(profile, "unrelated working copy change")

    with django_assert_max_num_queries(4):
        response = alice_client.get(url(profile, 1))
    assert response.status_code == 200


def test_query_count_is_the_same_with_1_and_200_versions(alice_client, alice):
    counts = []
    for total in (1, 200):
        profile = make_profile(alice, name=f"{total} versions")
        save_version(profile=profile)
        snapshot = Version.objects.get(profile=profile, number=1).snapshot
        Version.objects.bulk_create(
            Version(profile=profile, number=n, snapshot=snapshot) for n in range(2, total + 1)
        )
        profile.last_version_number = total
        profile.save(update_fields=["last_version_number"])
        alice_client.get(url(profile, 1))
        with CaptureQueriesContext(connection) as queries:
            assert alice_client.get(url(profile, total)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 8


def test_a_version_with_an_empty_snapshot_still_renders(alice_client, profile):
    Version.objects.create(profile=profile, number=1, snapshot={})
    profile.last_version_number = 1
    profile.save(update_fields=["last_version_number"])

    response = alice_client.get(url(profile, 1))

    assert response.status_code == 200
    assert "No texts in this version." in response.content.decode()

"""Restore: POST /profiles/<id>/versions/<n>/restore/ (profiles:restore)."""

import pytest
from django.contrib.messages import get_messages
from django.urls import NoReverseMatch, reverse

from profiles.models import Profile, Version
from profiles.versions.snapshot import save_version
from tests.version_data import ANSWERS, make_profile, set_headline

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    profile = make_profile(alice)
    save_version(profile=profile)
    set_headline(profile, "Evals, Platform Reliability")
    save_version(profile=profile)
    return Profile.objects.get(pk=profile.pk)


def url(profile, number: int) -> str:
    return reverse("profiles:restore", args=[profile.pk, number])


def expected_redirect(profile, number: int) -> str:
    try:
        return reverse("profiles:step", args=[profile.pk, "review"])
    except NoReverseMatch:
        return reverse("profiles:version", args=[profile.pk, number])


def test_it_restores_into_the_working_copy_and_says_so(alice_client, profile):
    snapshots = list(Version.objects.order_by("number").values_list("snapshot", flat=True))

    response = alice_client.post(url(profile, 1))

    assert response.status_code == 302
    assert response["Location"] == expected_redirect(profile, 1)
    restored = Profile.objects.get(pk=profile.pk)
    assert restored.answers == ANSWERS
    assert restored.revision == profile.revision + 1
    assert restored.last_version_number == 2
    assert list(Version.objects.order_by("number").values_list("snapshot", flat=True)) == (
        snapshots
    )
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Version 1 restored into your working copy"
    ]
    assert save_version(profile=restored).number == 3


def test_unknown_number_is_404(alice_client, profile):
    assert alice_client.post(url(profile, 3)).status_code == 404
    assert Profile.objects.get(pk=profile.pk).revision == profile.revision


def test_it_rejects_other_owner(bob_client, profile):
    assert bob_client.post(url(profile, 1)).status_code == 404
    assert bob_client.get(url(profile, 1)).status_code == 404
    assert Profile.objects.get(pk=profile.pk).answers == profile.answers


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_it_rejects_wrong_method(alice_client, profile, method):
    assert getattr(alice_client, method)(url(profile, 1)).status_code == 405
    assert Profile.objects.get(pk=profile.pk).revision == profile.revision


def test_it_needs_the_csrf_token(alice):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    profile = make_profile(alice, name="Another")
    save_version(profile=profile)

    assert client.post(url(profile, 1)).status_code == 403

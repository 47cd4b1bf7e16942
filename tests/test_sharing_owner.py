"""The owner's side of read-only links: make one from a version, list, revoke."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from profiles.models import ShareLink
from profiles.sharing.services import hash_token
from tests.sharing_support import create_url, make_link, saved_profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def saved(alice_client, alice):
    return saved_profile(alice_client, alice)


def test_the_version_page_offers_the_share_action(alice_client, saved):
    profile, version = saved
    body = alice_client.get(version.get_absolute_url()).content.decode()
    assert f'href="{create_url(profile)}"' in body and "Share read-only link" in body


def test_it_makes_a_256_bit_link_and_stores_only_its_hash(alice_client, saved):
    profile, version = saved
    response = alice_client.post(create_url(profile), {"days": "14", "label": "Sam"})

    assert response.status_code == 201
    assert "no-store" in response["Cache-Control"]  # the link is shown once: never cached
    token = response.context["share_url"].rstrip("/").rsplit("/", 1)[1]
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)  # 32 bytes of urlsafe base64
    link = ShareLink.objects.get()
    assert link.token_hash == hash_token(token) and token not in link.token_hash
    assert link.version == version and link.label == "Sam" and not link.show_skills
    assert abs(link.expires_at - (timezone.now() + timedelta(days=14))) < timedelta(minutes=1)
    assert token in response.content.decode()


def test_each_link_gets_a_new_token(alice_client, saved):
    profile, _ = saved
    assert make_link(alice_client, profile) != make_link(alice_client, profile)


def test_the_expiry_is_chosen_at_creation(alice_client, saved):
    profile, _ = saved
    make_link(alice_client, profile, days="1", show_skills="on")
    link = ShareLink.objects.get()
    assert abs(link.expires_at - (timezone.now() + timedelta(days=1))) < timedelta(minutes=1)
    assert link.show_skills


def test_the_form_defaults_to_14_days_without_skills(alice_client, saved):
    profile, _ = saved
    form = alice_client.get(create_url(profile)).context["form"]
    assert form["days"].value() == 14 and not form["show_skills"].value()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"days": "3"}, "Choose one of the listed lengths"),
        ({}, "Choose how long the link works"),
        ({"days": "14", "label": "x" * 81}, "Keep the name to 80 characters or fewer"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_keeps_what_was_typed(
    alice_client, saved, data, message
):
    profile, _ = saved
    response = alice_client.post(create_url(profile), data | {"label": data.get("label", "Sam")})
    body = response.content.decode()
    assert response.status_code == 400
    assert message in body and 'class="error-summary"' in body
    assert ShareLink.objects.count() == 0
    assert f'value="{data.get("label", "Sam")}"' in body


def test_the_list_shows_links_with_last_viewed_date(alice_client, client, saved):
    profile, _ = saved
    path = make_link(alice_client, profile)
    make_link(alice_client, profile, label="Jo")
    shares = reverse("profiles:shares", args=[profile.pk])
    assert "Never" in alice_client.get(shares).content.decode()

    client.get(path)

    body = alice_client.get(shares).content.decode()
    viewed = ShareLink.objects.get(label="Sam").last_viewed_at
    assert viewed is not None and ShareLink.objects.get(label="Jo").last_viewed_at is None
    assert viewed.strftime("%Y-%m-%dT%H:%M") in body and "Sam" in body and "Jo" in body


def test_revoking_ends_the_link(alice_client, client, saved):
    profile, _ = saved
    path = make_link(alice_client, profile)
    link = ShareLink.objects.get()
    revoke = reverse("profiles:share_revoke", args=[profile.pk, link.pk])

    response = alice_client.post(revoke)

    assert response.status_code == 302 and response["Location"] == reverse(
        "profiles:shares", args=[profile.pk]
    )
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert client.get(path).status_code == 404
    body = alice_client.get(response["Location"]).content.decode()
    assert "Revoked" in body and revoke not in body


def test_other_owner_gets_404_everywhere(alice_client, bob_client, saved):
    profile, _ = saved
    make_link(alice_client, profile)
    link = ShareLink.objects.get()
    revoke = reverse("profiles:share_revoke", args=[profile.pk, link.pk])
    shares = reverse("profiles:shares", args=[profile.pk])
    assert bob_client.get(create_url(profile)).status_code == 404
    assert bob_client.post(create_url(profile), {"days": "14"}).status_code == 404
    assert bob_client.get(shares).status_code == 404
    assert bob_client.post(revoke).status_code == 404
    link.refresh_from_db()
    assert link.revoked_at is None and ShareLink.objects.count() == 1


def test_a_link_of_another_profile_cannot_be_revoked_through_mine(alice_client, alice, saved):
    profile, _ = saved
    other, _ = saved_profile(alice_client, alice, name="Platform")
    make_link(alice_client, other)
    link = ShareLink.objects.get()
    response = alice_client.post(reverse("profiles:share_revoke", args=[profile.pk, link.pk]))
    assert response.status_code == 404


def test_wrong_methods_are_refused(alice_client, saved):
    profile, _ = saved
    make_link(alice_client, profile)
    link = ShareLink.objects.get()
    revoke = reverse("profiles:share_revoke", args=[profile.pk, link.pk])
    assert alice_client.get(revoke).status_code == 405
    assert alice_client.post(reverse("profiles:shares", args=[profile.pk])).status_code == 405
    assert alice_client.delete(create_url(profile)).status_code == 405


def test_a_version_that_does_not_exist_is_404(alice_client, saved):
    profile, _ = saved
    assert alice_client.get(create_url(profile, 9)).status_code == 404


def test_signed_out_is_sent_to_sign_in(client, saved):
    profile, _ = saved
    response = client.get(create_url(profile))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]

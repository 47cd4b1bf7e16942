"""Headers on every response: what no other site may do with our pages, what browser
features no page may ask for, and that private pages and downloads are never cached."""

import pytest
from django.urls import reverse

from pivotapp.middleware import DENIED_FEATURES
from tests.coach_data import make_profile, make_version

pytestmark = pytest.mark.django_db


def test_every_page_forbids_cross_origin_embedding_and_unused_features(client):
    response = client.get(reverse("roles:home"))
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    assert len(DENIED_FEATURES) >= 15
    # Passkeys need this origin to keep WebAuthn: never denied here.
    assert "publickey-credentials" not in policy


def test_error_pages_carry_them_too(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_public_pages_for_visitors_stay_cacheable(client):
    # Nothing private in them: no reason to force every visit back to the server.
    response = client.get(reverse("roles:home"))
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def _owner_get_urls(profile) -> list[str]:
    pk = profile.pk
    return [
        reverse("profiles:detail", args=[pk]),
        reverse("profiles:rename", args=[pk]),
        reverse("profiles:delete", args=[pk]),
        reverse("profiles:step", args=[pk, "background"]),
        reverse("profiles:step", args=[pk, "review"]),
        reverse("profiles:versions", args=[pk]),
        reverse("profiles:diff", args=[pk]),
        reverse("profiles:version", args=[pk, 1]),
        reverse("profiles:linkedin", args=[pk]),
        reverse("profiles:version_linkedin", args=[pk, 1]),
        reverse("profiles:export_json", args=[pk]),
        reverse("profiles:export", args=[pk, "linkedin", "txt"]),
        reverse("profiles:export", args=[pk, "positioning", "md"]),
        reverse("profiles:version_export_json", args=[pk, 1]),
        reverse("profiles:version_export", args=[pk, 1, "linkedin", "md"]),
    ]


def _no_store(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


def test_every_owner_scoped_page_and_download_is_private_and_not_stored(alice_client, alice):
    profile = make_profile(alice)
    make_version(profile)
    for url in _owner_get_urls(profile):
        response = alice_client.get(url)
        assert response.status_code in (200, 302), url
        assert _no_store(response), (url, response.get("Cache-Control"))


def test_owner_scoped_posts_are_private_too(alice_client, alice):
    profile = make_profile(alice)
    response = alice_client.post(reverse("profiles:save_version", args=[profile.pk]), {})
    assert _no_store(response)


@pytest.mark.parametrize("name", ["profiles:list", "profiles:create", "accounts:page"])
def test_signed_in_pages_outside_a_profile_are_private_too(alice_client, name):
    assert _no_store(alice_client.get(reverse(name)))


def test_the_account_data_download_is_not_stored(alice_client):
    response = alice_client.get(reverse("accounts:export"))
    assert response["Content-Disposition"].startswith("attachment")
    assert _no_store(response)


@pytest.mark.parametrize("name", ["profiles:versions", "profiles:diff"])
def test_history_and_compare_vary_on_htmx(alice_client, alice, name):
    # The same URL answers a whole page or an htmx panel: a cache must tell them apart.
    profile = make_profile(alice)
    make_version(profile)
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        response = alice_client.get(reverse(name, args=[profile.pk]), **headers)
        assert "HX-Request" in response["Vary"]

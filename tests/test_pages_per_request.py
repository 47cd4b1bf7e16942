"""Signed-in pages are drawn for each request: nothing of a page is kept, so whatever the
layout shows of the person (their email in the navigation) is current on the next page."""

import pytest
from django.urls import reverse

from profiles.versions.snapshot import save_version

from .step_data import fill_all, make_profile, step_url

pytestmark = pytest.mark.django_db


def urls(profile) -> list[str]:
    return [
        step_url(profile, "background"),
        step_url(profile, "messaging"),
        step_url(profile, "review"),
        reverse("profiles:linkedin", args=[profile.pk]),
        reverse("profiles:versions", args=[profile.pk]),
        reverse("profiles:version", args=[profile.pk, 1]),
        reverse("profiles:diff", args=[profile.pk]) + "?a=1&b=1",
    ]


def test_a_changed_email_shows_on_the_next_page(alice, alice_client):
    profile = fill_all(alice_client, make_profile(alice))
    save_version(profile=profile, note="first")
    for url in urls(profile):
        for htmx in (False, True):
            extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
            assert alice_client.get(url, **extra).status_code == 200  # drawn once before
        assert "alice@example.com" in alice_client.get(url).content.decode()
    alice.email = "alice.new@example.com"
    alice.save(update_fields=["email"])
    alice.emailaddress_set.update(email="alice.new@example.com")
    for url in urls(profile):
        html = alice_client.get(url).content.decode()
        assert "alice.new@example.com" in html, url
        assert "alice@example.com" not in html, url

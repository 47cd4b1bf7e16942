"""Shared helpers for the share-link tests (no tests here)."""

from django.urls import reverse

from profiles.versions.snapshot import save_version
from tests.step_data import fill_all, make_profile


def saved_profile(client, owner, name="Applied AI"):
    """A profile filled in through the real step forms, with version 1 saved."""
    profile = fill_all(client, make_profile(owner, name=name))
    version = save_version(profile=profile, note="For my mentor")
    return profile, version


def create_url(profile, number=1) -> str:
    return reverse("profiles:share_create", args=[profile.pk, number])


def make_link(client, profile, number=1, **data) -> str:
    """Make a link through the owner's form; returns the shared page's path."""
    form = {"days": "14", "label": "Sam"} | data
    response = client.post(create_url(profile, number), form)
    assert response.status_code == 201, response.content[:2000]
    url = response.context["share_url"]
    return url[url.index("/shared/") :]

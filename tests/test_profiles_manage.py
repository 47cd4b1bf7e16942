"""Create, rename, delete, detail redirect."""

import uuid

import pytest
from django.urls import reverse

from profiles.models import Profile

from .step_data import fill_all, make_profile, step_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def test_it_creates_a_profile_and_opens_step_one(alice_client, alice):
    response = alice_client.post(reverse("profiles:create"), {"name": "  Applied AI  "})
    created = Profile.objects.get(owner=alice)
    assert created.name == "Applied AI"
    assert response["Location"] == step_url(created, "background")


def test_it_shows_bad_create_input_back(alice_client, alice):
    response = alice_client.post(reverse("profiles:create"), {"name": "x" * 81})
    assert response.status_code == 200
    body = response.content.decode()
    assert "error-summary" in body and 'href="#id_name"' in body
    assert "x" * 81 in body
    assert not Profile.objects.filter(owner=alice).exists()


def test_create_page_works_and_rejects_put(alice_client):
    assert alice_client.get(reverse("profiles:create")).status_code == 200
    assert alice_client.put(reverse("profiles:create")).status_code == 405


def test_it_renames(alice_client, profile):
    response = alice_client.post(reverse("profiles:rename", args=[profile.pk]), {"name": "New"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.name == "New"


def test_rename_shows_bad_input_back(alice_client, profile):
    response = alice_client.post(reverse("profiles:rename", args=[profile.pk]), {"name": "  "})
    assert response.status_code == 200
    assert "Enter a name for the profile" in response.content.decode()
    profile.refresh_from_db()
    assert profile.name == "Applied AI"


def test_delete_asks_then_deletes(alice_client, profile):
    url = reverse("profiles:delete", args=[profile.pk])
    page = alice_client.get(url)
    assert page.status_code == 200
    assert "cannot be undone" in page.content.decode()
    assert Profile.objects.filter(pk=profile.pk).exists()
    response = alice_client.post(url)
    assert response["Location"] == reverse("profiles:list")
    assert not Profile.objects.filter(pk=profile.pk).exists()


@pytest.mark.parametrize("name", ["detail", "rename", "delete"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_it_rejects_other_owner(bob_client, profile, name, method):
    response = getattr(bob_client, method)(reverse(f"profiles:{name}", args=[profile.pk]))
    assert response.status_code == 404
    assert Profile.objects.filter(pk=profile.pk, name="Applied AI").exists()


def test_unknown_id_is_404(alice_client):
    assert alice_client.get(reverse("profiles:detail", args=[uuid.uuid4()])).status_code == 404


@pytest.mark.parametrize("name", ["rename", "delete"])
def test_wrong_method_is_405(alice_client, profile, name):
    assert alice_client.put(reverse(f"profiles:{name}", args=[profile.pk])).status_code == 405


def test_detail_post_is_405(alice_client, profile):
    assert alice_client.post(reverse("profiles:detail", args=[profile.pk])).status_code == 405


def test_detail_goes_to_first_incomplete_step_then_review(alice_client, profile):
    url = reverse("profiles:detail", args=[profile.pk])
    assert alice_client.get(url)["Location"] == step_url(profile, "background")
    fill_all(alice_client, profile)
    assert alice_client.get(url)["Location"] == step_url(profile, "review")

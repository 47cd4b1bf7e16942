"""Review: everything on one page, what is missing, and Save version."""

from html import unescape

import pytest
from django.urls import reverse

from profiles.models import Version

from .step_data import fill_all, make_profile, step_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def test_review_shows_answers_texts_and_nothing_missing(alice_client, profile):
    fill_all(alice_client, profile)
    body = alice_client.get(step_url(profile, "review")).content.decode()
    assert "large-scale backend reliability" in body
    assert "My evidence for AI proof" in body
    assert "Applied AI / Agent Engineer" in body
    assert "Evals + observability" in body and "In progress" in body
    assert "I'm a senior engineer with 9 years" in unescape(body)  # Jinja2 writes ' as &#39;
    assert "Nothing: every step is complete" in body
    assert "The coach has" in body
    assert f'action="{reverse("profiles:save_version", args=[profile.pk])}"' in body


def test_review_lists_what_is_missing_with_links(alice_client, profile):
    body = alice_client.get(step_url(profile, "review")).content.decode()
    assert f'href="{step_url(profile, "background")}">Step 1, Background</a>: not complete' in body
    assert "years is blank in" in body
    assert "no evidence for “AI proof”" in body


def test_save_version_redirects_to_the_version(alice_client, profile):
    fill_all(alice_client, profile)
    response = alice_client.post(
        reverse("profiles:save_version", args=[profile.pk]), {"note": "first"}
    )
    version = Version.objects.get(profile=profile)
    assert version.number == 1 and version.note == "first"
    assert response.status_code == 302
    assert response["Location"] == reverse("profiles:version", args=[profile.pk, 1])


def test_save_version_note_too_long_is_shown_back(alice_client, profile):
    response = alice_client.post(
        reverse("profiles:save_version", args=[profile.pk]), {"note": "n" * 201}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Ensure this value has at most 200 characters" in body
    assert 'href="#id_note"' in body and "n" * 201 in body
    assert not Version.objects.exists()


def test_save_version_rejects_other_owner_and_get(alice_client, bob_client, profile):
    url = reverse("profiles:save_version", args=[profile.pk])
    assert bob_client.post(url, {"note": ""}).status_code == 404
    assert bob_client.get(url).status_code == 404
    assert alice_client.get(url).status_code == 405
    assert not Version.objects.exists()

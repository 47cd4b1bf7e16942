"""Autosave: what is typed so far is kept without counting the step as done, and the new
revision comes back so the next "Save and continue" is not refused as stale."""

import re

import pytest
from django.urls import reverse

from profiles import steps

from .step_data import STEP_SLUGS, make_profile, valid_data

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def autosave_url(profile, slug: str) -> str:
    return reverse("profiles:autosave", args=[profile.pk, slug])


def new_revision(html: str) -> int:
    match = re.search(r'name="revision" value="(\d+)" id="id_revision" hx-swap-oob', html)
    assert match, html
    return int(match.group(1))


@pytest.mark.parametrize("slug", STEP_SLUGS)
def test_it_saves_each_step_and_returns_the_new_revision(alice_client, profile, slug):
    response = alice_client.post(autosave_url(profile, slug), valid_data(slug), **HX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Saved at <time datetime=" in html
    assert new_revision(html) == 1
    profile.refresh_from_db()
    assert slug in profile.answers and profile.revision == 1


def test_a_half_typed_background_is_kept_but_not_complete(alice_client, profile):
    data = {"revision": "0", "ai_work": "a runbook RAG assistant"}
    data |= {"artifact-TOTAL_FORMS": "1", "artifact-INITIAL_FORMS": "0"}
    data["artifact-0-result"] = "cut time-to-mitigation 38 -> 22 min"
    response = alice_client.post(autosave_url(profile, "background"), data, **HX)
    assert "Saved at" in response.content.decode()
    profile.refresh_from_db()
    background = profile.answers["background"]
    assert background["ai_work"] == "a runbook RAG assistant"
    assert background["artifacts"][0]["result"] == "cut time-to-mitigation 38 -> 22 min"
    assert not steps.is_complete("background", profile.answers)
    # And the step page shows it back.
    page = alice_client.get(reverse("profiles:step", args=[profile.pk, "background"]))
    assert "a runbook RAG assistant" in page.content.decode()


def test_it_says_what_is_wrong_and_saves_nothing(alice_client, profile):
    data = valid_data("background") | {"years": "ninety"}
    response = alice_client.post(autosave_url(profile, "background"), data, **HX)
    html = response.content.decode()
    assert "Not saved — Years of experience must be a whole number" in html
    assert "Retry" in html and "hx-swap-oob" not in html
    profile.refresh_from_db()
    assert profile.revision == 0 and "background" not in (profile.answers or {})


def test_a_stale_revision_is_not_saved_and_points_to_save_and_continue(alice_client, profile):
    alice_client.post(autosave_url(profile, "lane"), valid_data("lane"), **HX)
    response = alice_client.post(autosave_url(profile, "skills"), valid_data("skills", 0), **HX)
    html = response.content.decode()
    assert "changed in another tab" in html and "Save and continue" in html
    profile.refresh_from_db()
    assert "skills" not in profile.answers


def test_it_rejects_other_owner(bob_client, profile):
    response = bob_client.post(autosave_url(profile, "lane"), valid_data("lane"), **HX)
    assert response.status_code == 404


def test_it_only_accepts_post(alice_client, profile):
    assert alice_client.get(autosave_url(profile, "lane")).status_code == 405


def test_review_and_unknown_steps_have_no_autosave(alice_client, profile):
    assert alice_client.post(autosave_url(profile, "review"), {"revision": "0"}).status_code == 404
    assert alice_client.post(autosave_url(profile, "nope"), {"revision": "0"}).status_code == 404


def test_the_step_pages_offer_autosave_and_say_how_to_keep_edits_without_javascript(
    alice_client, profile
):
    html = alice_client.get(reverse("profiles:step", args=[profile.pk, "background"])).content
    html = html.decode()
    assert f'hx-post="{autosave_url(profile, "background")}"' in html
    assert 'hx-sync="#step-form:queue last"' in html
    assert 'hx-disabled-elt="#step-form button[type=submit]"' in html
    assert 'class="hint unsaved-hint"' in html
    assert "Only “Save and continue” keeps what you typed" in html

"""Owner pages kept as drawn (profiles/page_cache.py): answered again from memory while
nothing they are drawn from has changed, and drawn anew the moment something has."""

import re

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from profiles import page_cache
from profiles.models import Profile
from profiles.versions.snapshot import save_version
from roles.models import CredibilityPoint

from .step_data import fill_all, make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db

TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def profile(alice, alice_client):
    return fill_all(alice_client, make_profile(alice))


def drawn(response) -> bool:
    """Whether the view ran (the test client records each template rendered)."""
    return bool(response.templates)


def test_it_answers_a_second_visit_without_drawing_the_page(alice_client, profile):
    url = step_url(profile, "messaging")
    first = alice_client.get(url)
    second = alice_client.get(url)
    assert drawn(first) and not drawn(second)
    masked_tokens = re.compile(rb"[A-Za-z0-9]{64}")
    assert masked_tokens.sub(b"", first.content) == masked_tokens.sub(b"", second.content)


def test_a_kept_page_costs_only_the_owner_lookup(
    alice_client, profile, django_assert_max_num_queries
):
    url = step_url(profile, "review")
    alice_client.get(url)
    # Session, user, profile by owner, the guide's content stamp (database cache here).
    with django_assert_max_num_queries(4):
        assert alice_client.get(url).status_code == 200


def test_each_answer_carries_its_own_working_csrf_token(alice, profile):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    url = step_url(profile, "background")
    tokens = [TOKEN.search(client.get(url).content).group(1).decode() for _ in range(2)]
    assert tokens[0] != tokens[1]
    assert page_cache.CSRF_HOLE.encode() not in client.get(url).content
    profile.refresh_from_db()
    data = valid_data("background", profile.revision) | {"csrfmiddlewaretoken": tokens[1]}
    assert client.post(url, data).status_code == 302


def test_it_shows_a_saved_edit_at_once(alice_client, profile):
    url = step_url(profile, "background")
    assert b'value="large-scale backend reliability"' in alice_client.get(url).content
    data = valid_data("background", profile.revision) | {"edge": "card-network settlement"}
    assert alice_client.post(url, data).status_code == 302
    page = alice_client.get(url).content
    assert b'value="card-network settlement"' in page
    assert b'value="large-scale backend reliability"' not in page


def test_it_shows_a_guide_edit_at_once(alice_client, profile):
    url = step_url(profile, "credibility")
    alice_client.get(url)
    point = CredibilityPoint.objects.first()
    point.name = "Shipped under card-network deadlines"
    point.save()
    assert b"Shipped under card-network deadlines" in alice_client.get(url).content


def test_it_shows_a_rename_at_once(alice_client, profile):
    url = step_url(profile, "lane")
    alice_client.get(url)
    rename = reverse("profiles:rename", args=[profile.pk])
    alice_client.post(rename, {"name": "Founding engineer pivot"})
    assert b"Founding engineer pivot" in alice_client.get(url).content


def test_it_shows_a_new_version_at_once(alice_client, profile):
    url = reverse("profiles:versions", args=[profile.pk])
    assert b"first cut" not in alice_client.get(url).content
    save_version(profile=profile, note="first cut")
    assert b"first cut" in alice_client.get(url).content


def test_it_rejects_other_owner_of_a_kept_page(alice_client, bob_client, profile):
    url = step_url(profile, "messaging")
    alice_client.get(url)
    assert bob_client.get(url).status_code == 404
    assert bob_client.get(url, HTTP_HX_REQUEST="true").status_code == 404


def test_it_keeps_the_panel_and_the_page_apart(alice_client, profile):
    url = step_url(profile, "gaps")
    page = alice_client.get(url).content
    panel = alice_client.get(url, HTTP_HX_REQUEST="true").content
    assert b"<html" in page and b"<html" not in panel
    assert b"<html" not in alice_client.get(url, HTTP_HX_REQUEST="true").content
    assert b"<html" in alice_client.get(url).content


def test_a_page_with_a_message_is_drawn_and_the_message_shown_once(alice_client, profile):
    version = save_version(profile=profile)
    url = reverse("profiles:versions", args=[profile.pk])
    alice_client.get(url)  # kept without a message
    restore = reverse("profiles:restore", args=[profile.pk, version.number])
    response = alice_client.post(restore, follow=True)
    assert b"restored into your working copy" in response.content
    assert b"restored into your working copy" not in alice_client.get(url).content


def test_a_download_keeps_its_file_name(alice_client, profile):
    url = reverse("profiles:export_json", args=[profile.pk])
    first, second = alice_client.get(url), alice_client.get(url)
    assert second["Content-Disposition"] == first["Content-Disposition"]
    assert second["Content-Type"] == "application/json"
    assert second.content == first.content
    assert "no-store" in second["Cache-Control"]


def test_only_ordinary_pages_are_kept(alice_client, profile):
    url = reverse("profiles:diff", args=[profile.pk]) + "?a=1&b=9"
    assert alice_client.get(url).status_code == 400  # no such versions: drawn, not kept
    assert len(page_cache.store()) == 0


def test_it_is_off_at_zero(alice_client, profile):
    url = step_url(profile, "skills")
    with override_settings(PIVOT_PAGE_CACHE_BYTES=0):
        assert drawn(alice_client.get(url)) and drawn(alice_client.get(url))
        assert len(page_cache.store()) == 0


def test_a_profile_changed_behind_the_writer_by_admin_is_drawn_anew(alice_client, profile):
    url = step_url(profile, "background")
    alice_client.get(url)
    stored = Profile.objects.get(pk=profile.pk)
    stored.answers = {**stored.answers, "background": {**stored.answers["background"]}}
    stored.answers["background"]["edge"] = "fraud scoring at scale"
    stored.save()  # what an admin save does: updated_at moves
    assert b"fraud scoring at scale" in alice_client.get(url).content

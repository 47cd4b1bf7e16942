"""The worked example's LinkedIn copy page (/example/<lane>/linkedin/): the sample's four
texts for the lane, to read and copy, with nothing that posts or saves."""

import pytest
from django.urls import reverse

from profiles.exports.limits import LINKEDIN_KEYS
from profiles.rendering import current_texts
from profiles.sample import load_sample_answers
from roles.models import RoleArchetype

from .example_data import LANES, example_linkedin_url, owner_urls, page_parts, start_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lane", LANES)
def test_it_shows_the_samples_linkedin_texts_for_the_lane(client, lane):
    response = client.get(example_linkedin_url(lane))
    assert response.status_code == 200
    html = response.content.decode()
    assert "This is an example profile — read-only" in html
    archetype = RoleArchetype.objects.get(slug=lane)
    texts = current_texts(load_sample_answers(lane=lane), lane=archetype)
    for key in LINKEDIN_KEYS:
        assert f'id="text-{key}"' in html
        # Escaped as the page escapes it; the headline differs between lanes.
        first_words = texts[key].text.split("\n", 1)[0][:40]
        assert first_words.replace("'", "&#x27;") in html
    assert "The coach has no findings on this copy." in html


def test_the_texts_are_read_only_and_nothing_posts(client, alice_client):
    for who in (client, alice_client):
        html = who.get(example_linkedin_url("founding")).content.decode()
        parts = page_parts(html)
        assert parts.htmx_writes == []
        assert owner_urls(parts) == []
        posting = [f for f in parts.posting_forms() if f["action"] != reverse("account_logout")]
        assert {f["action"] for f in posting} == (
            {start_url("founding")} if who is alice_client else set()
        )
        textareas = [c for c in parts.live_controls if c["tag"] == "textarea"]
        assert textareas and all("readonly" in t for t in textareas)  # selectable, not editable
        assert "Check counts again" not in html


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_refuses_every_write_method(alice_client, method):
    response = getattr(alice_client, method)(
        example_linkedin_url("applied-ai"), {"linkedin_headline": "Edited"}
    )
    assert response.status_code == 405


def test_it_404s_for_an_unknown_lane(client):
    assert client.get("/example/no-such-lane/linkedin/").status_code == 404


def test_the_query_count_is_small_and_fixed(client, django_assert_max_num_queries):
    client.get(example_linkedin_url("applied-ai"))  # warm: the guide's rows
    for lane in LANES:
        with django_assert_max_num_queries(4):
            assert client.get(example_linkedin_url(lane)).status_code == 200

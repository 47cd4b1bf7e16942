"""The live preview sends again only the texts that show what was typed (htmx names the
box), and still counts the coach's findings over every text."""

import re
from types import SimpleNamespace

import pytest
from django.urls import reverse

from profiles.forms import text_field
from profiles.rendering import signal_key, texts_showing
from roles.models import MessageTemplate

from .step_data import fill_all, make_profile, valid_data

pytestmark = pytest.mark.django_db

PREVIEW_ID = re.compile(r'id="preview-([a-z_]+)"')


def template(key, body):
    return SimpleNamespace(key=key, body=body)


def test_a_text_shows_in_itself_and_in_the_texts_quoting_it():
    templates = [
        template("primary_line", "{level} engineer"),
        template("pitch", "I ship {ai_work}."),
        template("about", "{primary_line}. {pitch}"),
        template("intro", "Hi. {about}"),  # quotes a quoting text: shown too
        template("headline", "{level}"),
    ]
    assert texts_showing("headline", templates, lane_slug=None) == {"headline"}
    assert texts_showing("pitch", templates, lane_slug=None) == {"pitch", "about", "intro"}


def test_the_lanes_signal_line_shows_where_the_signal_line_is_quoted():
    templates = [
        template("lead_signal", "{edge}"),
        template("cold_intro", "{ai_work}"),
        template("about", "{signal_line}"),
    ]
    assert signal_key("lead-ai") == "lead_signal"
    assert texts_showing("lead_signal", templates, lane_slug="lead-ai") == {"lead_signal", "about"}
    # Another lane's signal line is not the one quoted.
    assert texts_showing("lead_signal", templates, lane_slug="founding") == {"lead_signal"}
    assert texts_showing("cold_intro", templates, lane_slug=None) == {"cold_intro", "about"}


@pytest.fixture
def profile(alice, alice_client):
    return fill_all(alice_client, make_profile(alice))


def preview(client, profile, data, **headers):
    url = reverse("profiles:preview", args=[profile.pk])
    return client.post(url, data, HTTP_HX_REQUEST="true", **headers).content.decode()


def test_typing_in_one_box_sends_only_the_texts_that_show_it(alice_client, profile):
    templates = list(MessageTemplate.objects.all())
    data = valid_data("messaging", profile.revision)
    for t in templates:
        key = t.key
        data[text_field(key)] = f"Typed over {key} with 42 shipped agents"
        body = preview(alice_client, profile, data, HTTP_HX_TRIGGER_NAME=text_field(key))
        profile.refresh_from_db()
        lane_slug = profile.lane.slug if profile.lane else None
        assert set(PREVIEW_ID.findall(body)) == texts_showing(key, templates, lane_slug=lane_slug)
        assert f"Typed over {key} with 42 shipped agents" in body
        assert 'id="finding-count"' in body


def test_the_finding_count_still_covers_every_text(alice_client, profile):
    data = valid_data("messaging", profile.revision)
    data[text_field("pitch")] = "A passionate synergy ninja."
    whole = preview(alice_client, profile, data)
    one = preview(alice_client, profile, data, HTTP_HX_TRIGGER_NAME=text_field("linkedin_headline"))
    count = re.compile(r'<p id="finding-count".*?</p>', re.S)
    assert count.search(whole).group(0) == count.search(one).group(0)
    assert "preview-pitch" in whole and "preview-pitch" not in one


@pytest.mark.parametrize("name", ["", "action", "text__no_such_text", "revision"])
def test_any_other_trigger_sends_every_text(alice_client, profile, name):
    data = valid_data("messaging", profile.revision)
    headers = {"HTTP_HX_TRIGGER_NAME": name} if name else {}
    body = preview(alice_client, profile, data, **headers)
    assert len(PREVIEW_ID.findall(body)) == MessageTemplate.objects.count()

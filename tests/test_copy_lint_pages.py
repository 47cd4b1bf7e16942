"""The copy lint's findings are shown where the coach's are: the messaging step and the
LinkedIn page, with the person's artifact names as typed."""

import copy
from html import unescape

import pytest
from django.urls import reverse

from tests.coach_data import ANSWERS, make_profile

pytestmark = pytest.mark.django_db

NO_AI_HEADLINE = "Senior Software Engineer at FreightPath | Backend | Java, Kotlin, AWS"
CHANGED_NAME_NOTE = "Hi, I'm a staff engineer building production AI: Inference-gateway."


def answers_named(name: str) -> dict:
    answers = copy.deepcopy(ANSWERS)
    answers["background"]["artifacts"][0]["name"] = name
    return answers


@pytest.fixture
def profile(alice):
    return make_profile(
        alice,
        answers=answers_named("inference-gateway"),
        overrides={"linkedin_headline": NO_AI_HEADLINE, "connection_note": CHANGED_NAME_NOTE},
    )


def test_the_linkedin_page_shows_the_lint_with_its_fix(alice_client, profile):
    body = alice_client.get(reverse("profiles:linkedin", args=[profile.pk])).content.decode()
    assert "Name your AI work in the headline." in body
    assert "Lead with the AI role or the AI system you built" in body
    # Read as a browser reads it: Django and Jinja2 escape an apostrophe differently.
    assert "Write your artifacts' names exactly as you named them." in unescape(body)
    assert "You named it “inference-gateway”; here it reads “Inference-gateway”." in body


def test_the_messaging_step_shows_the_lint(alice_client, profile):
    url = reverse("profiles:step", args=[profile.pk, "messaging"])
    body = alice_client.get(url).content.decode()
    assert "Name your AI work in the headline." in body
    assert "here it reads “Inference-gateway”" in body


def test_a_lint_finding_can_be_dismissed_like_any_other(alice_client, profile):
    url = reverse("profiles:coach_dismiss", args=[profile.pk])
    alice_client.post(url, {"coach_dismiss": "linkedin_headline lint-headline-no-ai"})
    profile.refresh_from_db()
    assert profile.answers["messaging"]["dismissed"] == {
        "linkedin_headline": ["lint-headline-no-ai"]
    }

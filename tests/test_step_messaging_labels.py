"""Labels and advice on the messaging step read as written (issue 9's walk-through)."""

from html import unescape

import pytest
from django.urls import reverse

from profiles.models import Profile
from roles.models import MessageTemplate

from .step_data import fill_all, make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

FOUR_LINES = "Build these four lines once"
BRACKETS = "fill the brackets with your specifics"


@pytest.fixture
def page(alice_client, alice) -> str:
    profile = make_profile(alice)
    return alice_client.get(reverse("profiles:step", args=[profile.pk, "messaging"])).content


def test_linkedin_keeps_its_capitals_in_the_override_labels(page):
    html = page.decode()
    assert "Your own LinkedIn headline" in html
    assert "linkedIn" not in html


def test_a_note_shared_by_several_texts_is_said_once(page):
    assert page.decode().count(FOUR_LINES) == 1


def test_the_brackets_note_only_stands_over_texts_with_brackets(page):
    with_slots = MessageTemplate.objects.filter(guidance__contains=BRACKETS)
    assert with_slots.exists()
    assert all("{" in t.body for t in with_slots)
    assert page.decode().count(BRACKETS) <= with_slots.count()


def test_finished_copy_carries_no_brackets_note(alice_client, alice):
    # Every answer given: the headline and the other texts have no brackets left to fill.
    profile = fill_all(alice_client, make_profile(alice))
    response = alice_client.get(reverse("profiles:step", args=[profile.pk, "messaging"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your own LinkedIn headline" in html
    assert BRACKETS not in html


def test_the_brackets_note_stands_over_a_text_with_blanks_left(page):
    # Nothing answered yet: the texts show their blanks, "[years]", and the note says once
    # what to do about them.
    assert page.decode().count(BRACKETS) == 1


def test_the_level_is_lower_case_inside_a_sentence(alice_client, alice):
    profile = fill_all(alice_client, make_profile(alice))
    html = alice_client.get(reverse("profiles:linkedin", args=[profile.pk])).content.decode()
    assert "Hi, I'm a senior engineer" in unescape(html)
    assert "a Senior engineer" not in html
    assert Profile.objects.get(pk=profile.pk).answers["background"]["level"] == "Senior"


def test_signing_in_lands_on_my_profiles(client, alice):
    response = client.post(
        reverse("account_login"),
        {"login": "alice@example.com", "password": "correct horse battery staple 42"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("profiles:list")

"""Caps that keep one account from filling the database, each with a message that says
what to do: profiles per account, versions per profile, size of one profile's answers."""

import pytest
from django.test import override_settings
from django.urls import reverse

from profiles import services
from profiles.models import Profile, Version
from tests.coach_data import make_profile, make_version

from .step_data import fill_all, step_url, valid_data

pytestmark = pytest.mark.django_db


@override_settings(PIVOT_MAX_PROFILES=2)
def test_creating_past_the_profile_cap_is_refused_with_a_message(alice_client, alice, bob):
    make_profile(alice, name="One")
    make_profile(alice, name="Two")
    make_profile(bob, name="Bob's")  # other accounts do not count
    response = alice_client.post(reverse("profiles:create"), {"name": "Three"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "You have 2 profiles, the most one account can keep." in body
    assert "Delete one you no longer need" in body
    assert 'value="Three"' in body  # what was typed stays
    assert Profile.objects.filter(owner=alice).count() == 2


@override_settings(PIVOT_MAX_PROFILES=2)
def test_deleting_one_makes_room_again(alice_client, alice):
    make_profile(alice, name="One")
    two = make_profile(alice, name="Two")
    services.delete_profile(profile=two)
    response = alice_client.post(reverse("profiles:create"), {"name": "Three"})
    assert response.status_code == 302


def test_the_default_caps():
    from django.conf import settings

    assert settings.PIVOT_MAX_PROFILES == 25
    assert settings.PIVOT_MAX_VERSIONS == 1000


@override_settings(PIVOT_MAX_VERSIONS=2)
def test_saving_past_the_version_cap_is_refused_with_a_message(alice_client, alice):
    profile = make_profile(alice)
    make_version(profile)
    make_version(profile)
    response = alice_client.post(reverse("profiles:save_version", args=[profile.pk]), {"note": ""})
    assert response.status_code == 200
    body = response.content.decode()
    assert "This profile has 2 saved versions, the most it can keep." in body
    assert Version.objects.filter(profile=profile).count() == 2
    profile.refresh_from_db()
    assert profile.last_version_number == 2


def test_a_complete_profile_is_far_below_the_answers_cap(alice_client, alice):
    from django.conf import settings

    profile = fill_all(alice_client, make_profile(alice, answers={}))
    assert services.answers_size(profile.answers) * 20 < settings.PIVOT_MAX_ANSWERS_BYTES


@override_settings(PIVOT_MAX_ANSWERS_BYTES=300)
def test_a_save_over_the_answers_cap_is_refused_and_keeps_what_was_typed(alice_client, alice):
    profile = make_profile(alice, answers={})
    data = valid_data("background") | {"domains_other": "payments " * 20}
    response = alice_client.post(step_url(profile, "background"), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "more than one profile can hold" in body
    assert "Shorten the longest texts" in body
    assert "payments payments" in body
    profile.refresh_from_db()
    assert profile.revision == 0


@override_settings(PIVOT_MAX_ANSWERS_BYTES=300)
def test_autosave_over_the_cap_says_not_saved_and_why(alice_client, alice):
    profile = make_profile(alice, answers={})
    data = valid_data("background") | {"domains_other": "payments " * 20}
    response = alice_client.post(
        reverse("profiles:autosave", args=[profile.pk, "background"]), data
    )
    assert "more than one profile can hold" in response.content.decode()
    profile.refresh_from_db()
    assert profile.revision == 0

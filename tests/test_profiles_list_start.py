"""The empty /profiles/ page after sign-up offers the ways to start: from the worked
example, from the person's current LinkedIn, or blank."""

import pytest
from django.urls import reverse

from profiles.example.profile import sample_lane_slug
from profiles.models import Profile
from tests.step_data import make_profile

pytestmark = pytest.mark.django_db

LIST = "/profiles/"


def test_with_no_profile_it_offers_the_example_and_the_linkedin_start(alice_client):
    response = alice_client.get(LIST)
    assert response.status_code == 200
    html = response.content.decode()
    lane = sample_lane_slug()
    assert f'action="{reverse("example:start", args=[lane])}"' in html
    assert "Start from this example" in html
    assert f'href="{reverse("profiles:create")}?start=linkedin"' in html
    assert "Start from my current LinkedIn" in html


def test_with_a_profile_the_list_takes_the_place(alice_client, alice):
    make_profile(alice, name="Applied AI")
    html = alice_client.get(LIST).content.decode()
    assert "Applied AI" in html
    assert "Three ways to start" not in html


def test_start_from_the_example_makes_a_profile_of_my_own(alice_client, alice):
    response = alice_client.post(reverse("example:start", args=[sample_lane_slug()]))
    assert response.status_code == 302
    assert Profile.objects.filter(owner=alice).count() == 1


def test_start_from_linkedin_names_the_profile_then_opens_the_paste_page(alice_client, alice):
    form = alice_client.get(reverse("profiles:create") + "?start=linkedin")
    assert form.status_code == 200
    page = form.content.decode()
    assert "New profile from your current LinkedIn" in page
    assert '<input type="hidden" name="start" value="linkedin">' in page

    response = alice_client.post(reverse("profiles:create"), {"name": "Mine", "start": "linkedin"})
    profile = Profile.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == reverse("profiles:current_linkedin", args=[profile.pk])


def test_an_unknown_start_is_a_plain_new_profile(alice_client, alice):
    page = alice_client.get(reverse("profiles:create") + "?start=<script>").content.decode()
    assert 'name="start"' not in page and "<script>" not in page
    response = alice_client.post(reverse("profiles:create"), {"name": "Mine", "start": "x"})
    assert response.status_code == 302
    assert "/steps/" in response["Location"]


def test_bad_input_keeps_the_linkedin_start(alice_client):
    response = alice_client.post(reverse("profiles:create"), {"name": "", "start": "linkedin"})
    assert response.status_code == 200
    assert '<input type="hidden" name="start" value="linkedin">' in response.content.decode()


def test_each_way_to_start_has_its_own_words(alice_client):
    # One "New profile" link: a person (and a screen reader's links list) tells them apart.
    html = alice_client.get(LIST).content.decode()
    assert html.count(">New profile</a>") == 1
    assert ">Start a blank profile</a>" in html

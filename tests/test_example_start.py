""" "Start from this example" (POST /example/<lane>/start/): a new profile of the signed-in
person with the sample's answers on that lane, independent of the example."""

import pytest
from django.urls import reverse

from profiles import services
from profiles.models import Profile
from profiles.sample import load_sample_answers, sample_name

from .example_data import example_step_url, start_url
from .step_data import step_url

pytestmark = pytest.mark.django_db


def test_it_copies_the_sample_into_a_new_profile_and_opens_its_first_step(alice, alice_client):
    response = alice_client.post(start_url("founding"), follow=True)
    profile = Profile.objects.get(owner=alice)
    assert response.redirect_chain == [(step_url(profile, "background"), 302)]
    assert profile.name == f"{sample_name()} (Founding)"
    assert profile.answers == load_sample_answers(lane="founding")
    assert profile.lane.slug == "founding"
    assert profile.revision == 1
    html = response.content.decode()
    assert f"Started “{profile.name}” from the example." in html
    assert 'value="Runbook Copilot"' in html
    assert "This is an example profile" not in html


def test_each_start_makes_another_profile(alice, alice_client):
    alice_client.post(start_url("applied-ai"))
    alice_client.post(start_url("applied-ai"))
    assert Profile.objects.filter(owner=alice).count() == 2


def test_the_copy_is_independent_of_the_example(alice, alice_client):
    alice_client.post(start_url("applied-ai"))
    profile = Profile.objects.get(owner=alice)
    background = {**profile.answers["background"], "edge": "card-network settlement"}
    services.save_step(
        profile=profile, step="background", data=background, revision=profile.revision
    )
    example = alice_client.get(example_step_url("applied-ai", "background")).content.decode()
    assert "card-network settlement" not in example
    assert "payments reliability at 4,000 requests per second" in example
    assert load_sample_answers()["background"]["edge"] != "card-network settlement"
    # A second copy starts from the sample again, not from the edited one.
    alice_client.post(start_url("applied-ai"))
    second = Profile.objects.filter(owner=alice).exclude(pk=profile.pk).get()
    assert second.answers["background"]["edge"] == load_sample_answers()["background"]["edge"]


def test_other_people_cannot_see_the_copy(alice, alice_client, bob_client):
    alice_client.post(start_url("applied-ai"))
    profile = Profile.objects.get(owner=alice)
    assert bob_client.get(step_url(profile, "background")).status_code == 404
    assert bob_client.get(reverse("profiles:linkedin", args=[profile.pk])).status_code == 404
    assert profile.name not in bob_client.get(reverse("profiles:list")).content.decode()


def test_a_visitor_is_sent_to_sign_in_and_back_to_the_example(client):
    response = client.post(start_url("lead-ai"))
    assert response.status_code == 302
    login = reverse("account_login")
    assert response["Location"] == f"{login}?next=/example/lead-ai/"
    assert Profile.objects.count() == 0
    # The button a visitor sees is that sign-in, returning to the page they were on.
    page = client.get(example_step_url("lead-ai", "gaps")).content.decode()
    assert f'href="{login}?next=/example/lead-ai/steps/gaps/"' in page


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_it_refuses_the_wrong_method(alice_client, method):
    assert getattr(alice_client, method)(start_url("applied-ai")).status_code == 405
    assert Profile.objects.count() == 0


def test_it_404s_for_an_unknown_lane_and_creates_nothing(alice_client):
    assert alice_client.post("/example/no-such-lane/start/").status_code == 404
    assert Profile.objects.count() == 0


def test_it_needs_the_csrf_token(alice):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.post(start_url("applied-ai")).status_code == 403
    assert Profile.objects.count() == 0

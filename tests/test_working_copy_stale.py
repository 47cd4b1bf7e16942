"""No lost updates: a submit from an older revision is refused and shows both values."""

import pytest

from profiles import services
from profiles.models import Profile

from .step_data import make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def saved_edge(profile) -> str:
    return Profile.objects.get(pk=profile.pk).answers["background"]["edge"]


def two_tabs(client, profile):
    """Tab 1 and tab 2 both open the step at revision 0; tab 1 saves first."""
    first = valid_data("background", 0)
    first["edge"] = "edge from tab one"
    assert client.post(step_url(profile, "background"), first).status_code == 302
    second = valid_data("background", 0)
    second["edge"] = "edge from tab two"
    return second


@pytest.mark.parametrize("htmx", [False, True])
def test_stale_submit_is_refused_with_both_values(alice_client, profile, htmx):
    second = two_tabs(alice_client, profile)
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = alice_client.post(step_url(profile, "background"), second, **extra)
    assert response.status_code == 409
    body = response.content.decode()
    assert 'id="conflict"' in body
    assert "changed in another tab" in body
    assert "edge from tab one" in body  # what is saved
    assert "edge from tab two" in body  # what they typed, also still in the form
    assert 'value="edge from tab two"' in body
    assert ("<html" in body) is not htmx
    assert saved_edge(profile) == "edge from tab one"
    assert Profile.objects.get(pk=profile.pk).revision == 1


def test_resubmitting_after_the_conflict_keeps_the_typed_version(alice_client, profile):
    second = two_tabs(alice_client, profile)
    body = alice_client.post(step_url(profile, "background"), second).content.decode()
    # The refused form now carries the current revision: submitting again is deliberate.
    assert 'name="revision" value="1"' in body
    second["revision"] = "1"
    assert alice_client.post(step_url(profile, "background"), second).status_code == 302
    assert saved_edge(profile) == "edge from tab two"


def test_stale_submit_on_another_step_is_refused_too(alice_client, profile):
    alice_client.post(step_url(profile, "background"), valid_data("background", 0))
    response = alice_client.post(step_url(profile, "lane"), valid_data("lane", 0))
    assert response.status_code == 409
    assert "lane" not in Profile.objects.get(pk=profile.pk).answers


def test_save_step_service_refuses_old_revision(profile):
    services.save_step(profile=profile, step="lane", data="founding", revision=0)
    with pytest.raises(services.StaleRevision) as caught:
        services.save_step(
            profile=Profile.objects.get(pk=profile.pk), step="lane", data="lead-ai", revision=0
        )
    assert caught.value.current.revision == 1
    fresh = Profile.objects.get(pk=profile.pk)
    assert fresh.answers["lane"] == "founding" and fresh.lane.slug == "founding"


def test_save_step_bumps_revision_and_updates_the_given_object(profile):
    result = services.save_step(profile=profile, step="credibility", data={"a": "b"}, revision=0)
    assert result.revision == 1 and profile.revision == 1
    assert Profile.objects.get(pk=profile.pk).answers == {"credibility": {"a": "b"}}

"""Tracking an application in one step: "Track this application" on the reader (the
reading is saved with it) and from a tailored version's page; by hand from the board."""

import pytest
from django.test import override_settings

from profiles.applications.models import Application
from profiles.models import SavedReading
from profiles.tailoring.services import save_tailored
from profiles.tailoring.tailor import Tailored
from profiles.versions.snapshot import save_version
from tests.applications_data import POSTING, make_application
from tests.tailoring_data import make_profile, posting


def track_url(profile) -> str:
    return f"/profiles/{profile.pk}/applications/track/"


def role(**extra) -> dict:
    return {
        "text": posting(POSTING),
        "title": "AI Platform Engineer",
        "company": "Caldera",
        **extra,
    }


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def test_the_reader_offers_track_beside_tailoring(alice_client, profile):
    response = alice_client.post("/roles/read/", {"text": posting(POSTING), "profile": profile.pk})
    body = response.content.decode()
    assert f'formaction="{track_url(profile)}"' in body
    assert body.index("Tailor my copy to this role") < body.index("Track this application")


def test_track_saves_the_reading_and_the_application(alice_client, alice, profile):
    response = alice_client.post(track_url(profile), role())
    application = Application.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    saved = SavedReading.objects.get(profile=profile)
    assert application.reading == saved
    assert (application.title, application.company) == ("AI Platform Engineer", "Caldera")
    assert application.status == "saved"
    assert application.lane.slug == "applied-ai"
    assert application.match["total"] == 9  # the reader lists 9 checklist skills in the c01 posting
    assert application.gap_slugs  # the posting touches at least one open gap
    assert list(application.history.values_list("status", flat=True)) == ["saved"]


def test_track_with_a_bad_title_keeps_what_was_typed_and_saves_nothing(alice_client, profile):
    response = alice_client.post(track_url(profile), role(title="", company="Caldera Labs"))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Enter the role&#x27;s title" in body or "Enter the role's title" in body
    assert 'value="Caldera Labs"' in body
    assert not Application.objects.exists() and not SavedReading.objects.exists()


@override_settings(PIVOT_MAX_APPLICATIONS=1)
def test_the_quota_is_a_message_not_a_500(alice_client, alice, profile):
    make_application(alice)
    response = alice_client.post(track_url(profile), role())
    assert response.status_code == 400
    assert "the most one account can keep" in response.content.decode()
    assert Application.objects.count() == 1
    assert not SavedReading.objects.exists()  # both or neither


def test_another_account_gets_404(bob_client, profile):
    assert bob_client.post(track_url(profile), role()).status_code == 404
    assert not Application.objects.exists()


def test_track_refuses_get(alice_client, profile):
    assert alice_client.get(track_url(profile)).status_code == 405


def _tailored_version(profile):
    from profiles.tailoring.tailor import tailor_answers
    from roles.reading.current import current_reading

    reading, catalog = current_reading(posting(POSTING))
    tailored: Tailored = tailor_answers(
        profile.answers,
        catalog=catalog,
        reading=reading,
        title="AI Platform Engineer",
        company="Caldera",
    )
    return save_tailored(profile=profile, tailored=tailored, revision=profile.revision)


def test_a_tailored_version_is_tracked_in_one_click(alice_client, alice, profile):
    alice_client.post(f"/profiles/{profile.pk}/readings/save/", role())
    version = _tailored_version(profile)
    page = alice_client.get(version.get_absolute_url()).content.decode()
    assert "Track this application" in page
    url = f"/profiles/{profile.pk}/versions/{version.number}/track/"
    response = alice_client.post(url, {"title": "AI Platform Engineer", "company": "Caldera"})
    application = Application.objects.get(owner=alice)
    assert response["Location"] == application.get_absolute_url()
    assert application.version == version
    assert application.reading == SavedReading.objects.get(profile=profile)  # found by its label
    detail = alice_client.get(application.get_absolute_url()).content.decode()
    assert "What you sent" in detail and "I saw the AI Platform Engineer role" in detail


def test_the_track_form_of_a_version_lets_the_reading_be_chosen(alice_client, alice, profile):
    version = save_version(profile=profile)
    url = f"/profiles/{profile.pk}/versions/{version.number}/track/"
    assert alice_client.get(url).status_code == 200
    response = alice_client.post(url, {"title": "", "reading": "999999"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Enter the role" in body and "Choose one of this profile" in body
    assert not Application.objects.exists()


def test_a_version_of_another_account_is_404(bob_client, profile):
    version = save_version(profile=profile)
    url = f"/profiles/{profile.pk}/versions/{version.number}/track/"
    assert bob_client.get(url).status_code == 404
    assert bob_client.post(url, {"title": "X"}).status_code == 404


def test_track_version_refuses_put(alice_client, profile):
    version = save_version(profile=profile)
    url = f"/profiles/{profile.pk}/versions/{version.number}/track/"
    assert alice_client.put(url).status_code == 405


def test_add_by_hand(alice_client, alice):
    response = alice_client.post(
        "/applications/new/",
        {
            "title": "ML Engineer",
            "company": "Northwind",
            "link": "https://jobs.example/1",
            "next_step": "Apply",
            "next_step_on": "2026-01-05",
        },
    )
    application = Application.objects.get(owner=alice)
    assert response["Location"] == application.get_absolute_url()
    assert application.link == "https://jobs.example/1"
    assert application.next_step == "Apply"


def test_add_by_hand_with_bad_input(alice_client):
    response = alice_client.post(
        "/applications/new/",
        {
            "title": "",
            "link": "javascript:alert(1)",
            "salary_min": "90k",
            "salary_currency": "euros",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    for message in [
        "Enter the role",
        "Enter a link that starts with http",
        "Enter a whole number",
        "Enter the currency as three letters",
    ]:
        assert message in body
    assert not Application.objects.exists()


def test_a_saved_reading_is_tracked_once(alice_client, alice, profile):
    alice_client.post(f"/profiles/{profile.pk}/readings/save/", role())
    saved = SavedReading.objects.get(profile=profile)
    page = alice_client.get(saved.get_absolute_url()).content.decode()
    url = f"/profiles/{profile.pk}/readings/{saved.pk}/track/"
    assert f'action="{url}"' in page
    first = alice_client.post(url)
    application = Application.objects.get(owner=alice)
    assert first["Location"] == application.get_absolute_url()
    assert application.reading == saved and application.match == saved.result["match"]
    again = alice_client.post(url)  # a second click opens the same application
    assert again["Location"] == application.get_absolute_url()
    assert Application.objects.count() == 1


def test_a_saved_reading_of_another_account_is_404(bob_client, alice_client, profile):
    alice_client.post(f"/profiles/{profile.pk}/readings/save/", role())
    saved = SavedReading.objects.get(profile=profile)
    url = f"/profiles/{profile.pk}/readings/{saved.pk}/track/"
    assert bob_client.post(url).status_code == 404
    assert alice_client.get(url).status_code == 405
    assert alice_client.post(f"/profiles/{profile.pk}/readings/999999/track/").status_code == 404

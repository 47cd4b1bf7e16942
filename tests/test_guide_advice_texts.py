"""'Moat' and 'Best use' are the guide's advice for the lane, not copy generated from the
person's answers: the messaging step, the review page and the download say so."""

import pytest
from django.urls import reverse

from profiles.models import Profile
from profiles.sample import load_sample_answers
from roles.models import RoleArchetype

from .step_data import step_url

pytestmark = pytest.mark.django_db
ADVICE = "The guide’s advice for your lane"


@pytest.fixture
def profile(alice):
    return Profile.objects.create(
        owner=alice,
        name="Founding",
        answers=load_sample_answers(lane="founding"),
        lane=RoleArchetype.objects.get(slug="founding"),
    )


def test_the_messaging_step_labels_the_two_as_advice_with_the_lanes_fit(alice_client, profile):
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    assert body.count(ADVICE) == 2
    assert "For Founding AI Engineer, the guide says: Strong lane if you like breadth." in body
    assert "Generated from your answers" in body  # the person's own texts still say so
    assert body.count("The signal line for Founding AI Engineer: your About") == 1


def test_an_override_is_the_persons_text_not_the_guides(alice_client, profile):
    profile.answers["messaging"]["overrides"] = {"moat": "My own moat: evals plus payments."}
    profile.save()
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    assert body.count(ADVICE) == 1
    download = alice_client.get(
        reverse("profiles:export", args=[profile.pk, "positioning", "txt"])
    ).content.decode()
    assert "== Moat ==" in download and "== Best use (the guide’s advice) ==" in download


def test_the_review_page_and_the_download_label_them_too(alice_client, profile):
    body = alice_client.get(step_url(profile, "review")).content.decode()
    assert body.count(ADVICE) == 2
    download = alice_client.get(
        reverse("profiles:export", args=[profile.pk, "positioning", "md"])
    ).content.decode()
    assert "### Moat (the guide’s advice)" in download

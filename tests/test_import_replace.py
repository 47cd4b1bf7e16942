"""Replacing a working copy from a file: confirmation first, owner only, stale-safe."""

import pytest
from django.urls import reverse

from tests.importing_support import export_bytes, filled, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(alice_client, alice):
    source = filled(alice_client, alice, lane="reliability-evals", name="Evals")
    target = filled(alice_client, alice, lane="applied-ai", name="Applied")
    return export_bytes(alice_client, source), target


def url(profile) -> str:
    return reverse("profiles:import_replace", args=[profile.pk])


def test_the_linkedin_page_offers_replace(alice_client, pair):
    _, target = pair
    body = alice_client.get(reverse("profiles:linkedin", args=[target.pk])).content.decode()
    assert f'href="{url(target)}"' in body


def test_upload_shows_what_will_be_replaced_and_writes_nothing(alice_client, pair):
    content, target = pair
    before = (target.revision, target.answers)
    response = alice_client.post(url(target), {"file": upload(content)})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Replace the working copy of “Applied”?" in body
    assert "Reliability / Evals / Oversight" in body and "working copy" in body
    target.refresh_from_db()
    assert (target.revision, target.answers) == before


def test_a_stale_confirmation_replaces_nothing(alice_client, pair):
    content, target = pair
    confirm = alice_client.post(url(target), {"file": upload(content)}).context["confirm"]
    target.refresh_from_db()
    answers = target.answers
    response = alice_client.post(
        url(target), {"document": confirm["document"].value(), "revision": target.revision - 1}
    )
    assert response.status_code == 409
    assert "changed in another tab" in response.content.decode()
    target.refresh_from_db()
    assert target.answers == answers
    # The page offers the confirmation again, against the current revision.
    assert response.context["confirm"]["revision"].value() == target.revision


def test_a_bad_file_gets_its_message(alice_client, pair):
    _, target = pair
    response = alice_client.post(url(target), {"file": upload("not json")})
    assert response.status_code == 400
    assert "The file is not a Pivot export" in response.content.decode()


def test_other_owner_gets_404(bob_client, pair):
    content, target = pair
    assert bob_client.get(url(target)).status_code == 404
    assert bob_client.post(url(target), {"file": upload(content)}).status_code == 404
    target_answers = target.answers
    target.refresh_from_db()
    assert target.answers == target_answers


def test_wrong_method(alice_client, pair):
    _, target = pair
    assert alice_client.delete(url(target)).status_code == 405

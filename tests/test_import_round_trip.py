"""Export → import → export gives identical answers, for every lane, through the real
download and upload URLs."""

import json

import pytest
from django.urls import reverse

from profiles.models import Profile
from roles.models import RoleArchetype
from tests.importing_support import export_bytes, filled, saved_export, upload

pytestmark = pytest.mark.django_db


def lanes() -> list[str]:
    return list(RoleArchetype.objects.values_list("slug", flat=True))


def test_every_lane_round_trips(alice_client, alice):
    assert len(lanes()) == 5
    for lane in lanes():
        original = filled(alice_client, alice, lane=lane, name=f"Lane {lane}")
        exported = json.loads(saved_export(alice_client, original))

        response = alice_client.post(
            reverse("profiles:import"), {"file": upload(json.dumps(exported))}
        )

        assert response.status_code == 302, response.content[:2000]
        imported = Profile.objects.filter(owner=alice).order_by("-created_at").first()
        # Its name is taken by the original, in the same account: told apart by "(imported)".
        assert imported.pk != original.pk and imported.name == f"Lane {lane} (imported)"
        assert imported.lane.slug == lane
        again = json.loads(export_bytes(alice_client, imported))
        assert again["answers"] == exported["answers"], lane
        assert again["texts"] == exported["texts"], lane


def test_a_working_copy_export_round_trips_over_another_working_copy(alice_client, alice):
    source = filled(alice_client, alice, lane="ai-platform", name="Platform")
    target = filled(alice_client, alice, lane="founding", name="Founding")
    exported = export_bytes(alice_client, source)
    url = reverse("profiles:import_replace", args=[target.pk])

    confirm = alice_client.post(url, {"file": upload(exported)})
    assert confirm.status_code == 200
    target.refresh_from_db()
    assert target.lane.slug == "founding"  # nothing written before confirmation

    form = confirm.context["confirm"]
    response = alice_client.post(
        url, {"document": form["document"].value(), "revision": form["revision"].value()}
    )

    assert response.status_code == 302
    target.refresh_from_db()
    assert target.lane.slug == "ai-platform" and target.name == "Founding"
    again = json.loads(export_bytes(alice_client, target))
    assert again["answers"] == json.loads(exported)["answers"]

"""Migration 0007: an artifact's one line becomes what it is and its result, split only
where the boundary is clear; otherwise kept whole and marked for the person to split."""

import importlib

import pytest
from django.apps import apps

from profiles.answers import artifact_items, split_proves
from profiles.models import Profile
from tests.step_data import make_profile, step_url

pytestmark = pytest.mark.django_db
migration = importlib.import_module("profiles.migrations.0007_artifact_fields")

SPLIT = (
    "a RAG assistant over 1,200 on-call runbooks that cut median time-to-mitigation from 38 "
    "to 22 minutes"
)
WHOLE = "the CI check both ship behind, with 300 golden questions"


def old_profile(owner, proves):
    answers = {
        "background": {"artifacts": [{"name": "Runbook Copilot", "url": "", "proves": proves}]}
    }
    return make_profile(owner, answers=answers)


def test_a_clear_boundary_is_split_and_an_unclear_one_kept_whole(alice):
    split, whole = old_profile(alice, SPLIT), old_profile(alice, WHOLE)
    migration.forwards(apps, None)
    split.refresh_from_db()
    whole.refresh_from_db()
    assert split.answers["background"]["artifacts"] == [
        {
            "name": "Runbook Copilot",
            "what": "a RAG assistant over 1,200 on-call runbooks",
            "result": "cut median time-to-mitigation from 38 to 22 minutes",
            "scale": "",
            "url": "",
        }
    ]
    kept = whole.answers["background"]["artifacts"][0]
    assert (kept["what"], kept["result"], kept["kept_whole"]) == (WHOLE, "", True)


def test_backwards_joins_the_line_again_and_twice_changes_nothing(alice):
    profile = old_profile(alice, "routes disputes; 61% need no edits")
    migration.forwards(apps, None)
    migration.forwards(apps, None)
    migration.backwards(apps, None)
    profile.refresh_from_db()
    assert profile.answers["background"]["artifacts"][0]["proves"] == (
        "routes disputes; 61% need no edits"
    )


def test_readers_split_an_old_line_the_same_way():
    assert split_proves(SPLIT)[2] and not split_proves(WHOLE)[2]
    answers = {"background": {"artifacts": [{"name": "X", "proves": SPLIT}]}}
    assert artifact_items(answers)[0]["result"].startswith("cut median")


def test_the_step_tells_the_person_a_line_was_kept_whole(alice, alice_client):
    profile = old_profile(alice, WHOLE)
    migration.forwards(apps, None)
    body = alice_client.get(step_url(Profile.objects.get(pk=profile.pk), "background")).content
    assert "We kept your earlier one-line answer whole" in body.decode()

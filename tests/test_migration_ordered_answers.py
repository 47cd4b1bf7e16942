"""profiles 0003: working copies and saved versions converted to ordered lists, and back.

Runs the real migration with MigrationExecutor on whichever engine the suite uses (the
suite runs on PostgreSQL and on SQLite).
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from profiles.models import Profile, Version
from roles.models import CredibilityPoint, Skill

BEFORE = [("profiles", "0002_cache_table")]
AFTER = [("profiles", "0003_ordered_answers")]

# Migrations change the schema state, so the test needs real transactions; the seeded
# guide content is put back afterwards for the tests that follow.
pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.sqlite]


def migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.fixture
def at_0002():
    migrate(BEFORE)
    yield
    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())


def legacy_answers() -> dict:
    points = list(CredibilityPoint.objects.values_list("slug", flat=True))
    skills = [s.slug for s in Skill.objects.with_emphasis(None)]
    return {
        # Out of the guide's order, as jsonb hands an object back (shortest key first).
        "credibility": {slug: f"Words for {slug}" for slug in sorted(points, key=len)},
        "skills": {skills[-1]: "strong", skills[0]: "basic", "retired-skill": "working"},
        "lane": "applied-ai",
    }


def test_it_converts_working_copies_and_versions_and_back(at_0002, alice):
    profile = Profile.objects.create(owner=alice, name="Old", answers=legacy_answers())
    version = Version.objects.create(
        profile=profile, number=1, snapshot={"answers": legacy_answers(), "texts": []}
    )
    Profile.objects.create(owner=alice, name="Empty", answers={})
    edited_at = Profile.objects.get(pk=profile.pk).updated_at

    migrate(AFTER)

    points = list(CredibilityPoint.objects.values_list("slug", flat=True))
    skills = [s.slug for s in Skill.objects.with_emphasis(None)]
    answers = Profile.objects.get(pk=profile.pk).answers
    assert [i["slug"] for i in answers["credibility"]] == points
    assert answers["credibility"][0] == {"slug": points[0], "text": f"Words for {points[0]}"}
    # Checklist order; a slug the guide no longer has is kept, last.
    assert answers["skills"] == [
        {"slug": skills[0], "rating": "basic"},
        {"slug": skills[-1], "rating": "strong"},
        {"slug": "retired-skill", "rating": "working"},
    ]
    assert answers["lane"] == "applied-ai"
    saved = Version.objects.get(pk=version.pk).snapshot
    assert saved["answers"] == answers and saved["texts"] == []
    assert Profile.objects.get(pk=profile.pk).updated_at == edited_at  # not an edit
    assert Profile.objects.get(name="Empty").answers == {}

    migrate(BEFORE)

    restored = Profile.objects.get(pk=profile.pk).answers
    assert restored["credibility"] == legacy_answers()["credibility"]
    assert restored["skills"] == legacy_answers()["skills"]
    assert Version.objects.get(pk=version.pk).snapshot["answers"]["skills"] == restored["skills"]


def test_running_it_on_data_already_converted_changes_nothing(at_0002, alice):
    answers = {"credibility": [{"slug": "ai-proof", "text": "Shipped"}], "skills": []}
    profile = Profile.objects.create(owner=alice, name="New", answers=answers)

    migrate(AFTER)

    assert Profile.objects.get(pk=profile.pk).answers == answers

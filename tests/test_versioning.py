"""Saving, numbering and restoring versions (profiles/versions/)."""

import pytest

from profiles.models import Profile, Version
from profiles.versions.sections import snapshot_sections
from profiles.versions.snapshot import SCHEMA_VERSION, build_snapshot, restore_version, save_version
from roles.models import CredibilityPoint, MessageTemplate, RoleArchetype, Skill
from tests.version_data import ANSWERS, make_profile, set_headline

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def test_snapshot_holds_answers_texts_templates_lane_and_names(profile):
    snapshot = build_snapshot(profile)

    assert snapshot["schema_version"] == SCHEMA_VERSION == 1
    assert snapshot["answers"] == ANSWERS
    assert snapshot["answers"] is not profile.answers
    assert snapshot["answers"]["messaging"]["dismissed"] == {"pitch": ["use-numbers"]}
    assert snapshot["lane"] == {
        "slug": "applied-ai",
        "name": "Applied AI / Agent Engineer",
        "short_name": RoleArchetype.objects.get(slug="applied-ai").short_name,
        "group": {"letter": "B", "relationship": snapshot["lane"]["group"]["relationship"]},
    }
    texts = {t["key"]: t for t in snapshot["texts"]}
    assert [t["key"] for t in snapshot["texts"]] == list(
        MessageTemplate.objects.values_list("key", flat=True)
    )
    assert texts["expanded_line"]["text"] == (
        "I'm a senior engineer with 9 years across payments, backend, and cloud. "
        "Today I work on agents, RAG, and evals."
    )
    assert texts["linkedin_headline"]["max_length"] == 220
    templates = {t["key"]: t for t in snapshot["templates"]}
    assert (
        templates["expanded_line"]["body"] == MessageTemplate.objects.get(key="expanded_line").body
    )
    names = snapshot["names"]
    assert len(names["credibility"]) == CredibilityPoint.objects.count()
    assert {s["slug"] for s in names["skills"]} == {"python", "rag", "evals"}
    assert names["skills"][0]["domain"]
    assert names["gaps"] == [{"slug": "evals-observability", "name": names["gaps"][0]["name"]}]
    assert names["rules"][0]["slug"] == "use-numbers"


def test_snapshot_keeps_blanks_visible_and_overrides(alice):
    data = {"messaging": {"overrides": {"pitch": "My own pitch."}}}
    snapshot = build_snapshot(make_profile(alice, data=data))
    texts = {t["key"]: t for t in snapshot["texts"]}

    assert texts["pitch"] == {**texts["pitch"], "text": "My own pitch.", "overridden": True}
    assert "years" in texts["expanded_line"]["blanks"]
    assert "[years]" in texts["expanded_line"]["text"]
    assert {"text": "[years]", "blank": "years"} in texts["expanded_line"]["segments"]
    assert snapshot["lane"] is None


def test_versions_are_numbered_one_two_three(profile):
    numbers = [save_version(profile=profile).number for _ in range(3)]

    assert numbers == [1, 2, 3]
    profile.refresh_from_db()
    assert profile.last_version_number == 3


def test_numbers_are_per_profile(alice, profile):
    other = make_profile(alice, name="Platform")
    save_version(profile=profile)
    save_version(profile=profile)

    assert save_version(profile=other).number == 1


def test_save_stores_headline_note_and_leaves_last_edited(profile):
    before = Profile.objects.get(pk=profile.pk).updated_at
    version = save_version(profile=profile, note="  First full draft  ")

    assert version.note == "First full draft"
    assert version.headline == (
        "Applied AI Engineer · Agentic Systems + Reliability · Built the Support triage agent, "
        "an agent integrated with a knowledge base, with evals · 9 years in payments and backend"
    )
    assert Profile.objects.get(pk=profile.pk).updated_at == before


def test_save_refuses_a_note_that_is_too_long(profile):
    with pytest.raises(ValueError):
        save_version(profile=profile, note="x" * 201)
    assert not Version.objects.exists()


def test_snapshot_reads_the_committed_working_copy_not_a_stale_instance(profile):
    stale = Profile.objects.get(pk=profile.pk)
    set_headline(profile, "Agents, Evals")

    version = save_version(profile=stale)

    about = next(t["text"] for t in version.snapshot["texts"] if t["key"] == "linkedin_about")
    assert "Teams come to me for agents and evals." in about
    assert stale.last_version_number == 1


def test_restore_copies_answers_bumps_revision_and_keeps_history(profile):
    v1 = save_version(profile=profile)
    changed = Profile.objects.get(pk=profile.pk)
    changed.answers["lane"] = "ai-platform"
    changed.answers["background"]["strengths"] = "Kubernetes, GPUs"
    changed.lane = RoleArchetype.objects.get(slug="ai-platform")
    changed.revision += 1
    changed.save()
    v2 = save_version(profile=changed)
    snapshots = {v.number: v.snapshot for v in Version.objects.all()}

    restored = restore_version(profile=changed, version=v1)

    assert restored.answers == ANSWERS
    assert restored.revision == changed.revision + 1
    assert restored.lane.slug == "applied-ai"
    fresh = Profile.objects.get(pk=profile.pk)
    assert fresh.answers == ANSWERS and fresh.lane_id == restored.lane_id
    assert {v.number: v.snapshot for v in Version.objects.all()} == snapshots
    assert v2.number == 2
    assert save_version(profile=fresh).number == 3


def test_restore_of_a_version_without_lane_clears_the_lane(alice):
    profile = make_profile(alice, data={"background": {"level": "Staff"}})
    v1 = save_version(profile=profile)
    Profile.objects.filter(pk=profile.pk).update(
        answers=ANSWERS, lane=RoleArchetype.objects.get(slug="applied-ai")
    )

    restored = restore_version(profile=profile, version=v1)

    assert restored.lane is None
    assert restored.answers == {"background": {"level": "Staff"}}


def test_restore_refuses_another_profiles_version(alice, profile):
    other = make_profile(alice, name="Other")
    version = save_version(profile=other)

    with pytest.raises(ValueError):
        restore_version(profile=profile, version=version)


def test_a_saved_version_survives_admin_edits_of_the_guide(profile):
    version = save_version(profile=profile)
    MessageTemplate.objects.filter(key="expanded_line").update(body="Totally new {level} body.")
    Skill.objects.filter(slug="python").update(name="Python 4")
    CredibilityPoint.objects.filter(slug="ai-proof").update(name="Renamed point")
    RoleArchetype.objects.filter(slug="applied-ai").update(name="Renamed lane")

    fields = {
        f.key: f
        for section in snapshot_sections(Version.objects.get(pk=version.pk).snapshot)
        for f in section.fields
    }

    assert fields["text.expanded_line"].value.startswith("I'm a senior engineer with 9 years")
    assert fields["skill.python"].label == "Software engineering: Python"
    assert fields["credibility.ai-proof"].label == "AI proof"
    assert fields["lane"].value.startswith("Applied AI / Agent Engineer (group B")

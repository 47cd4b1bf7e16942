"""Credibility points and skills are stored as lists in the guide's order, and every reader
follows that order (jsonb would reorder an object's keys by length)."""

import pytest

from profiles.answers import credibility_items, skill_ratings
from profiles.exports.files import positioning_md
from profiles.exports.linkedin import source_for_profile
from profiles.models import Profile
from profiles.rendering import current_texts
from profiles.versions.sections import snapshot_sections
from roles.models import CredibilityPoint, Skill

from .step_data import make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db


def test_the_credibility_step_saves_a_list_in_guide_order(alice_client, alice):
    profile = make_profile(alice)
    data = valid_data("credibility")
    alice_client.post(step_url(profile, "credibility"), data)

    saved = Profile.objects.get(pk=profile.pk).answers["credibility"]
    assert isinstance(saved, list)
    assert [item["slug"] for item in saved] == list(
        CredibilityPoint.objects.values_list("slug", flat=True)
    )
    assert saved[0]["text"].startswith("My evidence for")


def test_the_skills_step_saves_a_list_in_checklist_order(alice_client, alice):
    profile = make_profile(alice)
    alice_client.post(step_url(profile, "skills"), valid_data("skills"))

    saved = Profile.objects.get(pk=profile.pk).answers["skills"]
    assert [item["slug"] for item in saved] == [s.slug for s in Skill.objects.with_emphasis(None)]
    assert {item["rating"] for item in saved} == {"working"}


def test_the_about_keeps_the_guides_order_after_a_round_trip_through_the_database(alice):
    # Slugs of very different lengths: jsonb would sort an object's keys short-first.
    points = list(CredibilityPoint.objects.all())
    answers = {
        "credibility": [{"slug": p.slug, "text": f"Point {i} words"} for i, p in enumerate(points)]
    }
    profile = make_profile(alice, answers=answers)
    profile.refresh_from_db()

    about = current_texts(profile.answers)["linkedin_about"].text
    positions = [about.index(f"- Point {i} words") for i in range(len(points))]
    assert positions == sorted(positions)
    for point in points:  # the person's words, never the guide's row labels
        assert f"{point.name}:" not in about


def test_readers_follow_checklist_order_in_the_snapshot_and_the_download(alice):
    skills = list(Skill.objects.with_emphasis(None))
    chosen = [skills[-1], skills[0], skills[len(skills) // 2]]  # saved out of order
    answers = {"skills": [{"slug": s.slug, "rating": "strong"} for s in chosen]}
    profile = make_profile(alice, answers=answers)

    source = source_for_profile(profile)
    expected = [s.name for s in skills if s in chosen]
    fields = {s.key: s for s in snapshot_sections(source.snapshot)}["skills"].fields
    assert [f.label.split(": ", 1)[1] for f in fields] == expected
    assert ", ".join(expected) in positioning_md(source).replace("\\", "")


def test_the_readers_still_read_the_shape_saved_before_the_migration():
    legacy = {"credibility": {"ai-proof": "Agent in production"}, "skills": {"rag": "strong"}}
    assert credibility_items(legacy) == [("ai-proof", "Agent in production")]
    assert skill_ratings(legacy) == {"rag": "strong"}
    assert credibility_items({}) == [] and skill_ratings({"skills": None}) == {}

"""Credibility points and skill ratings stored as lists, in the guide's order (issue 11).

They were JSON objects keyed by slug, and PostgreSQL's jsonb keeps object keys sorted by
length, so the About's credibility bullets came back in key-length order. Now:

    "credibility": [{"slug": str, "text": str}, ...]     # the guide's point order
    "skills": [{"slug": str, "rating": str}, ...]         # the checklist's order

Both the working copies (Profile.answers) and the saved versions' answers
(Version.snapshot["answers"]) are converted; a version's rendered texts are left as they
were saved. Reversible: backwards turns the lists into objects again. Rows already in the
wanted shape are left alone, so running either direction twice changes nothing.

The converters are copied here, not imported, so this migration keeps working whatever
profiles/answers.py becomes.
"""

from django.db import migrations


def _ordered(pairs: list[tuple[str, object]], order: list[str]) -> list[tuple[str, object]]:
    """The pairs in `order`; slugs the guide no longer has keep their place at the end."""
    rank = {slug: index for index, slug in enumerate(order)}
    return sorted(pairs, key=lambda pair: rank.get(pair[0], len(rank)))


def to_lists(answers: dict, points: list[str], skills: list[str]) -> dict | None:
    """The answers in the new shape, or None when nothing needs converting."""
    changed = False
    credibility = answers.get("credibility")
    if isinstance(credibility, dict):
        pairs = _ordered(list(credibility.items()), points)
        answers["credibility"] = [{"slug": s, "text": t or ""} for s, t in pairs]
        changed = True
    ratings = answers.get("skills")
    if isinstance(ratings, dict):
        pairs = _ordered(list(ratings.items()), skills)
        answers["skills"] = [{"slug": s, "rating": r or "none"} for s, r in pairs]
        changed = True
    return answers if changed else None


def to_objects(answers: dict) -> dict | None:
    changed = False
    credibility = answers.get("credibility")
    if isinstance(credibility, list):
        answers["credibility"] = {
            i["slug"]: i.get("text") or "" for i in credibility if isinstance(i, dict)
        }
        changed = True
    ratings = answers.get("skills")
    if isinstance(ratings, list):
        answers["skills"] = {
            i["slug"]: i.get("rating") or "none" for i in ratings if isinstance(i, dict)
        }
        changed = True
    return answers if changed else None


def _convert(apps, convert) -> None:
    Profile = apps.get_model("profiles", "Profile")
    Version = apps.get_model("profiles", "Version")
    # update() rather than save(): converting storage is not an edit, so updated_at
    # ("last edited") and the revision stay as they were.
    for pk, answers in Profile.objects.values_list("pk", "answers").iterator(chunk_size=500):
        new = convert(answers) if isinstance(answers, dict) else None
        if new is not None:
            Profile.objects.filter(pk=pk).update(answers=new)
    for pk, snapshot in Version.objects.values_list("pk", "snapshot").iterator(chunk_size=500):
        answers = (snapshot or {}).get("answers") if isinstance(snapshot, dict) else None
        new = convert(answers) if isinstance(answers, dict) else None
        if new is not None:
            Version.objects.filter(pk=pk).update(snapshot={**snapshot, "answers": new})


def forwards(apps, schema_editor):
    CredibilityPoint = apps.get_model("roles", "CredibilityPoint")
    Skill = apps.get_model("roles", "Skill")
    points = list(CredibilityPoint.objects.order_by("order", "pk").values_list("slug", flat=True))
    skills = list(
        Skill.objects.order_by("domain__order", "domain__pk", "order", "pk").values_list(
            "slug", flat=True
        )
    )
    _convert(apps, lambda answers: to_lists(answers, points, skills))


def backwards(apps, schema_editor):
    _convert(apps, to_objects)


class Migration(migrations.Migration):
    dependencies = [
        ("profiles", "0002_cache_table"),
        ("roles", "0002_seed_guide"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]

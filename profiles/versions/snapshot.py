"""Saving, numbering and restoring versions (reading one back: sections.py).

A snapshot holds everything needed to show a version later without the guide tables:
staff edit templates, names and lanes in admin, and a saved version must still read
exactly as it did when it was saved. So texts are stored rendered, and every name the
answers refer to by slug is copied in.

Postgres keeps JSON objects in jsonb key order (by length, then bytes), not insertion
order, so anything whose order matters is stored as a list.

Snapshot shape (schema_version 1):

    {
      "schema_version": 1,
      "saved_at": ISO 8601 string,
      "profile_name": str,
      "revision": int,                      # working-copy revision it was taken from
      "answers": {...},                     # deep copy of Profile.answers (incl. dismissals)
      "lane": {"slug", "name", "short_name", "group": {"letter", "relationship"}} | None,
      "texts": [{"key", "name", "section", "text", "generated", "overridden",
                 "max_length", "blanks": [str], "segments": [{"text", "blank"}]}],
      "templates": [{"key", "name", "section", "body", "max_length"}],
      "names": {
        "credibility": [{"slug", "name"}],            # every point, guide order
        "skills": [{"slug", "name", "domain", "level"}],  # the rated ones, guide order
        "gaps": [{"slug", "name"}],                   # the answered ones, guide order
        "rules": [{"slug", "text"}],                  # the dismissed coach rules
      },
    }
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from roles import guide
from roles.models import Gap, MessagingRule, RoleArchetype, Skill

from .. import services
from ..answers import skill_ratings
from ..models import Profile, Version
from ..rendering import current_texts, lane_for
from ..services import QuotaExceeded
from ..steps.validation import check_answers

SCHEMA_VERSION = 1
HEADLINE_KEY = "linkedin_headline"
NOTE_MAX_LENGTH = Version._meta.get_field("note").max_length
HEADLINE_MAX_LENGTH = Version._meta.get_field("headline").max_length


def _lane_data(lane: RoleArchetype | None) -> dict | None:
    if lane is None:
        return None
    return {
        "slug": lane.slug,
        "name": lane.name,
        "short_name": lane.short_name,
        "group": {"letter": lane.group.letter, "relationship": lane.group.relationship},
    }


def _guide_names(name: str, load) -> tuple[dict, ...]:
    """Every row of one kind of the guide's content as a snapshot names it, in the guide's
    order; loaded once per process and content edit (roles/guide.py), like the rows the
    steps read, so a snapshot costs no query for the names."""
    return guide.cached(f"snapshot-names:{name}", lambda: tuple(load()))


def _skill_names() -> tuple[dict, ...]:
    # Checklist order, as on the skills step (Skill.order restarts per domain).
    return _guide_names(
        "skills",
        lambda: (
            {"slug": s.slug, "name": s.name, "domain": s.domain.name, "level": s.level}
            for s in Skill.objects.with_emphasis(None)
        ),
    )


def _slug_names(model, field: str) -> tuple[dict, ...]:
    return _guide_names(
        model.__name__,
        lambda: (
            {"slug": slug, field: value} for slug, value in model.objects.values_list("slug", field)
        ),
    )


def _named(rows: Callable[[], tuple[dict, ...]], slugs: set[str]) -> list[dict]:
    """Copies of the rows with these slugs (a snapshot is the caller's to keep); for no
    slugs the rows are not even read."""
    return [dict(row) for row in rows() if row["slug"] in slugs] if slugs else []


def build_snapshot(profile: Profile, *, with_names: bool = True, keep: bool = True) -> dict:
    """Everything a version page and a diff need, as the person sees it right now. `keep`:
    the snapshot is kept (a version), so it holds answers of its own; a page that only
    reads it for one request (keep=False) shares the profile's."""
    answers = copy.deepcopy(profile.answers or {}) if keep else (profile.answers or {})
    # The owner lookup already joined the lane; only look it up when the two disagree.
    lane = profile.lane if profile.lane and profile.lane.slug == answers.get("lane") else None
    lane = lane or lane_for(answers)
    # The same template rows render the texts and are stored as "the bodies used": the
    # guide's rows as the steps read them, so the texts here are the texts shown there.
    templates = {t.key: t for t in guide.message_templates()}
    credibility = [(p.slug, p.name) for p in guide.credibility_points()]
    texts = current_texts(
        answers, lane=lane, templates=templates.values(), credibility_names=dict(credibility)
    )

    rated = set(skill_ratings(answers))
    answered_gaps = set((answers.get("gaps") or {}).keys())
    dismissed = (answers.get("messaging") or {}).get("dismissed") or {}
    rule_slugs = {slug for slugs in dismissed.values() for slug in (slugs or [])}
    if not with_names:
        # For pages that show only the texts (the LinkedIn page): never for a saved version.
        rated = answered_gaps = rule_slugs = set()

    return {
        "schema_version": SCHEMA_VERSION,
        "saved_at": timezone.now().isoformat(),
        "profile_name": profile.name,
        "revision": profile.revision,
        "answers": answers,
        "lane": _lane_data(lane),
        "texts": [
            {
                "key": rendered.key,
                "name": rendered.name,
                "section": getattr(templates.get(key), "section", ""),
                "text": rendered.text,
                "generated": rendered.generated,
                "overridden": rendered.overridden,
                "max_length": rendered.max_length,
                "blanks": rendered.blanks,
                "segments": [{"text": s.text, "blank": s.blank} for s in rendered.segments],
            }
            for key, rendered in texts.items()
        ],
        "templates": [
            {
                "key": t.key,
                "name": t.name,
                "section": t.section,
                "body": t.body,
                "max_length": t.max_length,
            }
            for t in templates.values()
        ],
        "names": {
            "credibility": [{"slug": slug, "name": name} for slug, name in credibility],
            "skills": _named(_skill_names, rated),
            "gaps": _named(lambda: _slug_names(Gap, "name"), answered_gaps),
            "rules": _named(lambda: _slug_names(MessagingRule, "text"), rule_slugs),
        },
    }


def save_version(*, profile: Profile, note: str = "", answers: dict | None = None) -> Version:
    """Snapshot the working copy as the profile's next version (1, 2, 3, ...); with
    `answers`, snapshot those instead (a tailored draft) and leave the working copy be.

    The profile row is locked for the whole transaction, so concurrent saves queue up
    and each reads the number the previous one committed; the unique constraint on
    (profile, number) is the backstop if anything ever bypasses this function.
    """
    note = (note or "").strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise ValueError(f"A version note is at most {NOTE_MAX_LENGTH} characters.")
    with transaction.atomic():
        locked = Profile.objects.select_for_update().get(pk=profile.pk)
        limit = settings.PIVOT_MAX_VERSIONS
        # Versions are numbered 1..N without gaps and never deleted one by one, so the
        # last number is the count: no extra query on every save.
        if locked.last_version_number >= limit:
            raise QuotaExceeded(
                f"This profile has {limit:,} saved versions, the most it can keep. Its "
                "working copy stays saved; start a new profile to keep more versions."
            )
        number = locked.last_version_number + 1
        if answers is not None:
            locked.answers = answers  # in memory only: the row is never saved below
        snapshot = build_snapshot(locked)
        headline = next((t["text"] for t in snapshot["texts"] if t["key"] == HEADLINE_KEY), "")
        version = Version.objects.create(
            profile=locked,
            number=number,
            note=note,
            headline=headline[:HEADLINE_MAX_LENGTH],
            snapshot=snapshot,
        )
        # update() rather than save(): saving a version is not an edit of the working
        # copy, so updated_at ("last edited") must not move.
        Profile.objects.filter(pk=locked.pk).update(last_version_number=number)
    profile.last_version_number = number
    return version


def restore_version(*, profile: Profile, version: Version) -> Profile:
    """Copy a version's answers into the working copy. Versions are never touched.

    The answers pass the step forms' checks first, as an import does: a version saved
    from an import before those checks may hold what no page can show. Raises
    InvalidAnswers (nothing restored)."""
    if version.profile_id != profile.pk:
        raise ValueError("That version belongs to another profile.")
    answers = copy.deepcopy((version.snapshot or {}).get("answers") or {})
    lane = answers.get("lane") if isinstance(answers, dict) else None
    lane_id = RoleArchetype.objects.filter(slug=lane).values_list("pk", flat=True).first()
    # A lane since removed from the guide is shown as none, as before the checks.
    check_answers(answers if lane_id or not lane else {**answers, "lane": None}, lane_id=lane_id)
    # A new object: the caller's stays as it was read, as with any fresh row.
    fresh = copy.copy(profile)
    return services.update_answers(fresh, revision=None, change=lambda _saved: answers)

"""Saving, numbering and restoring versions, and reading a saved snapshot back.

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
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from roles.models import (
    CredibilityPoint,
    Gap,
    MessageTemplate,
    MessagingRule,
    RoleArchetype,
    Skill,
)

from .. import services
from ..choices import GapStatus, Rating
from ..models import Profile, Version
from ..services import QuotaExceeded
from ..texts import current_texts, lane_for

SCHEMA_VERSION = 1
HEADLINE_KEY = "linkedin_headline"
NOTE_MAX_LENGTH = Version._meta.get_field("note").max_length
HEADLINE_MAX_LENGTH = Version._meta.get_field("headline").max_length

SKILL_RATINGS = dict(Rating.choices)
GAP_STATUSES = dict(GapStatus.choices)


# --- writing ---------------------------------------------------------------------------


def _lane_data(lane: RoleArchetype | None) -> dict | None:
    if lane is None:
        return None
    return {
        "slug": lane.slug,
        "name": lane.name,
        "short_name": lane.short_name,
        "group": {"letter": lane.group.letter, "relationship": lane.group.relationship},
    }


def _slug_names(model, slugs: set[str], field: str) -> list[dict]:
    """[{"slug": ..., field: ...}] for the rows with these slugs; no query for none."""
    if not slugs:
        return []
    return [
        {"slug": slug, field: value}
        for slug, value in model.objects.filter(slug__in=slugs).values_list("slug", field)
    ]


def build_snapshot(profile: Profile, *, with_names: bool = True) -> dict:
    """Everything a version page and a diff need, as the person sees it right now."""
    answers = copy.deepcopy(profile.answers or {})
    # The owner lookup already joined the lane; only look it up when the two disagree.
    lane = profile.lane if profile.lane and profile.lane.slug == answers.get("lane") else None
    lane = lane or lane_for(answers)
    # The same template rows render the texts and are stored as "the bodies used".
    templates = {t.key: t for t in MessageTemplate.objects.all()}
    credibility = list(CredibilityPoint.objects.values_list("slug", "name"))
    texts = current_texts(
        answers, lane=lane, templates=templates.values(), credibility_names=dict(credibility)
    )

    rated = set((answers.get("skills") or {}).keys())
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
            "skills": [
                {"slug": s.slug, "name": s.name, "domain": s.domain.name, "level": s.level}
                for s in Skill.objects.filter(slug__in=rated).select_related("domain")
            ]
            if rated
            else [],
            "gaps": _slug_names(Gap, answered_gaps, "name"),
            "rules": _slug_names(MessagingRule, rule_slugs, "text"),
        },
    }


def save_version(*, profile: Profile, note: str = "") -> Version:
    """Snapshot the working copy as the profile's next version (1, 2, 3, ...).

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
        if Version.objects.filter(profile=locked).count() >= limit:
            raise QuotaExceeded(
                f"This profile has {limit:,} saved versions, the most it can keep. Its "
                "working copy stays saved; start a new profile to keep more versions."
            )
        number = locked.last_version_number + 1
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
    """Copy a version's answers into the working copy. Versions are never touched."""
    if version.profile_id != profile.pk:
        raise ValueError("That version belongs to another profile.")
    answers = copy.deepcopy((version.snapshot or {}).get("answers") or {})
    # A new object: the caller's stays as it was read, as with any fresh row.
    fresh = copy.copy(profile)
    return services.update_answers(fresh, revision=None, change=lambda _saved: answers)


# --- reading ---------------------------------------------------------------------------


@dataclass
class SnapshotField:
    """One labelled value of a snapshot: the unit a version page shows and a diff compares."""

    key: str  # stable across versions, e.g. "background.level" or "text.pitch"
    label: str
    value: str
    blanks: list[str] = field(default_factory=list)
    segments: list[dict] = field(default_factory=list)  # texts only: blanks highlighted
    overridden: bool = False
    max_length: int | None = None

    @property
    def over_limit(self) -> bool:
        return self.max_length is not None and len(self.value) > self.max_length


@dataclass
class SnapshotSection:
    key: str
    title: str
    fields: list[SnapshotField]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value).strip()


def snapshot_names(snapshot: dict, kind: str) -> dict[str, dict]:
    """slug -> the guide's row as saved with the snapshot ("skills", "gaps", …), in order."""
    return {item["slug"]: item for item in (snapshot.get("names") or {}).get(kind) or []}


def answered_in_order(names: dict[str, dict], answered: dict) -> list[str]:
    """The answered slugs in the guide's order; any the guide no longer has come last."""
    return [s for s in names if s in answered] + [s for s in answered if s not in names]


def snapshot_sections(snapshot: dict) -> list[SnapshotSection]:
    """A saved snapshot as labelled sections, in the order the form asks for them.

    Labels come from the names copied into the snapshot, never from today's guide
    tables, so an old version reads as it did.
    """
    answers = snapshot.get("answers") or {}
    background = answers.get("background") or {}

    bg = [
        SnapshotField("background.level", "Level", _text(background.get("level"))),
        SnapshotField("background.years", "Years of experience", _text(background.get("years"))),
        SnapshotField("background.domains", "Domains", _text(background.get("domains"))),
        SnapshotField(
            "background.domains_other", "Other domains", _text(background.get("domains_other"))
        ),
        SnapshotField("background.edge", "Strongest existing edge", _text(background.get("edge"))),
        SnapshotField("background.ai_work", "AI work", _text(background.get("ai_work"))),
        SnapshotField("background.strengths", "Top strengths", _text(background.get("strengths"))),
    ]
    for index, artifact in enumerate(background.get("artifacts") or [], start=1):
        artifact = artifact or {}
        bg += [
            SnapshotField(
                f"artifact.{index}.name", f"AI artifact {index}: name", _text(artifact.get("name"))
            ),
            SnapshotField(
                f"artifact.{index}.url", f"AI artifact {index}: link", _text(artifact.get("url"))
            ),
            SnapshotField(
                f"artifact.{index}.proves",
                f"AI artifact {index}: what it proves",
                _text(artifact.get("proves")),
            ),
        ]

    credibility = answers.get("credibility") or {}
    known = snapshot_names(snapshot, "credibility")
    cred_slugs = list(known) + [s for s in credibility if s not in known]
    cred = [
        SnapshotField(
            f"credibility.{slug}",
            (known.get(slug) or {}).get("name", slug),
            _text(credibility.get(slug)),
        )
        for slug in cred_slugs
    ]

    lane = snapshot.get("lane")
    if lane:
        group = lane.get("group") or {}
        lane_value = "{} (group {}: {})".format(
            lane.get("name", ""), group.get("letter", "?"), group.get("relationship", "")
        )
    else:
        lane_value = _text(answers.get("lane"))
    lanes = [SnapshotField("lane", "Target lane", lane_value)]

    ratings = answers.get("skills") or {}
    skill_names = snapshot_names(snapshot, "skills")
    skills = []
    for slug in answered_in_order(skill_names, ratings):
        info = skill_names.get(slug) or {}
        label = info.get("name", slug)
        if info.get("domain"):
            label = f"{info['domain']}: {label}"
        skills.append(
            SnapshotField(
                f"skill.{slug}", label, SKILL_RATINGS.get(ratings[slug], _text(ratings[slug]))
            )
        )

    gap_answers = answers.get("gaps") or {}
    gap_names = snapshot_names(snapshot, "gaps")
    gaps = []
    for slug in answered_in_order(gap_names, gap_answers):
        entry = gap_answers[slug] or {}
        name = (gap_names.get(slug) or {}).get("name", slug)
        status = entry.get("status")
        gaps += [
            SnapshotField(
                f"gap.{slug}.status", f"{name}: status", GAP_STATUSES.get(status, _text(status))
            ),
            SnapshotField(
                f"gap.{slug}.link", f"{name}: deliverable link", _text(entry.get("link"))
            ),
        ]

    texts = [
        SnapshotField(
            f"text.{item['key']}",
            item.get("name") or item["key"],
            item.get("text", ""),
            blanks=list(item.get("blanks") or []),
            segments=list(item.get("segments") or []),
            overridden=bool(item.get("overridden")),
            max_length=item.get("max_length"),
        )
        for item in snapshot.get("texts") or []
    ]

    dismissed = (answers.get("messaging") or {}).get("dismissed") or {}
    rules = snapshot_names(snapshot, "rules")
    text_names = {
        item["key"]: item.get("name") or item["key"] for item in snapshot.get("texts") or []
    }
    coach = [
        SnapshotField(
            f"dismissed.{key}",
            f"Dismissed for {text_names.get(key, key)}",
            "; ".join((rules.get(slug) or {}).get("text", slug) for slug in slugs or []),
        )
        for key, slugs in sorted(dismissed.items())
        if slugs
    ]

    sections = [
        SnapshotSection("background", "Background", bg),
        SnapshotSection("credibility", "Credibility", cred),
        SnapshotSection("lane", "Target lane", lanes),
        SnapshotSection("skills", "Skills", skills),
        SnapshotSection("gaps", "Gaps", gaps),
        SnapshotSection("messaging", "Messaging", texts),
        SnapshotSection("coach", "Coach findings dismissed", coach),
    ]
    return sections

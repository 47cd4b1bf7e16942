"""A saved snapshot read back as labelled sections: what a version page shows, a diff
compares and the downloads write out. The shape is in snapshot.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..answers import credibility_texts, skill_ratings
from ..choices import GapStatus, Rating

SKILL_RATINGS = dict(Rating.choices)
GAP_STATUSES = dict(GapStatus.choices)


@dataclass(slots=True)
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

    credibility = credibility_texts(answers)
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

    ratings = skill_ratings(answers)
    skill_names = snapshot_names(snapshot, "skills")
    skills = []
    for slug in answered_in_order(skill_names, ratings):
        info = skill_names.get(slug) or {}
        label = info.get("name", slug)
        if info.get("domain"):
            label = f"{info['domain']}: {label}"
        rating = ratings[slug]
        skills.append(
            SnapshotField(f"skill.{slug}", label, SKILL_RATINGS.get(rating) or _text(rating))
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

"""LinkedIn copy: the four texts a person pastes into LinkedIn, with LinkedIn's limits.

Everything here works on a snapshot dict (the shape in profiles/versions/snapshot.py), so the
working copy and a saved version go through the same code: the working copy is turned
into a draft snapshot first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.text import slugify

from ..coach.engine import (
    Finding,
    artifact_names,
    char_count,
    check_texts,
    dismissed_for,
    names_only,
)
from ..models import Profile, Version
from ..rendering import current_texts
from ..versions.snapshot import build_snapshot
from .limits import ABOUT, DEFAULT_LIMITS, EXTRA_LIMITS, LIMIT_LABELS, LINKEDIN_KEYS, SEE_MORE_AT


@dataclass(frozen=True)
class Limit:
    value: int
    label: str

    def remaining(self, count: int) -> int:
        return self.value - count


@dataclass(frozen=True, slots=True)
class LimitRow:
    """A text's count against one limit, as the LinkedIn page shows it. An object, not a
    dict: Jinja2 reads `row.over` as an attribute first, and on a dict that lookup fails
    before the key is tried (a dozen reads a row)."""

    value: int
    label: str
    over: bool
    left: int
    excess: int


@dataclass
class CopyText:
    key: str
    name: str
    text: str
    limits: list[Limit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # True when the version predates this text and it is rendered from today's templates.
    from_today: bool = False

    @property
    def count(self) -> int:
        return char_count(self.text)

    @property
    def over(self) -> list[Limit]:
        return [limit for limit in self.limits if self.count > limit.value]

    @property
    def limit_rows(self) -> list[LimitRow]:
        count = self.count
        return [
            LimitRow(
                value=limit.value,
                label=limit.label,
                over=count > limit.value,
                left=limit.value - count,
                excess=count - limit.value,
            )
            for limit in self.limits
        ]

    @property
    def rows(self) -> int:
        return min(18, max(3, self.text.count("\n") + 2, self.count // 70 + 2))

    @property
    def open_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.dismissed]

    @property
    def see_more_split(self) -> tuple[str, str] | None:
        if self.key != ABOUT:
            return None
        return self.text[:SEE_MORE_AT], self.text[SEE_MORE_AT:]


def limits_for(key: str, max_length: int | None) -> list[Limit]:
    main = max_length or DEFAULT_LIMITS.get(key)
    limits = [Limit(main, LIMIT_LABELS.get(key, "limit"))] if main else []
    limits += [Limit(value, label) for value, label in EXTRA_LIMITS.get(key, [])]
    return limits


@dataclass
class CopySource:
    """A working copy or a version, seen as a snapshot."""

    profile: Profile
    snapshot: dict
    version: Version | None = None

    @property
    def label(self) -> str:
        return f"v{self.version.number}" if self.version else "draft"

    @property
    def title(self) -> str:
        return f"version {self.version.number}" if self.version else "working copy"

    @property
    def answers(self) -> dict:
        return self.snapshot.get("answers") or {}

    @property
    def lane(self) -> dict | None:
        return self.snapshot.get("lane")

    @property
    def lane_slug(self) -> str | None:
        return (self.lane or {}).get("slug") or self.answers.get("lane") or None

    @property
    def lane_name(self) -> str:
        return (self.lane or {}).get("name", "")

    @property
    def saved_at(self) -> str:
        if self.version is None:
            return self.profile.updated_at.isoformat()
        return self.snapshot.get("saved_at") or self.version.created_at.isoformat()

    @property
    def texts(self) -> list[dict]:
        return list(self.snapshot.get("texts") or [])

    def filename(self, ext: str, *, part: str = "") -> str:
        name = slugify(self.profile.name) or "profile"
        return f"pivot-{name}-{self.label}{'-' + part if part else ''}.{ext}"


def source_for_profile(profile: Profile, *, with_names: bool = True) -> CopySource:
    # Read for this request only (pages, downloads, comparisons), never stored or changed:
    # no copy of the answers (a saved version's snapshot has its own).
    snapshot = build_snapshot(profile, with_names=with_names, keep=False)
    return CopySource(profile=profile, snapshot=snapshot)


def source_for_version(version: Version) -> CopySource:
    return CopySource(profile=version.profile, snapshot=version.snapshot or {}, version=version)


def linkedin_texts(source: CopySource, *, with_findings: bool = True) -> list[CopyText]:
    """The four LinkedIn texts as saved; a text an older version lacks comes from today's
    templates and says so."""
    saved = {item["key"]: item for item in source.texts}
    missing = [key for key in LINKEDIN_KEYS if key not in saved]
    fresh = current_texts(source.answers) if missing else {}
    items: list[CopyText] = []
    for key in LINKEDIN_KEYS:
        if key in saved:
            item = saved[key]
            items.append(
                CopyText(
                    key=key,
                    name=item.get("name") or key,
                    text=item.get("text", ""),
                    limits=limits_for(key, item.get("max_length")),
                )
            )
        elif key in fresh:
            rendered = fresh[key]
            items.append(
                CopyText(
                    key=key,
                    name=rendered.name,
                    text=rendered.text,
                    limits=limits_for(key, rendered.max_length),
                    from_today=True,
                )
            )
    if with_findings:
        findings = findings_for(source, {t.key: t.text for t in items})
        for item in items:
            item.findings = findings.get(item.key, [])
    return items


def findings_for(source: CopySource, texts: dict[str, str]) -> dict[str, list[Finding]]:
    return check_texts(
        texts,
        lane_slug=source.lane_slug,
        dismissed=dismissed_for(source.answers),
        artifacts=artifact_names(source.answers),
        names=names_only(source.answers),
        # The snapshot already holds each text's limit: spare the coach a query for them.
        limits={t["key"]: t.get("max_length") for t in source.texts if t.get("max_length")},
    )


def copy_text_for(source: CopySource, key: str, text: str) -> CopyText:
    """One LinkedIn text as typed on the page, for the live count."""
    saved = {item["key"]: item for item in source.texts}
    item = saved.get(key) or {}
    copy = CopyText(
        key=key,
        name=item.get("name") or key,
        text=text,
        limits=limits_for(key, item.get("max_length")),
    )
    copy.findings = findings_for(source, {key: text}).get(key, [])
    return copy

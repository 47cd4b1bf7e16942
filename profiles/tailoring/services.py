"""Writes for readings and tailoring. Views call these; each is one transaction."""

from __future__ import annotations

from django.db import transaction

from roles.reading import Reading

from .. import services
from ..models import Profile, SavedReading, Version
from ..versions.snapshot import save_version
from .fit import Fit
from .tailor import Tailored


class DraftOutdated(Exception):
    """The working copy changed after the tailored draft was shown."""


def reading_result(reading: Reading, fit: Fit | None) -> dict:
    """What a saved reading keeps of the result: enough to show it again as it was."""
    group = reading.group
    result = {
        "group": (
            {
                "letter": group.group.letter,
                "name": group.group.name,
                "verdict": group.group.verdict,
                "phrases": group.phrases,
            }
            if group
            else None
        ),
        "archetypes": [
            {"slug": a.archetype.slug, "name": a.archetype.name, "score": a.score}
            for a in reading.archetypes
        ],
        "skills": [
            {"slug": s.slug, "name": s.skill.name, "required": s.required} for s in reading.skills
        ],
        "warnings": list(reading.warnings),
    }
    if fit is not None:
        result["match"] = {
            "covered": [s.skill.name for s in fit.coverage.covered],
            "missing": [s.skill.name for s in fit.coverage.missing],
            "total": fit.coverage.total,
            "percent": fit.coverage.percent,
        }
    return result


def save_reading(
    *, profile: Profile, title: str, company: str, text: str, reading: Reading, fit: Fit | None
) -> SavedReading:
    with transaction.atomic():
        return SavedReading.objects.create(
            profile=profile,
            title=title.strip(),
            company=company.strip(),
            text=text,
            result=reading_result(reading, fit),
        )


def delete_reading(*, saved: SavedReading) -> None:
    with transaction.atomic():
        saved.delete()


def save_tailored(
    *, profile: Profile, tailored: Tailored, revision: int, use_as_working_copy: bool = False
) -> Version:
    """The tailored draft as the profile's next version, labelled with the role; with
    `use_as_working_copy`, also the working copy (through update_answers, so a tab that
    saved meanwhile is never overwritten: StaleRevision). A draft made from an older
    working copy is refused (DraftOutdated): the person reviews the fresh one instead."""
    with transaction.atomic():
        locked = Profile.objects.select_for_update().get(pk=profile.pk)
        if locked.revision != revision:
            raise DraftOutdated
        version = save_version(profile=profile, note=tailored.label, answers=tailored.answers)
        if use_as_working_copy:
            services.update_answers(profile, revision=revision, change=lambda _: tailored.answers)
    return version

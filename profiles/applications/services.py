"""Writes to applications. Views call these; each is one transaction, arguments by
keyword. The owner's row lock queues concurrent creates, as for profiles, so two tabs
cannot both take an account's last place."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from roles.models import Gap, RoleArchetype
from roles.reading import Reading

from ..models import Profile, SavedReading, Version
from ..services import QuotaExceeded
from ..tailoring import services as tailoring
from ..tailoring.fit import Fit
from .choices import Status
from .models import Application, InterviewEvent, StatusChange

# What can be edited on an application's page; the rest is set when it is tracked.
DETAIL_FIELDS = (
    "title",
    "company",
    "link",
    "next_step",
    "next_step_on",
    "notes",
    "salary_min",
    "salary_max",
    "salary_currency",
)


def _clean(value):
    return value.strip() if isinstance(value, str) else value


def gap_slugs(names: list[str]) -> list[str]:
    """The guide's gaps by name (as a reading's fit names them), in the same order."""
    slugs = dict(Gap.objects.filter(name__in=names).values_list("name", "slug"))
    return [slugs[name] for name in names if name in slugs]


def _check_quota(owner) -> None:
    get_user_model().objects.select_for_update().filter(pk=owner.pk).exists()
    limit = settings.PIVOT_MAX_APPLICATIONS
    if Application.objects.filter(owner=owner).count() >= limit:
        raise QuotaExceeded(
            f"You track {limit:,} applications, the most one account can keep. Delete "
            "ones that are over, then track this one."
        )


def _lane_of(profile: Profile | None, reading: SavedReading | None) -> RoleArchetype | None:
    """The lane the person aims at with it: the profile's, else the posting's best fit."""
    if profile is not None and profile.lane_id:
        return profile.lane
    ranked = (reading.result or {}).get("archetypes") if reading else None
    if ranked:
        return RoleArchetype.objects.filter(slug=ranked[0].get("slug")).first()
    return None


def create_application(
    *,
    owner,
    title: str,
    company: str = "",
    link: str = "",
    profile: Profile | None = None,
    reading: SavedReading | None = None,
    version: Version | None = None,
    gap_slugs: list[str] | None = None,
    details: dict | None = None,
    on: datetime.date | None = None,
) -> Application:
    """A new application in "saved", its first history row dated `on` (today);
    `details`: any of DETAIL_FIELDS, as the application's page edits them."""
    on = on or timezone.localdate()
    with transaction.atomic():
        _check_quota(owner)
        application = Application(
            owner=owner,
            profile=profile,
            lane=_lane_of(profile, reading),
            reading=reading,
            version=version,
            title=title.strip(),
            company=company.strip(),
            link=link.strip(),
            status=Status.SAVED,
            status_on=on,
            match=dict((reading.result or {}).get("match") or {}) if reading else {},
            gap_slugs=list(gap_slugs or []),
        )
        for name in DETAIL_FIELDS:
            if details and name in details:
                setattr(application, name, _clean(details[name]))
        application.save(force_insert=True)
        StatusChange.objects.create(application=application, status=Status.SAVED, on=on)
    return application


def track_from_reading(
    *,
    profile: Profile,
    title: str,
    company: str,
    text: str,
    link: str = "",
    reading: Reading,
    fit: Fit | None,
) -> Application:
    """ "Track this application" on the reader: the reading saved to the profile and the
    application made from it, both or neither."""
    with transaction.atomic():
        saved = tailoring.save_reading(
            profile=profile, title=title, company=company, text=text, reading=reading, fit=fit
        )
        return create_application(
            owner=profile.owner,
            title=title,
            company=company,
            link=link,
            profile=profile,
            reading=saved,
            gap_slugs=gap_slugs([gap.name for gap in fit.gaps] if fit else []),
        )


def change_status(
    *, application: Application, status: str, on: datetime.date | None = None
) -> bool:
    """Move the application to `status` on `on` (today); False when it is already there
    (a double submit is not a change)."""
    on = on or timezone.localdate()
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status == status:
            return False
        StatusChange.objects.create(application=locked, status=status, on=on)
        locked.status, locked.status_on = status, on
        locked.save(update_fields=["status", "status_on", "updated_at"])
    application.status, application.status_on = status, on
    application.updated_at = locked.updated_at
    return True


def update_details(*, application: Application, values: dict) -> Application:
    with transaction.atomic():
        for name in DETAIL_FIELDS:
            if name in values:
                setattr(application, name, _clean(values[name]))
        application.save(update_fields=[*DETAIL_FIELDS, "updated_at"])
    return application


def set_prep(*, application: Application, done: list[int]) -> Application:
    with transaction.atomic():
        application.prep_done = sorted(set(done))
        application.save(update_fields=["prep_done", "updated_at"])
    return application


def add_event(*, application: Application, on: datetime.date, label: str) -> InterviewEvent:
    with transaction.atomic():
        event = InterviewEvent.objects.create(application=application, on=on, label=label.strip())
        application.save(update_fields=["updated_at"])
    return event


def delete_event(*, event: InterviewEvent) -> None:
    with transaction.atomic():
        event.delete()


def delete_application(*, application: Application) -> None:
    with transaction.atomic():
        application.delete()

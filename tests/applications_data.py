"""Applications for tests, made through the services as a person's clicks make them."""

from __future__ import annotations

import datetime

from profiles.applications import services
from profiles.applications.models import Application
from roles.reading.current import current_reading
from tests.tailoring_data import make_profile, posting

POSTING = "c01_ai_platform_engineer"


def make_application(owner, title: str = "AI Platform Engineer", company: str = "Caldera", **extra):
    return services.create_application(owner=owner, title=title, company=company, **extra)


def tracked_from_reading(profile=None, *, owner=None) -> Application:
    """What "Track this application" on the reader makes: a saved reading and its
    application, with the match and the gaps of the posting."""
    from profiles.tailoring.fit import profile_fit

    profile = profile or make_profile(owner)
    text = posting(POSTING)
    reading, catalog = current_reading(text)
    return services.track_from_reading(
        profile=profile,
        title="AI Platform Engineer",
        company="Caldera",
        text=text,
        reading=reading,
        fit=profile_fit(profile, reading, catalog),
    )


def moved(application: Application, *steps: tuple[str, datetime.date]) -> Application:
    for status, on in steps:
        services.change_status(application=application, status=status, on=on)
    return application


def days_ago(n: int) -> datetime.date:
    from django.utils import timezone

    return timezone.localdate() - datetime.timedelta(days=n)

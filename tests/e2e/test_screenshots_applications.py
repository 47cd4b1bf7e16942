"""`make screenshots` for issue 25: the applications board and list, one application,
the weekly view with its chart and figures. Skipped unless SCREENSHOTS=1."""

import datetime
import os

import pytest
from django.utils import timezone

from profiles.applications import services
from profiles.applications.models import Application, StatusChange
from profiles.versions.snapshot import save_version
from roles import guide
from tests.applications_data import days_ago, make_application, moved, tracked_from_reading
from tests.tailoring_data import make_profile

from .test_screenshots import _shot

pytestmark = pytest.mark.skipif(
    os.environ.get("SCREENSHOTS") != "1",
    reason="writes docs/screenshots/: run `make screenshots` (SCREENSHOTS=1) to regenerate",
)

# (title, company, status reached, days since tracked)
MONTH = [
    ("ML Engineer", "Northwind", "applied", 20),
    ("LLM Platform Engineer", "Globex", "rejected", 30),
    ("AI Engineer", "Initech", "saved", 1),
    ("Staff AI Engineer", "Umbrella", "screening", 8),
    ("Applied Scientist", "Hooli", "offer", 40),
    ("Agent Engineer", "Vandelay", "withdrawn", 15),
]


def _tracked_days_ago(application, days: int) -> None:
    """As if tracked `days` ago: the chart and the stages read these dates."""
    when = timezone.now() - datetime.timedelta(days=days)
    Application.objects.filter(pk=application.pk).update(created_at=when, status_on=when.date())
    StatusChange.objects.filter(application=application).update(on=when.date())


def _a_month_of_applications(owner):
    profile = make_profile(owner)
    application = tracked_from_reading(profile)
    _tracked_days_ago(application, 12)
    Application.objects.filter(pk=application.pk).update(version=save_version(profile=profile))
    rows = guide.interview_expectation_rows(profile.lane_id)
    services.set_prep(application=application, done=[rows[0].pk, rows[3].pk])
    moved(application, ("applied", days_ago(9)), ("screening", days_ago(5)))
    moved(application, ("interview", days_ago(1)))
    services.add_event(application=application, on=days_ago(-2), label="System design interview")
    services.update_details(
        application=application,
        values={"next_step": "Prepare the system design round", "next_step_on": days_ago(-1)},
    )
    for index, (title, company, status, age) in enumerate(MONTH):
        other = make_application(
            owner,
            title=title,
            company=company,
            details={
                "next_step": "Follow up with the recruiter",
                "next_step_on": days_ago(2 - index),
            },
        )
        _tracked_days_ago(other, age)
        if status == "saved":
            continue
        steps = [("applied", days_ago(age - 1))]
        if status == "offer":
            steps += [("screening", days_ago(age - 6)), ("interview", days_ago(age - 12))]
            steps.append(("offer", days_ago(age - 25)))
        elif status != "applied":
            steps.append((status, days_ago(age - 5)))
        moved(other, *steps)
    return application


def test_regenerate_applications_screenshots(browse, make_account):
    application = _a_month_of_applications(make_account("erin@example.com"))
    person = browse(user=application.owner)
    person.goto("/applications/")
    _shot(person, "applications.png")
    person.goto(application.get_absolute_url())
    _shot(person, "application.png")
    person.goto("/applications/week/")
    _shot(person, "applications-week.png")
    phone = browse(user=application.owner, width=360, js=False)
    phone.goto("/applications/")
    _shot(phone, "applications-phone.png")

"""An application (one role applied to, by one account), its status history and its
dated interview events. Imported by profiles/models.py, so they belong to the profiles
app and its migrations."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse

from roles.reading.posting_facts import COMPANY_MAX, TITLE_MAX

from .choices import Status


class ApplicationQuerySet(models.QuerySet):
    def for_owner(self, user) -> ApplicationQuerySet:
        """What the owner decorator looks an application up in (profiles/owner.py)."""
        return self.filter(owner=user).select_related("lane", "profile")


class Application(models.Model):
    # Unguessable, like a profile's: application URLs must not be enumerable.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications"
    )
    # Where it was tracked from. Deleting a profile, reading or version keeps the
    # application (and what it copied of them: match, gaps, lane).
    profile = models.ForeignKey(
        "profiles.Profile", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lane = models.ForeignKey(
        "roles.RoleArchetype", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reading = models.ForeignKey(
        "profiles.SavedReading",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    version = models.ForeignKey(
        "profiles.Version",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    title = models.CharField(max_length=TITLE_MAX)
    company = models.CharField(max_length=COMPANY_MAX, blank=True)
    link = models.URLField(max_length=500, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SAVED)
    # The date of the current status (its history row's date), for the board and stages.
    status_on = models.DateField()
    next_step = models.CharField(max_length=200, blank=True)
    next_step_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True)
    # The match rate when the posting was read: {"covered": n, "total": n, "percent": n}.
    match = models.JSONField(default=dict, blank=True)
    # Slugs of the gaps the posting touched when read; their status is read live.
    gap_slugs = models.JSONField(default=list, blank=True)
    # Ids of the guide's interview expectations ticked as prepared, for this application.
    prep_done = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "status"]),
            models.Index(fields=["owner", "next_step_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.title} at {self.company}" if self.company else self.title

    def get_absolute_url(self) -> str:
        return reverse("applications:detail", args=[self.pk])


class StatusChange(models.Model):
    """One row per status the application entered, with the date it did."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(max_length=12, choices=Status.choices)
    on = models.DateField()
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "recorded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_status_display()} on {self.on:%Y-%m-%d}"


class InterviewEvent(models.Model):
    """A dated interview (or call) on an application: shown on the list and the week."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    on = models.DateField()
    label = models.CharField(max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "pk"]

    def __str__(self) -> str:
        return f"{self.label} on {self.on:%Y-%m-%d}"

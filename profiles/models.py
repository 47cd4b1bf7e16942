"""Positioning profiles: one per target lane, each with a working copy and saved versions.

The working copy lives on Profile itself (answers + revision) so a step page needs one
row; versions are immutable snapshots numbered 1, 2, 3, ... per profile.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse


class Profile(models.Model):
    # An unguessable id: profile URLs must not be enumerable.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profiles"
    )
    name = models.CharField(max_length=80)
    lane = models.ForeignKey(
        "roles.RoleArchetype",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The target lane chosen in step 3 (kept in sync with the answers).",
    )
    # The working copy: one key a step, each written by its handler's to_section()
    # (profiles/steps/): {"background": {level, years, domains, domains_other, edge,
    # ai_work, strengths, artifacts: [{name, url, proves}]}, "credibility": {slug: text},
    # "lane": slug, "skills": {slug: rating}, "gaps": {slug: {status, link}},
    # "messaging": {"overrides": {key: text}, "dismissed": {key: [rule slug]}}}.
    answers = models.JSONField(default=dict, blank=True)
    # Bumped on every write to the working copy; a form carries the revision it was
    # rendered from so a submit from a stale tab is refused instead of overwriting.
    revision = models.PositiveIntegerField(default=0)
    # The last version number handed out; incremented under a row lock.
    last_version_number = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["owner", "-updated_at"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("profiles:detail", args=[self.pk])


class Version(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Denormalised for the history list, which must not unpack every snapshot.
    headline = models.CharField(max_length=400, blank=True)
    # Everything as shown when saved: answers, rendered texts, template bodies used,
    # lane and content names. Never updated after creation.
    snapshot = models.JSONField(default=dict)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "number"], name="version_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.profile} v{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("profiles:version", args=[self.profile_id, self.number])


class SavedReading(models.Model):
    """A job posting read against a profile, kept because the person chose "Save to
    profile". The result is stored as read then, so it reads the same after staff tune
    the signals."""

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="readings")
    title = models.CharField(max_length=80)
    company = models.CharField(max_length=80, blank=True)
    text = models.TextField()
    # The reading's summary: group, lanes ranked, skills asked, and the match then.
    result = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.title} at {self.company}" if self.company else self.title

    def get_absolute_url(self) -> str:
        return reverse("profiles:reading", args=[self.profile_id, self.pk])


class ShareLink(models.Model):
    """A read-only link to one saved version, for a mentor (profiles/sharing/).

    Only a SHA-256 of the token is kept: the link is shown once, at creation, and a
    database leak does not hand out working links.
    """

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="share_links")
    token_hash = models.CharField(max_length=64, unique=True)
    label = models.CharField(max_length=80, blank=True)
    show_skills = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_viewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Share link for {self.version}"


# Applications live in their own package; importing them here makes them this app's models.
from .applications.models import Application, InterviewEvent, StatusChange  # noqa: E402, F401

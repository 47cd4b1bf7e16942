"""Skill ratings and gap statuses, as stored in the answers and shown on every page."""

from django.db import models


class Rating(models.TextChoices):
    # In rising order: the skills chart and "below working" depend on it.
    NONE = "none", "None"
    BASIC = "basic", "Basic"
    WORKING = "working", "Working"
    STRONG = "strong", "Strong"


class GapStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    SHIPPED = "shipped", "Shipped"

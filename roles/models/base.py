"""What every ordered row of the guide's content shares."""

from django.db import models


class Ordered(models.Model):
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

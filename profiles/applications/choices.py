"""An application's statuses, defined once: the board's columns, the select, the figures."""

from django.db import models


class Status(models.TextChoices):
    SAVED = "saved", "Saved"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEW = "interview", "Interview"
    OFFER = "offer", "Offer"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


# Where an application stops moving: no next step is overdue, no stage is still running.
CLOSED = frozenset({Status.OFFER, Status.REJECTED, Status.WITHDRAWN})
# An answer from the employer, whatever it said (withdrawing is the person's own move).
REPLIES = frozenset({Status.SCREENING, Status.INTERVIEW, Status.OFFER, Status.REJECTED})
# The stages an application waits in; their average length is one of the figures.
STAGES = (Status.SAVED, Status.APPLIED, Status.SCREENING, Status.INTERVIEW)
# Colour of each status in the chart and on the board (the palette in pivot.css, and
# tone 6 in applications.css).
TONES = {
    Status.SAVED: 5,
    Status.APPLIED: 0,
    Status.SCREENING: 1,
    Status.INTERVIEW: 3,
    Status.OFFER: 2,
    Status.REJECTED: 4,
    Status.WITHDRAWN: 6,
}

"""The gaps step keeps the day a gap was marked shipped (the applications' weekly view
lists the deliverables shipped that week), and keeps it while the gap stays shipped."""

import pytest
from django.utils import timezone

from profiles import forms as f
from profiles.steps.gaps import GapsHandler
from roles.models import Gap


class Form:
    def __init__(self, data):
        self.cleaned_data = data


@pytest.fixture
def gaps(db):
    return list(Gap.objects.all()[:2])


def section(gaps, statuses, saved):
    data = {}
    for gap, status in zip(gaps, statuses, strict=True):
        data[f.gap_status_field(gap.slug)] = status
        data[f.gap_link_field(gap.slug)] = ""
    return GapsHandler().to_section(Form(data), {"gaps": gaps}, {"gaps": saved})


def test_shipping_a_gap_dates_it_today(gaps):
    out = section(gaps, ["shipped", "in_progress"], {})
    assert out[gaps[0].slug]["shipped_on"] == timezone.localdate().isoformat()
    assert "shipped_on" not in out[gaps[1].slug]


def test_a_gap_still_shipped_keeps_its_day(gaps):
    saved = {gaps[0].slug: {"status": "shipped", "link": "", "shipped_on": "2026-01-05"}}
    assert (
        section(gaps, ["shipped", "not_started"], saved)[gaps[0].slug]["shipped_on"] == "2026-01-05"
    )


def test_shipped_again_after_reopening_gets_a_new_day(gaps):
    saved = {gaps[0].slug: {"status": "in_progress", "link": "", "shipped_on": "2026-01-05"}}
    out = section(gaps, ["shipped", "not_started"], saved)
    assert out[gaps[0].slug]["shipped_on"] == timezone.localdate().isoformat()


def test_answers_with_a_shipped_day_pass_the_one_validation(gaps):
    """A restore or an import of answers saved by the gaps step is not refused."""
    from profiles.steps.validation import check_answers

    entry = {"status": "shipped", "link": "https://example.com/evals", "shipped_on": "2026-01-05"}
    check_answers({"gaps": {gaps[0].slug: entry}})

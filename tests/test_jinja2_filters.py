"""The Jinja2 environment's own filters (pivotapp/jinja2.py) write what Django's do."""

from datetime import UTC, datetime, timedelta

import pytest
from django.template.defaultfilters import linebreaksbr as django_linebreaksbr
from django.test import override_settings
from django.utils import dateformat, timezone
from django.utils.safestring import mark_safe

from pivotapp.jinja2 import linebreaksbr, localtime

MOMENTS = [
    datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    *(datetime(2026, month, 28, 12, 30, tzinfo=UTC) + timedelta(hours=7) for month in range(1, 13)),
]


@pytest.mark.parametrize("fmt", ["c", "j M Y, H:i", "D j F"])
@pytest.mark.parametrize("zone", ["UTC", "Europe/Paris", "America/Los_Angeles"])
def test_localtime_writes_what_djangos_date_filter_writes(fmt, zone):
    with override_settings(TIME_ZONE=zone), timezone.override(zone):
        for moment in MOMENTS:
            assert localtime(moment, fmt) == dateformat.format(timezone.localtime(moment), fmt)


@pytest.mark.parametrize(
    "value",
    ["a\r\nb\rc\nd", "<b> & \"q\" 'apostrophe'", mark_safe("<b>kept</b>\nsafe"), 12, ""],
)
def test_linebreaksbr_writes_what_djangos_writes(value):
    assert str(linebreaksbr(value)) == str(django_linebreaksbr(value))

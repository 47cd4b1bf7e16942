"""Scenario 2: the same journey with JavaScript off (plain form posts, full pages) and the
pointer, every page audited with axe."""

import pytest

from .journey import Journey

# The one browser walk of the SQLite pass (tests/conftest.py `runs_on_sqlite`): `make run`
# offers this whole journey there, and without JavaScript every step is a full page the
# server draws from the database (htmx's partial responses run there as view tests).
pytestmark = pytest.mark.sqlite

EMAIL = "erin@example.com"


def test_a_visitor_signs_up_and_builds_two_versions_without_javascript(
    browse, a11y, mailoutbox, tmp_path
):
    journey = Journey(page=browse(js=False), js=False, a11y=a11y)
    journey.run_whole_journey(EMAIL, mailoutbox, tmp_path)
    a11y.assert_clean()

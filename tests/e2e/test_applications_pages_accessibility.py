"""axe on every applications page the journey does not reach — adding by hand, tracking
from a version, deleting, the empty board and week, bad input on each form — in dark mode
at 360 px, and with JavaScript off at 1280 px."""

import pytest

from profiles.versions.snapshot import save_version
from tests.applications_data import tracked_from_reading
from tests.tailoring_data import make_profile


@pytest.mark.parametrize(
    ("js", "scheme", "width"),
    [(True, "dark", 360), (False, "light", 1280)],
    ids=["dark-360", "nojs"],
)
def test_applications_pages_pass_axe(browse, a11y, guard, make_account, js, scheme, width):
    guard.allow_console(r"status of 400 \(Bad Request\)")  # the bad input below, on purpose
    owner = make_account("erin@example.com")
    page = browse(js=js, user=owner, color_scheme=scheme, width=width)
    for url in ["/applications/", "/applications/week/", "/applications/new/"]:
        page.goto(url)
        a11y.check(page, js=js)

    # Bad input: every message next to its field, the summary linking to them.
    page.get_by_label("Where you found it (optional)").fill("not a link")
    page.get_by_label("Salary from (optional)").fill("90000")
    page.get_by_label("Salary to (optional)").fill("80000")
    page.get_by_role("button", name="Track it").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    a11y.check(page, js=js)

    profile = make_profile(owner)
    application = tracked_from_reading(profile)
    version = save_version(profile=profile)
    for url in [
        f"/profiles/{profile.pk}/versions/{version.number}/track/",
        "/applications/?since=yesterday",
        "/applications/week/?week=soon",
        f"{application.get_absolute_url()}delete/",
        application.get_absolute_url(),
    ]:
        page.goto(url)
        a11y.check(page, js=js)
    page.get_by_label("What it is").fill("Panel")
    page.get_by_role("button", name="Add the interview").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    a11y.check(page, js=js)
    a11y.assert_clean()

"""Light first loads: the first visit to any step page moves at most 40 KB over the wire,
measured by the browser, with the app serving as it does when deployed (DEBUG off,
`collectstatic` with hashed, brotli and gzip files, whitenoise, gzip for pages)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import override_settings
from django.test.testcases import LiveServerThread

from profiles.steps.base import STEPS
from tests.conftest import static_as_deployed

from .helpers import log_in

FIRST_LOAD_BUDGET = 40 * 1024


@pytest.fixture
def deployed_url(transactional_db, collected_static) -> Iterator[str]:
    """A live server without the test runner's static handler: /static/ goes through the
    app's own whitenoise middleware, serving the collected, compressed files."""
    with static_as_deployed(collected_static), override_settings(DEBUG=False):
        server = LiveServerThread("localhost", static_handler=lambda app: app)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield f"http://localhost:{server.port}"
        finally:
            server.terminate()


def transferred_bytes(page) -> int:
    """What the browser received for the page and everything it loaded (headers included)."""
    return page.evaluate(
        """() => performance.getEntriesByType("navigation")
              .concat(performance.getEntriesByType("resource"))
              .reduce((total, entry) => total + entry.transferSize, 0)"""
    )


def test_every_step_page_first_load_is_under_40_kb(
    browser, deployed_url, profile_with_two_versions
):
    profile = profile_with_two_versions
    sizes = {}
    for step in STEPS:
        # A new context each time: an empty cache, as on a first visit.
        context = browser.new_context(base_url=deployed_url)
        try:
            log_in(context, deployed_url, profile.owner)
            page = context.new_page()
            response = page.goto(step.url(profile), wait_until="load")
            assert response.status == 200
            assert response.headers.get("content-encoding") == "gzip"
            sizes[step.slug] = transferred_bytes(page)
        finally:
            context.close()
    over = {slug: size for slug, size in sizes.items() if size > FIRST_LOAD_BUDGET}
    assert not over, f"first loads over {FIRST_LOAD_BUDGET} bytes: {over} (all: {sizes})"

"""Real-browser tests: pytest-django's live server on PostgreSQL + Playwright driving
Debian's chromium (Playwright's own browser download is not used).

Every test here:
- runs as a transactional test with serialized rollback, so the guide seeded by the data
  migration is back in the database for each test even though the live server needs the
  table flush of transactional tests (added automatically below);
- shares one browser per session and gets fresh contexts, so the suite stays fast;
- fails when any page it opened logged a CSP violation, a console error, a page error or
  got a 5xx response (see browser_guards.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Playwright's sync API runs an asyncio loop in this thread; Django refuses ORM calls from
# a thread with a running loop unless told it is safe. It is: the loop only drives the
# browser, and the live server answers from its own thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright  # noqa: E402

from tests.conftest import make_user  # noqa: E402

from .accessibility import Auditor  # noqa: E402
from .browser_guards import PageGuard  # noqa: E402
from .helpers import log_in  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]
E2E_DIR = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if E2E_DIR not in Path(str(item.fspath)).parents:
            continue
        item.add_marker(pytest.mark.e2e)
        if item.get_closest_marker("django_db") is None:
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    if not os.access(CHROMIUM, os.X_OK):
        message = (
            f"no chromium at {CHROMIUM}: install the Debian package `chromium` "
            "(apt-get install chromium) to run the browser tests"
        )
        if _in_ci():
            pytest.fail(message + " — CI=true, so a missing browser fails the run", pytrace=False)
        pytest.skip(message)
    driver = sync_playwright().start()
    yield driver
    driver.stop()


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    browser = playwright_driver.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def base_url(live_server) -> str:
    return live_server.url


@pytest.fixture
def auditor(browser: Browser, base_url: str) -> Iterator[Auditor]:
    auditor = Auditor(browser=browser, base_url=base_url)
    yield auditor
    auditor.close()


@pytest.fixture
def a11y(auditor: Auditor) -> Iterator[Auditor]:
    """Use in scenarios that audit every page they visit; fails the test at teardown when a
    violation was never asserted (the scenario normally calls `a11y.assert_clean()`)."""
    yield auditor
    auditor.assert_clean()


@pytest.fixture
def guard() -> PageGuard:
    return PageGuard()


@pytest.fixture
def browse(
    browser: Browser, base_url: str, guard: PageGuard, auditor: Auditor
) -> Iterator[Callable[..., Page]]:
    """browse(js=True, user=None, width=1280, height=900) -> a new page in a new context.

    With `user`, the context carries that account's session cookie (logged in without
    going through the form; the journey scenarios sign in through the form instead).
    """
    contexts: list[BrowserContext] = []

    def open_page(
        *, js: bool = True, user=None, width: int = 1280, height: int = 900, **options
    ) -> Page:
        context = browser.new_context(
            base_url=base_url,
            java_script_enabled=js,
            viewport={"width": width, "height": height},
            accept_downloads=True,
            **options,
        )
        context.set_default_timeout(10_000)
        guard.attach(context)
        contexts.append(context)
        if user is not None:
            log_in(context, base_url, user)
        page = context.new_page()
        auditor.track(page, js=js)
        return page

    yield open_page

    for context in contexts:
        guard.collect_open_pages(context)
        context.close()
    problems = guard.problems()
    if problems:
        pytest.fail("Browser guards tripped:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def make_account(transactional_db, django_user_model) -> Callable:
    """make_account("carol@example.com", is_staff=True) -> a verified account."""

    def create(email: str, **extra):
        return make_user(django_user_model, email, **extra)

    return create


@pytest.fixture
def editor(make_account):
    """A staff member in the "Content editors" group the roles app creates."""
    from django.contrib.auth.models import Group

    user = make_account("editor@example.com", is_staff=True)
    user.groups.add(Group.objects.get(name="Content editors"))
    return user

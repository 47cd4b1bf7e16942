"""Real-browser tests: pytest-django's live server on PostgreSQL + Playwright driving
Debian's chromium (Playwright's own browser download is not used).

Every test here:
- runs as a transactional test with serialized rollback, so the guide seeded by the data
  migration is back in the database for each test even though the live server needs the
  table flush of transactional tests (added automatically below);
- shares one browser (for the whole tests/e2e package) and gets fresh contexts, so the
  suite stays fast;
- fails when any page it opened logged a CSP violation, a console error, a page error or
  got a 5xx response (see browser_guards.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Playwright,
    expect,
    sync_playwright,
)

from tests.conftest import make_user

from .accessibility import Auditor
from .browser_guards import PageGuard
from .helpers import full_answers, log_in

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
# Room for a loaded CI machine; a passing run never waits for it.
expect.set_options(timeout=10_000)


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


@pytest.fixture(scope="package")
def _async_unsafe_allowed() -> Iterator[None]:
    """Playwright's sync API keeps an asyncio loop marked as running in this thread, and
    Django then refuses ORM calls here (SynchronousOnlyOperation) unless told it is safe.
    It is: the loop only drives the browser; the live server answers from its own thread.
    Set for tests/e2e only, so no other test (or subprocess it starts) inherits it."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


# Package scope, not session: while Playwright's sync API is alive it marks its asyncio loop
# as running in this thread, which would make asyncio.run()/async_to_sync in any later
# (non-browser) test fail. One browser for all of tests/e2e, closed when they are done.
@pytest.fixture(scope="package")
def playwright_driver(_async_unsafe_allowed) -> Iterator[Playwright]:
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


@pytest.fixture(scope="package")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    browser = playwright_driver.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture(scope="package", autouse=True)
def _serialized_rollback_with_playwright(browser, django_db_setup, django_db_blocker) -> None:
    """Make serialized rollback work while Playwright runs.

    Django keeps connections in an asgiref Local that is thread-local in sync code but
    context-local once an event loop is running in the thread, and Playwright's sync API
    leaves its loop marked as running. So the test thread then gets a second connection
    object, without the `_test_serialized_contents` that the test database setup stored
    on the first one, and the seeded guide would silently not come back after a flush.
    Copy it across.
    """
    from django.db import connections

    thread_local = connections._connections._storage
    for alias in connections:
        sync_connection = getattr(thread_local, alias, None)
        contents = getattr(sync_connection, "_test_serialized_contents", None)
        if contents is not None:
            connections[alias]._test_serialized_contents = contents


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
    """Use in scenarios that audit every page they visit. They end with
    `a11y.assert_clean()`; if one stops before it, teardown still reports what was found."""
    yield auditor
    # Only violations here: a scenario that stopped early has unaudited pages by design.
    if not auditor.asserted and auditor.violations:
        pytest.fail("\n".join(auditor.report()), pytrace=False)


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


@pytest.fixture
def profile_with_two_versions(make_account):
    """Alice's "Applied AI" profile, every step answered, versions 1 and 2 (new headline)."""
    from profiles.models import Profile
    from profiles.versions.snapshot import save_version
    from roles.models import RoleArchetype

    alice = make_account("alice@example.com")
    answers = full_answers()
    profile = Profile.objects.create(
        owner=alice,
        name="Applied AI",
        lane=RoleArchetype.objects.get(slug="applied-ai"),
        answers=answers,
    )
    save_version(profile=profile, note="First draft")
    answers["messaging"]["overrides"]["linkedin_headline"] = (
        "Production AI Engineer · Eval-gated agents for support · 9 years of backend reliability"
    )
    Profile.objects.filter(pk=profile.pk).update(answers=answers)
    save_version(profile=profile, note="Sharper headline")
    return profile

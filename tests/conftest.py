"""Shared test base: named people (alice, bob, an editor) rather than opaque fixtures."""

import inspect
import re

import pytest
from django.test import Client, override_settings

from tests import db_restore, guide_snapshot

# Transactional tests put the seeded rows back at once, in bulk (see tests/db_restore.py).
db_restore.install()

PASSWORD = "correct horse battery staple 42"


def make_user(django_user_model, email: str, **extra):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD, **extra
    )
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    return user


# A test that drives a view: it asks for a test client (or the live server), or makes one.
_DRIVES_A_VIEW = re.compile(r"\bClient\(|\bsigned_in_client\(")


def drives_a_view(item) -> bool:
    fixtures = getattr(item, "fixturenames", ())
    if "live_server" in fixtures or any(name.endswith("client") for name in fixtures):
        return True
    function = getattr(item, "function", None)
    try:
        source = inspect.getsource(function) if function else ""
    except (OSError, TypeError):
        source = ""
    return bool(_DRIVES_A_VIEW.search(source))


def runs_on_sqlite(item) -> bool:
    """Which tests the SQLite pass (`make run`'s database) runs: what a person meets there.

    - every test that drives a view through a test client: pages, htmx partials, downloads,
      exports, imports and admin pages;
    - the tests marked `sqlite`: services that write without a view (the working copy's
      compare-and-swap, alone and under concurrency; numbering and restoring versions),
      migrations over existing rows, the outage page, and ONE browser journey
      (tests/e2e/test_journey_nojs.py, every step a full page drawn from the database);
    - nothing marked `postgres_only` (row locks under real concurrency), nor `engine_free`:
      view tests of what the engine cannot change (the process's memory, a PDF's layout,
      how many queries the app sends); each of those views keeps its other view tests here.

    Not: other browser tests (their pages run here as view tests, and what the browser
    does with them does not depend on the engine), nor pure functions and engines over the
    guide's content, which do not touch the engine's SQL: they run once, on PostgreSQL.
    tests/test_suite_engines.py holds the rule to this."""
    if item.get_closest_marker("postgres_only") is not None:
        return False
    if item.get_closest_marker("engine_free") is not None:
        return False
    if item.get_closest_marker("sqlite") is not None:
        return True
    if item.get_closest_marker("e2e") is not None:
        return False
    return drives_a_view(item)


def pytest_collection_modifyitems(config, items) -> None:
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    keep, drop = [], []
    for item in items:
        (keep if runs_on_sqlite(item) else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True)
def _fast_password_hasher(request):
    """Argon2 is meant to be slow: it was most of the suite's time in make_user.

    Tests that assert the real hasher opt back in with @pytest.mark.argon2.
    """
    if request.node.get_closest_marker("argon2"):
        yield
        return
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def _fresh_cache(request):
    """Rate-limit counters live in the cache: one test's failed logins must not bite the next;
    and computed results are keyed by row ids, which a test database hands out again. The
    guide's rows are the seeded ones, as a warm process holds them (tests/guide_snapshot.py)."""
    from django.core.cache import caches

    def clear() -> None:
        caches["default"].clear()
        caches["computed"].clear()

    clear()
    with guide_snapshot.seeded_guide(cold=guide_snapshot.starts_cold(request.node)):
        yield
    clear()


def static_as_deployed(root):
    """Settings as a deployment serves /static/: hashed names, compressed twins, no finders."""
    from django.conf import settings

    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    return override_settings(STATIC_ROOT=root, STORAGES=storages, WHITENOISE_USE_FINDERS=False)


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory, request):
    """`collectstatic` run once per run as a deployment runs it, into a folder the test
    processes (pytest-xdist) share: the first to need it writes it under a lock, the others
    read it (it compresses every file twice: seconds of CPU a process). Tests only read
    what it wrote (use with `static_as_deployed`)."""
    import fcntl

    from django.core.management import call_command

    # xdist's workers share the base temporary folder's parent; a run without xdist has its own.
    shared = tmp_path_factory.getbasetemp()
    if hasattr(request.config, "workerinput"):  # an xdist worker (also without the plugin)
        shared = shared.parent
    root, done = shared / "collected-static", shared / "collected-static.done"
    with open(shared / "collected-static.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            root.mkdir(exist_ok=True)
            with static_as_deployed(root):
                call_command("collectstatic", interactive=False, verbosity=0, clear=True)
            done.touch()
    return root


@pytest.fixture
def alice(db, django_user_model):
    return make_user(django_user_model, "alice@example.com")


@pytest.fixture
def bob(db, django_user_model):
    return make_user(django_user_model, "bob@example.com")


def signed_in_client(email: str) -> Client:
    """A client signed in through allauth's login form, as a person would be; unlike
    force_login this records the allauth.usersessions row for the session."""
    client = Client()
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302, response.content
    return client


@pytest.fixture
def alice_client(alice) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob) -> Client:
    client = Client()
    client.force_login(bob)
    return client

"""Which tests the SQLite pass runs (tests/conftest.py `runs_on_sqlite`): what a person
meets on `make run`'s database, not a second copy of the pure-function tests."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import Client

from tests.conftest import runs_on_sqlite


def _item(function, *, fixtures=(), marks=()):
    return SimpleNamespace(
        function=function,
        fixturenames=list(fixtures),
        get_closest_marker=lambda name: object() if name in marks else None,
    )


def _pure():
    assert "a" + "b" == "ab"


def _makes_a_client():
    assert Client().get("/").status_code == 200


def test_a_view_test_runs_on_sqlite():
    assert runs_on_sqlite(_item(_pure, fixtures=["db", "alice_client"]))
    assert runs_on_sqlite(_item(_pure, fixtures=["db", "client"]))
    assert runs_on_sqlite(_item(_makes_a_client, fixtures=["db"]))


def test_a_pure_or_engine_test_runs_once_on_postgresql():
    assert not runs_on_sqlite(_item(_pure))
    assert not runs_on_sqlite(_item(_pure, fixtures=["db", "catalog"]))


def test_the_marks_decide_first():
    assert runs_on_sqlite(_item(_pure, fixtures=["db"], marks=["sqlite"]))
    assert not runs_on_sqlite(_item(_makes_a_client, marks=["postgres_only"]))
    assert not runs_on_sqlite(_item(_makes_a_client, fixtures=["client"], marks=["engine_free"]))
    browser = ["e2e"]
    assert not runs_on_sqlite(_item(_pure, fixtures=["live_server"], marks=browser))
    assert runs_on_sqlite(_item(_pure, fixtures=["live_server"], marks=[*browser, "sqlite"]))


def test_one_browser_journey_runs_on_sqlite():
    """The journey without JavaScript: the other browser tests' pages run as view tests."""
    e2e = Path(__file__).parent / "e2e"
    marked = sorted(p.name for p in e2e.glob("test_*.py") if "pytest.mark.sqlite" in p.read_text())
    assert marked == ["test_journey_nojs.py"]


@pytest.mark.parametrize(
    "path",
    [
        "tests/test_answers_concurrency.py",
        "tests/test_answers_writer.py",
        "tests/test_versioning.py",
        "tests/test_migration_ordered_answers.py",
        "tests/test_advice_migrations.py",
        "tests/test_reading_signals_migration.py",
    ],
)
def test_the_services_that_write_and_the_migrations_are_marked_for_sqlite(path):
    assert "pytest.mark.sqlite" in (Path(__file__).parent.parent / path).read_text()

"""The guide's rows as the migrations seeded them, kept between tests in each test process.

Every test starts from the database as migrated (a test's own writes are rolled back, and
a transactional test's flush is followed by the seeded rows, same keys and values:
tests/db_restore.py). Loading the guide's rows and building what is made of them (the
reader's catalog, the coach's prefilters, the skills of each lane) was about a sixth of a
view test's time when every test loaded them again. So a test starts with the rows that
earlier tests of this process loaded from that same seeded content, as a warm production
process holds them (roles/guide.py), under a stamp of their own.

A test whose rows might not be the seeded ones gives nothing back, and sees the database:
- a content edit through the ORM sets a new stamp (roles/guide.py), as in production;
- any other write to a content table (`update()`, raw SQL, a migration run by the test)
  drops this test's rows at once, so the next read loads what the test wrote.

Tests that count queries, or look at the guide's cache itself, start cold, with no rows, as
every test did before: their counts do not depend on which tests ran before them. A test is
one of them when its own source, or its module's outside the test functions (helpers,
fixtures), counts queries or names `guide.`.
"""

from __future__ import annotations

import ast
import inspect
import re
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from django.core.cache import cache as shared_cache
from django.db import connections

from roles import guide

STAMP = "tests:seeded-content"

# What makes a test start cold, in its own source or its module's helpers (starts_cold).
_COLD = re.compile(
    r"django_assert_(max_)?num_queries|CaptureQueriesContext|assertNumQueries"
    r"|connection\.queries|\bguide\.\w"
)
_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|ALTER|CREATE|DROP|TRUNCATE)\b", re.IGNORECASE)

_seeded: dict = {}


def starts_cold(item) -> bool:
    function = getattr(item, "function", None)
    if function is None or _module_counts(str(item.path)):
        return True
    try:
        return bool(_COLD.search(inspect.getsource(function)))
    except (OSError, TypeError):
        return True


@cache
def _module_counts(path: str) -> bool:
    """Whether the module outside its test functions counts queries or reads the guide."""
    source = Path(path).read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
            continue
        if _COLD.search(ast.get_source_segment(source, node) or ""):
            return True
    return False


class _Watch:
    """Sees every statement the test's connection runs: after any write to a content table
    (a `roles_` table), through the ORM or not, the rows may no longer be the seeded ones."""

    def __init__(self) -> None:
        self.wrote_content = False

    def __call__(self, execute, sql, params, many, context):
        if not self.wrote_content and "roles_" in sql and _WRITE.match(sql):
            self.wrote_content = True
            guide.forget()
        return execute(sql, params, many, context)


@contextmanager
def seeded_guide(*, cold: bool):
    """Around one test: start from the seeded rows (or cold), and keep what it loaded from
    the seeded content for the next test."""
    guide.forget()
    if not cold:
        guide._local.rows = dict(_seeded)
        guide._local.loaded_for = STAMP
        shared_cache.set(guide.STAMP_KEY, STAMP, timeout=None)
    watch = _Watch()
    with connections["default"].execute_wrapper(watch):
        yield
    if not cold and not watch.wrote_content and guide._local.loaded_for == STAMP:
        _seeded.update(guide._local.rows)
    guide.forget()

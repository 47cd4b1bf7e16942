"""tests/guide_snapshot.py: each test starts with the guide's rows as seeded, loaded once
per test process, and a test that changed the content neither sees stale rows nor passes
them on. (This module reads the guide through imported names: a module that names
`guide.` starts cold, and these must start warm.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from roles.guide import ARCHETYPES, archetypes, holds
from roles.models import RoleArchetype
from tests import guide_snapshot
from tests.guide_snapshot import seeded_guide

pytestmark = pytest.mark.django_db


def test_rows_loaded_from_the_seeded_content_start_the_next_test():
    with seeded_guide(cold=False):
        archetypes()
    with CaptureQueriesContext(connection) as queries, seeded_guide(cold=False):
        assert holds(ARCHETYPES)
        assert len(archetypes()) == 5
    assert len(queries) == 0


def test_a_cold_test_starts_without_them():
    with seeded_guide(cold=False):
        archetypes()
    with seeded_guide(cold=True):
        assert not holds(ARCHETYPES)


def test_a_write_that_sends_no_signal_is_seen_and_its_rows_are_not_kept():
    with seeded_guide(cold=False):
        assert "Renamed by update()" not in [a.name for a in archetypes()]
        RoleArchetype.objects.filter(slug="applied-ai").update(name="Renamed by update()")
        assert "Renamed by update()" in [a.name for a in archetypes()]
    kept = guide_snapshot._seeded.get(ARCHETYPES, ())
    assert "Renamed by update()" not in [a.name for a in kept]


def test_an_edit_through_the_orm_is_seen_and_its_rows_are_not_kept():
    with seeded_guide(cold=False):
        archetypes()
        lane = RoleArchetype.objects.get(slug="applied-ai")
        lane.name = "Renamed by save()"
        lane.save()
        assert "Renamed by save()" in [a.name for a in archetypes()]
    kept = guide_snapshot._seeded.get(ARCHETYPES, ())
    assert "Renamed by save()" not in [a.name for a in kept]


def test_a_test_that_counts_queries_starts_cold(request):
    def counts(django_assert_num_queries):  # a test of that shape
        pass

    class Item:
        path = request.node.path
        function = counts

    assert guide_snapshot.starts_cold(Item())
    Item.function = test_a_cold_test_starts_without_them
    assert not guide_snapshot.starts_cold(Item())

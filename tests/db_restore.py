"""The seeded content put back after a transactional test's flush, in one INSERT per table.

Transactional tests (the browser tests, the concurrency and migration tests) end with a
flush of every table. Django puts the rows the migrations seeded (the guide, the coach's
rules, the reading signals...) back from the snapshot it took at set-up, but only at the
start of the next test with `serialized_rollback`, and one `save()` per row: two queries
for each of about 700 rows, about a second on PostgreSQL for every such test. Two changes:

- the rows go back as soon as the flush is done, so the database between two tests is
  always as migrated: a plain `db` test that pytest-xdist's work stealing hands to a
  process after its transactional tests (pytest-django puts those last, but a stolen
  test comes from another process's queue) finds the guide too;
- each table gets its rows in one INSERT of the raw values, as a `save(raw=True)` writes
  them (no `save()` override, no field `pre_save`, no signals: the tests' fresh-cache
  fixture drops every cached guide row before each test).

On PostgreSQL the flush itself deletes rows instead of truncating: TRUNCATE gives every
table and index new files, a fixed cost of about half a second per flush here although the
tables hold a few hundred rows between them; DELETE empties the same tables in a few
milliseconds (the foreign keys Django creates are deferred, so the order does not matter).

tests/test_db_restore.py proves that the restored database serializes exactly as the
snapshot, that a flush is followed by the restore, and that the flush empties every table.
"""

from __future__ import annotations

from collections import defaultdict

from django.core import serializers
from django.db import connections, transaction
from django.db.backends.base.creation import BaseDatabaseCreation
from django.test import TransactionTestCase

_flush_then_restore_installed = False


def restore(connection, data: str) -> None:
    """Insert the snapshot `data` (serialize_db_to_string) into emptied tables."""
    alias = connection.alias
    rows: dict[type, list] = defaultdict(list)
    for deserialized in serializers.deserialize("json", data, using=alias):
        instance = deserialized.object
        rows[type(instance)].append(instance)
        # Only auto-created through tables are serialized, as lists of the other side's pks.
        for name, values in (deserialized.m2m_data or {}).items():
            field = instance._meta.get_field(name)
            through = field.remote_field.through
            source = through._meta.get_field(field.m2m_field_name()).attname
            target = through._meta.get_field(field.m2m_reverse_field_name()).attname
            rows[through].extend(through(**{source: instance.pk, target: pk}) for pk in values)
    with transaction.atomic(using=alias), connection.constraint_checks_disabled():
        for model, instances in rows.items():
            fields = [
                f
                for f in model._meta.local_concrete_fields
                if not (f.primary_key and getattr(instances[0], f.attname) is None)
            ]
            batch = connection.ops.bulk_batch_size(fields, instances) or len(instances)
            for start in range(0, len(instances), batch):
                model._base_manager.using(alias)._insert(
                    instances[start : start + batch], fields=fields, raw=True, using=alias
                )
        connection.check_constraints(table_names=[model._meta.db_table for model in rows])


def _holds_the_snapshot(connection, data: str) -> bool:
    """Whether the seeded rows are there: the first table of the snapshot has rows (between
    tests the database is either as migrated or just flushed, never half of it)."""
    first = next(serializers.deserialize("json", data, using=connection.alias), None)
    if first is None:
        return True
    return type(first.object)._base_manager.using(connection.alias).exists()


def _deserialize_if_flushed(self: BaseDatabaseCreation, data: str) -> None:
    # Django calls this at the start of a test with serialized_rollback; the rows are
    # normally back already (below), so this costs one query.
    if not _holds_the_snapshot(self.connection, data):
        restore(self.connection, data)


def _delete_instead_of_truncate(original):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or not tables:  # TRUNCATE ... RESTART IDENTITY does that in one go
            return original(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        # Checked at commit, once every table is empty; a table outside `tables` that still
        # refers to a deleted row fails the flush there (where CASCADE would have emptied it).
        return ["SET CONSTRAINTS ALL DEFERRED;"] + [
            f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};"
            for table in tables
        ]

    return sql_flush


def install() -> None:
    global _flush_then_restore_installed
    if _flush_then_restore_installed:
        return
    _flush_then_restore_installed = True
    flush = TransactionTestCase._fixture_teardown

    def flush_then_restore(self) -> None:
        flush(self)
        if not self.serialized_rollback:
            return  # that flush re-created the content types (post_migrate): as Django does
        for alias in self._databases_names(include_mirrors=False):
            connection = connections[alias]
            data = getattr(connection, "_test_serialized_contents", None)
            if data is not None:
                restore(connection, data)

    TransactionTestCase._fixture_teardown = flush_then_restore
    from django.db.backends.postgresql.operations import DatabaseOperations

    DatabaseOperations.sql_flush = _delete_instead_of_truncate(DatabaseOperations.sql_flush)
    BaseDatabaseCreation.deserialize_db_from_string = _deserialize_if_flushed

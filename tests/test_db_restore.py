"""Transactional tests put the seeded rows back right after their flush, in bulk
(tests/db_restore.py): the result is the snapshot Django took, row for row."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TransactionTestCase

from roles.models import MessagingRule, RoleArchetype
from tests import db_restore

pytestmark = [pytest.mark.sqlite, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _flush() -> None:
    call_command(
        "flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False
    )


def test_the_restored_rows_serialize_as_the_snapshot():
    snapshot = connection._test_serialized_contents
    assert MessagingRule.objects.filter(lanes__isnull=False).exists()  # m2m rows too
    _flush()
    assert not RoleArchetype.objects.exists()
    db_restore.restore(connection, snapshot)
    assert connection.creation.serialize_db_to_string() == snapshot


def test_a_flush_at_the_end_of_a_test_is_followed_by_the_restore():
    RoleArchetype.objects.filter(slug="founding").update(name="Edited in a test")

    class Case(TransactionTestCase):
        serialized_rollback = True
        databases = {"default"}

    Case()._fixture_teardown()  # what ends every transactional test
    assert RoleArchetype.objects.get(slug="founding").name != "Edited in a test"
    assert connection.creation.serialize_db_to_string() == connection._test_serialized_contents


def test_a_test_that_starts_on_a_flushed_database_gets_the_rows():
    snapshot = connection._test_serialized_contents
    _flush()
    connection.creation.deserialize_db_from_string(snapshot)  # what starts such a test
    assert connection.creation.serialize_db_to_string() == snapshot
    connection.creation.deserialize_db_from_string(snapshot)  # already there: left alone
    assert connection.creation.serialize_db_to_string() == snapshot


def test_the_flush_empties_every_table_whatever_refers_to_what(django_user_model):
    from tests.conftest import make_user

    make_user(django_user_model, "flushed@example.com")  # a user, its email, rows that refer
    _flush()
    from django.apps import apps

    left = [m for m in apps.get_models(include_auto_created=True) if m._base_manager.exists()]
    assert not left
    db_restore.restore(connection, connection._test_serialized_contents)

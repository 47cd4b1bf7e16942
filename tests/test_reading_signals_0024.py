"""Roles migration 0024: assurance, leadership and search signals, without undoing a staff
edit, and back."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = ("roles", "0023_skills_described_as_work")
AFTER = ("roles", "0024_assurance_leadership_and_search_work")


def _signals(target):
    executor = MigrationExecutor(connection)
    return executor.loader.project_state([target]).apps.get_model("roles", "ReadingSignal")


def _migrate(target):
    MigrationExecutor(connection).migrate([target])


def _synonyms(signal, slug, phrase):
    return signal.objects.get(archetype__slug=slug, phrase=phrase).synonyms.splitlines()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_moves_lead_phrases_keeps_staff_edits_and_goes_back():
    _migrate(BEFORE)
    signal = _signals(BEFORE)
    review = signal.objects.get(archetype__slug="lead-ai", phrase="design doc")
    review.synonyms = "\n".join(p for p in review.synonyms.splitlines() if p != "code reviews")
    review.synonyms += "\nreview code"  # a staff edit: the row is theirs now
    review.save()
    before = signal.objects.count()
    edited = review.synonyms

    _migrate(AFTER)
    signal = _signals(AFTER)
    assert "lead the design" not in _synonyms(signal, "lead-ai", "tech lead")
    assert "to executives" in _synonyms(signal, "lead-ai", "eval CI")
    assert "executives" not in _synonyms(signal, "lead-ai", "eval CI")
    assert signal.objects.get(archetype__slug="lead-ai", phrase="design doc").synonyms == edited
    assert signal.objects.filter(group__letter="D", phrase="prompt injection").exists()
    assert signal.objects.filter(archetype__slug="lead-ai", phrase="lead AI engineer").exists()
    assert signal.objects.count() > before

    _migrate(BEFORE)
    signal = _signals(BEFORE)
    assert signal.objects.count() == before
    assert "lead the design" in _synonyms(signal, "lead-ai", "tech lead")
    assert "executives" in _synonyms(signal, "lead-ai", "eval CI")
    assert not signal.objects.filter(group__letter="D", phrase="prompt injection").exists()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

"""Roles migration 0017: widens the reading signals without undoing a staff edit."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

WIDEN = importlib.import_module("roles.migrations.0017_reading_signals_from_the_holdout_errors")
BEFORE = ("roles", "0016_copy_that_reads_as_written")
AFTER = ("roles", "0017_reading_signals_from_the_holdout_errors")


def _signals(target):
    executor = MigrationExecutor(connection)
    return executor.loader.project_state([target]).apps.get_model("roles", "ReadingSignal")


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])


@pytest.mark.sqlite
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_keeps_staff_edits_and_goes_back():
    _migrate(BEFORE)
    signal = _signals(BEFORE)
    slo = signal.objects.get(archetype__slug="ai-platform", phrase="SLO")
    slo.weight = 5  # a staff edit: the row no longer equals the seed
    slo.save()
    mentoring = signal.objects.filter(skill__slug="mentoring").first()
    signal.objects.create(skill=mentoring.skill, phrase="Coach", weight=2)
    added_before = signal.objects.count()

    _migrate(AFTER)
    signal = _signals(AFTER)
    assert "on-call" in signal.objects.get(archetype__slug="ai-platform", phrase="SLO").synonyms
    coach = signal.objects.filter(skill__slug="mentoring", phrase__iexact="coach")
    assert [(s.phrase, s.weight) for s in coach] == [("Coach", 2)]
    assert signal.objects.filter(archetype__slug="ai-platform", phrase="on-call").exists()
    assert signal.objects.filter(group__letter="D", phrase="fairness").exists()
    assert signal.objects.count() > added_before

    _migrate(BEFORE)
    signal = _signals(BEFORE)
    assert signal.objects.count() == added_before
    assert signal.objects.filter(skill__slug="mentoring", phrase="Coach").exists()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
def test_it_takes_on_call_out_of_the_slo_signal_on_a_fresh_database():
    from roles.models import ReadingSignal

    slo = ReadingSignal.objects.get(archetype__slug="ai-platform", phrase="SLO")
    assert "on-call" not in slo.synonyms_list
    on_call = ReadingSignal.objects.get(archetype__slug="ai-platform", phrase="on-call")
    assert on_call.weight == 2


def test_every_added_entry_parses_to_a_phrase_and_a_weight_in_range():
    for table in WIDEN.ADDITIONS.values():
        for entries in table.values():
            for entry in entries:
                weight, phrase, _ = WIDEN.parse(entry)
                assert phrase and 1 <= abs(weight) <= 10


ROUND_TWO = importlib.import_module("roles.migrations.0023_skills_described_as_work")
BEFORE_0023 = ("roles", "0022_lane_lines")
AFTER_0023 = ("roles", "0023_skills_described_as_work")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_0023_keeps_staff_edits_and_goes_back():
    _migrate(BEFORE_0023)
    signal = _signals(BEFORE_0023)
    patterns = signal.objects.get(skill__slug="agent-patterns", phrase="agent patterns")
    patterns.weight = 4  # a staff edit: their row keeps "checkpointing" as they left it
    patterns.save()
    prompting = signal.objects.filter(skill__slug="prompting").first()
    signal.objects.create(skill=prompting.skill, phrase="Few-shot", weight=5)
    before = signal.objects.count()

    _migrate(AFTER_0023)
    signal = _signals(AFTER_0023)
    edited = signal.objects.get(skill__slug="agent-patterns", phrase="agent patterns")
    assert edited.weight == 4 and "checkpointing" in edited.synonyms
    few_shot = signal.objects.filter(skill__slug="prompting", phrase__iexact="few-shot")
    assert [(s.phrase, s.weight) for s in few_shot] == [("Few-shot", 5)]
    added = signal.objects.count() - before
    assert added == len(ROUND_TWO.ADDITIONS) - 1  # all but the one staff had written

    _migrate(BEFORE_0023)
    signal = _signals(BEFORE_0023)
    assert signal.objects.count() == before
    assert signal.objects.filter(skill__slug="prompting", phrase="Few-shot").exists()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_0023_splits_checkpointing_out_and_back():
    _migrate(BEFORE_0023)
    _migrate(AFTER_0023)
    signal = _signals(AFTER_0023)
    main = signal.objects.get(skill__slug="agent-patterns", phrase="agent patterns")
    assert "checkpointing" not in main.synonyms.splitlines()
    assert signal.objects.get(skill__slug="agent-patterns", phrase="checkpointing").weight == 2

    _migrate(BEFORE_0023)
    signal = _signals(BEFORE_0023)
    main = signal.objects.get(skill__slug="agent-patterns", phrase="agent patterns")
    assert "checkpointing" in main.synonyms.splitlines()
    assert not signal.objects.filter(skill__slug="agent-patterns", phrase="checkpointing").exists()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

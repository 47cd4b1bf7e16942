"""Roles migrations 0011-0015: skills to emphasize move into rows without losing an edit,
every lane gets a gap order without overwriting one, the guide's rules are listed."""

import importlib

import pytest
from django.apps import apps as global_apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from roles.models import Gap, GapPriority, MessagingRule, RoleArchetype, SkillEmphasis

MOVE = importlib.import_module("roles.migrations.0012_move_skills_to_emphasize_into_rows")
ORDERS = importlib.import_module("roles.migrations.0014_gap_priorities_for_every_lane")
RULES = importlib.import_module("roles.migrations.0015_guide_rules_shown_before_texts")
SEED = importlib.import_module("roles.migrations.0002_seed_guide")

BEFORE = ("roles", "0011_skill_emphasis_and_advice_flags")
AFTER = ("roles", "0013_remove_archetype_skill_fields")


def test_split_words_keeps_order_and_drops_repeats_and_blanks():
    assert MOVE.split_words(" RAG, evals,, rag , cost/latency ,") == [
        "RAG",
        "evals",
        "cost/latency",
    ]


@pytest.mark.parametrize("slug", list(SEED.EMPHASIS))
def test_every_seeded_skill_goes_to_one_of_the_guides_words(slug):
    text = next(row[6] for row in SEED.ARCHETYPES if row[2] == slug)
    rows = MOVE.share_out(slug, MOVE.split_words(text), SEED.EMPHASIS[slug])
    assert list(rows) == MOVE.split_words(text)  # no row beyond the guide's words
    assert {name for names in rows.values() for name in names} == set(SEED.EMPHASIS[slug])


def test_an_edited_lane_matches_by_name_and_keeps_what_no_row_claims():
    rows = MOVE.share_out("my-lane", ["async Python", "vector search"], ["Python", "Docker"])
    assert rows == {"async Python": ["Python"], "vector search": [], "Docker": ["Docker"]}


@pytest.mark.sqlite
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_moves_an_edited_archetype_and_goes_back():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps
    Archetype = old.get_model("roles", "RoleArchetype")
    Skill = old.get_model("roles", "Skill")
    founding = Archetype.objects.get(slug="founding")
    # An editor had typed an extra item and linked a skill no item names.
    founding.skills_to_emphasize += ", Python glue"
    founding.save()
    founding.emphasized_skills.add(Skill.objects.get(name="Python"), Skill.objects.get(name="SQL"))

    executor = MigrationExecutor(connection)
    executor.migrate([AFTER])
    rows = {
        e.wording: sorted(s.name for s in e.skills.all())
        for e in SkillEmphasis.objects.filter(archetype__slug="founding")
    }
    assert list(rows)[-3:] == ["basic ops", "Python glue", "SQL"]
    assert rows["Python glue"] == ["Python"]
    assert rows["SQL"] == ["SQL"]
    assert rows["backend/API work"] == ["APIs", "services/workers"]

    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    back = executor.loader.project_state([BEFORE]).apps.get_model("roles", "RoleArchetype")
    founding = back.objects.get(slug="founding")
    assert founding.skills_to_emphasize.endswith("basic ops, Python glue, SQL")
    assert {s.name for s in founding.emphasized_skills.all()} == set(SEED.EMPHASIS["founding"]) | {
        "Python",
        "SQL",
    }

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
def test_gap_orders_are_added_where_missing_and_an_edit_is_kept():
    lead = RoleArchetype.objects.get(slug="lead-ai")
    mcp = Gap.objects.get(slug="mcp")
    GapPriority.objects.filter(archetype=lead, gap=mcp).update(priority=1, is_suggested=False)
    GapPriority.objects.filter(archetype__slug="reliability-evals").delete()

    ORDERS.forwards(global_apps, None)

    kept = GapPriority.objects.get(archetype=lead, gap=mcp)
    assert (kept.priority, kept.is_suggested) == (1, False)
    evals = RoleArchetype.objects.get(slug="reliability-evals")
    assert evals.gap_priorities.count() == Gap.objects.count()
    assert not evals.gap_priorities.filter(is_suggested=False).exists()


@pytest.mark.django_db
def test_the_guides_nine_rules_are_listed_before_the_texts():
    listed = set(
        MessagingRule.objects.filter(shown_before_texts=True).values_list("slug", flat=True)
    )
    assert listed == set(RULES.GUIDE_RULES)
    guide_texts = {text for _kind, _slug, text, _why in SEED.RULES}
    assert set(MessagingRule.objects.filter(slug__in=listed).values_list("text", flat=True)) <= (
        guide_texts
    )

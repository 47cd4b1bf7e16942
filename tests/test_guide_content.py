"""The data migration loads the whole guide, word for word."""

import pytest

from roles.models import (
    CredibilityPoint,
    DayToDayShare,
    Gap,
    GlossaryTerm,
    InterviewExpectation,
    MessageTemplate,
    MessagingRule,
    RoleArchetype,
    RoleGroup,
    Skill,
    SkillDomain,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "count"),
    [
        (RoleGroup, 5),
        (RoleArchetype, 5),
        (SkillDomain, 8),
        (Gap, 6),
        (InterviewExpectation, 8),
        (GlossaryTerm, 8),
        (CredibilityPoint, 5),
    ],
)
def test_it_has_one_row_per_guide_row(model, count):
    assert model.objects.count() == count


def test_messaging_rules_and_snippets_to_avoid():
    assert MessagingRule.objects.filter(kind="rule").count() == 5
    assert MessagingRule.objects.filter(kind="avoid").count() == 4


def test_every_archetype_day_to_day_sums_to_100():
    for archetype in RoleArchetype.objects.all():
        assert sum(s.percent for s in archetype.shares.all()) == 100, archetype
    assert DayToDayShare.objects.count() == 25


def test_skills_are_split_into_must_and_stretch():
    llm = SkillDomain.objects.get(name="LLM app engineering")
    assert [s.name for s in llm.skills.filter(level=Skill.MUST).order_by("order")] == [
        "Prompting", "RAG", "agents", "tool calling", "context management",
        "guardrails", "evals", "model selection",
    ]  # fmt: skip
    assert [s.name for s in llm.skills.filter(level=Skill.STRETCH).order_by("order")] == [
        "Fine-tuning", "MCP", "multi-agent workflows",
    ]  # fmt: skip


def test_exact_strings_from_the_guide():
    applied = RoleArchetype.objects.get(slug="applied-ai")
    assert applied.name == "Applied AI / Agent Engineer"
    assert applied.work_shape == "Build agents, RAG, tools, evals, guardrails"
    assert applied.group.letter == "B"
    assert MessageTemplate.objects.get(key="primary_line").body == (
        "Production AI engineer who ships reliable agentic systems — and the platforms "
        "that serve them."
    )
    assert MessageTemplate.objects.get(key="expanded_line").body == (
        "{level} engineer with {years}+ years across {domains}, now building {ai_work}."
    )
    assert Gap.objects.get(default_priority=1).deliverable == "Eval harness repo + writeup"
    assert GlossaryTerm.objects.get(term="KV cache").meaning == (
        "Cached transformer keys/values that reduce repeated compute"
    )
    lead_only = InterviewExpectation.objects.get(only_for__isnull=False)
    assert lead_only.text == "Lead architecture reviews and mentor engineers (lead lane)."
    assert lead_only.only_for.slug == "lead-ai"

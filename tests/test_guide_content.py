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


def test_the_guides_messaging_rules_and_snippets_to_avoid():
    # Later work may add checks of its own; the guide's nine rows must be there word for word.
    rules = set(MessagingRule.objects.filter(kind="rule").values_list("text", flat=True))
    assert {
        "Lead with shipped work, not aspiration.",
        'Say "production AI engineer", not "transitioning to AI".',
        "Translate your existing engineering stories into AI language: reliability, evals, "
        "incidents, cost, rollout.",
        "Use numbers when possible: users, uptime, cost saved, support reduction.",
        "Be framework-agnostic; sound judgment-heavy, not trend-heavy.",
    } <= rules
    assert MessagingRule.objects.filter(kind="avoid").count() >= 4
    avoid = " | ".join(MessagingRule.objects.filter(kind="avoid").values_list("text", flat=True))
    for snippet in [
        "I'm transitioning to AI.",
        "I've been learning LangGraph.",
        "I'm not really an AI specialist but...",
        "I can do research-heavy ML too",
    ]:
        assert snippet in avoid


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


def test_every_checklist_skill_is_there():
    assert Skill.objects.count() == 79
    per_domain = {
        domain.name: (
            domain.skills.filter(level=Skill.MUST).count(),
            domain.skills.filter(level=Skill.STRETCH).count(),
        )
        for domain in SkillDomain.objects.all()
    }
    assert per_domain == {
        "Core AI / ML": (5, 3),
        "LLM app engineering": (8, 3),
        "AI system design": (8, 2),
        "Software engineering": (8, 3),
        "MLOps / LLMOps": (6, 3),
        "Cloud / infra": (8, 3),
        "Data engineering": (6, 3),
        "Product / leadership / responsible AI": (8, 2),
    }


def test_every_template_of_the_guide_is_there_in_order():
    guide_keys = [
        "primary_line", "expanded_line", "pitch", "moat", "best_use",
        "linkedin_headline", "opener", "cold_intro", "lead_signal", "founder_signal",
    ]  # fmt: skip
    keys = list(MessageTemplate.objects.values_list("key", flat=True))
    assert [key for key in keys if key in guide_keys] == guide_keys


def test_the_guide_order_is_kept():
    assert list(RoleGroup.objects.values_list("letter", flat=True)) == list("ABCDE")
    assert list(RoleArchetype.objects.values_list("slug", flat=True)) == [
        "applied-ai", "lead-ai", "ai-platform", "reliability-evals", "founding",
    ]  # fmt: skip
    assert list(Gap.objects.values_list("default_priority", flat=True)) == [1, 2, 3, 4, 5, 6]
    assert GlossaryTerm.objects.first().term == "Agent"
    assert InterviewExpectation.objects.first().text == "Design a production RAG system."


def test_more_exact_strings_from_the_guide():
    founding = RoleArchetype.objects.get(slug="founding")
    assert [(s.percent, s.activity) for s in founding.shares.all()] == [
        (40, "code"), (20, "customer work"), (15, "hiring"),
        (10, "ops"), (10, "strategy"), (5, "docs"),
    ]  # fmt: skip
    assert RoleGroup.objects.get(letter="D").fit == "Best moat / specialization"
    assert Gap.objects.get(name="MCP").deliverable == "Small MCP server + writeup"
    assert MessageTemplate.objects.get(key="cold_intro").body == (
        "I ship production AI systems with strong debugging, rollout, and engineering instincts."
    )
    assert MessageTemplate.objects.get(key="pitch").body == (
        "Production-disciplined engineer with {artifact} and {edge}."
    )
    assert GlossaryTerm.objects.get(term="MCP").meaning == (
        "Model Context Protocol for tool / resource integration"
    )
    assert MessagingRule.objects.filter(
        text="Lead with shipped work, not aspiration.", kind="rule"
    ).exists()
    assert CredibilityPoint.objects.first().name == "Product engineering depth"

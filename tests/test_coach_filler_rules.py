"""The wider coach: filler, buzzwords and unbacked claims, and the narrowed guide rules."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError

from profiles.coach.engine import check_texts
from roles.models import MessagingRule

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("roles.migrations.0008_filler_rules")


def findings(text: str, *, key: str = "linkedin_about", lane: str | None = "applied-ai"):
    return check_texts({key: text}, lane_slug=lane)[key]


def slugs(text: str, **kw) -> list[str]:
    return [f.rule_slug for f in findings(text, **kw)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Deeply passionate about LLM tooling.", "filler-passionate"),
        ("I aspire to become an ML engineer.", "filler-aspiring"),
        ("Quick learner who ships.", "filler-eager-to-learn"),
        ("Relatively new to machine learning.", "filler-new-to-ai"),
        ("I taught myself machine learning.", "filler-self-taught"),
        ("Agents that will revolutionize support.", "buzz-trend-words"),
        ("Drove cross-team synergy.", "buzz-synergy"),
        ("Thought leader in applied AI.", "buzz-hype-titles"),
        ("Greatly improved performance of the ranking service.", "vague-claim-no-number"),
    ],
)
def test_each_filler_rule_names_itself_quotes_the_words_and_says_how_to_fix(text, rule):
    [finding] = [f for f in findings(text, key="cold_intro") if f.rule_slug == rule]
    assert finding.quote and finding.quote.casefold() in text.casefold()
    assert finding.message and finding.fix
    assert finding.severity == "warning"


def test_a_vague_claim_is_backed_by_a_figure_in_the_same_sentence_only():
    assert "vague-claim-no-number" not in slugs("Greatly reduced pages, from 40 a week to 6.")
    assert "vague-claim-no-number" not in slugs("Cut costs significantly, by half.")
    # A number in the next sentence does not back this one.
    assert "vague-claim-no-number" in slugs("Greatly reduced pages. Led 4 engineers.")
    assert "vague-claim-no-number" in slugs("Led 4 engineers.\nGreatly reduced pages")
    # A decimal point does not end the sentence.
    assert "vague-claim-no-number" not in slugs("Significantly cut p99 to 1.5 s.")


def test_each_unbacked_claim_in_a_text_is_reported():
    text = "Significantly reduced costs. Cut 3 services. Greatly improved uptime."
    quotes = [f.quote for f in findings(text) if f.rule_slug == "vague-claim-no-number"]
    assert quotes == ["Significantly reduced", "Greatly improved"]


@pytest.mark.parametrize(
    "text",
    [
        "Teams switching to AI-assisted support saw fewer escalations.",
        "I led the transition of our payments platform to Kubernetes.",
        "I was transitioning three services to Kubernetes when the outage hit.",
        "I learn from every incident.",
        "Reinforcement learning agents were out of scope.",
        "Support agents, not ML experts, tune the prompts.",
        "Partnered with the ML research team on eval design.",
        "Leveraged caching to cut p95 latency from 900 ms to 140 ms.",
    ],
)
def test_ordinary_engineering_language_gets_no_finding(text):
    assert slugs(text, key="cold_intro") == []


def test_a_pattern_staff_edited_is_left_alone_by_the_migration():
    rule = MessagingRule.objects.get(slug="say-production-ai-engineer")
    rule.pattern = r"\bmy own words\b"
    rule.save()
    MIGRATION.backwards(django_apps, None)
    MIGRATION.forwards(django_apps, None)
    assert MessagingRule.objects.get(slug="say-production-ai-engineer").pattern == (
        r"\bmy own words\b"
    )


def test_the_migration_goes_back_to_the_guide_patterns_and_forward_again():
    MIGRATION.backwards(django_apps, None)
    assert not MessagingRule.objects.filter(slug="filler-passionate").exists()
    for slug, (old, _new) in MIGRATION.PATTERN_UPDATES.items():
        assert MessagingRule.objects.get(slug=slug).pattern == old
    MIGRATION.forwards(django_apps, None)
    assert MessagingRule.objects.filter(slug__in=[r["slug"] for r in MIGRATION.FILLER_RULES])
    assert MessagingRule.objects.filter(kind="rule", check_type="vague_claim").count() == 1
    for slug, (_old, new) in MIGRATION.PATTERN_UPDATES.items():
        assert MessagingRule.objects.get(slug=slug).pattern == new


def test_a_vague_claim_rule_needs_a_pattern():
    rule = MessagingRule(kind="rule", slug="x", text="x", check_type="vague_claim", pattern="")
    with pytest.raises(ValidationError, match="needs a pattern"):
        rule.clean()

"""Every shipped coach rule fires on an example and stays quiet on a clean counterpart."""

import pytest

from profiles.coach.engine import check_texts, first_sentence, open_count
from roles.models import MessagingRule

pytestmark = pytest.mark.django_db


def slugs(text: str, *, key: str = "cold_intro", lane: str | None = "applied-ai", **kw) -> list:
    return [f.rule_slug for f in check_texts({key: text}, lane_slug=lane, **kw)[key]]


# (rule, text key, text that breaks it, a clean counterpart)
CASES = [
    # The guide's four snippets and their close variants.
    (
        "avoid-transitioning-to-ai",
        "cold_intro",
        "I'm transitioning to AI.",
        "I ship production AI.",
    ),
    ("avoid-transitioning-to-ai", "cold_intro", "I am transitioning", "I am shipping agents."),
    (
        "avoid-transitioning-to-ai",
        "cold_intro",
        "I'm transitioning into AI",
        "I'm shipping into prod.",
    ),
    (
        "avoid-transitioning-to-ai",
        "cold_intro",
        "I transitioned into ML last year.",
        "I led the ML rollout.",
    ),
    (
        "avoid-transitioning-to-ai",
        "cold_intro",
        "I’M   SLOWLY transitioning to ai",
        "Slow rollouts win.",
    ),
    ("avoid-transitioning-to-ai", "cold_intro", "I've been transitioning", "I've been on call."),
    (
        "avoid-learning-langgraph",
        "cold_intro",
        "I've been learning LangGraph.",
        "I shipped a LangGraph agent.",
    ),
    (
        "avoid-learning-langgraph",
        "cold_intro",
        "I have been learning LangGraph",
        "I have run LangGraph in prod.",
    ),
    ("avoid-learning-langgraph", "cold_intro", "been learning langgraph", "been shipping agents"),
    (
        "avoid-learning-langgraph",
        "cold_intro",
        "I've been slowly learning about LangChain",
        "I chose LangChain.",
    ),
    (
        "avoid-not-a-specialist",
        "cold_intro",
        "I'm not really an AI specialist but...",
        "I am an AI engineer.",
    ),
    ("avoid-not-a-specialist", "cold_intro", "not really an AI specialist", "really an AI builder"),
    (
        "avoid-not-a-specialist",
        "cold_intro",
        "I'm not an AI expert but I ship",
        "I'm not slow to ship.",
    ),
    (
        "avoid-not-a-specialist",
        "cold_intro",
        "I am no expert in machine learning",
        "I am an expert in RAG.",
    ),
    (
        "avoid-research-heavy-ml",
        "cold_intro",
        "I can do research-heavy ML too",
        "I can run evals too.",
    ),
    (
        "avoid-research-heavy-ml",
        "cold_intro",
        "Happy to do research heavy machine learning.",
        "Happy to debug.",
    ),
    # "Transitioning" wording: say "production AI engineer".
    (
        "say-production-ai-engineer",
        "cold_intro",
        "Currently switching into AI.",
        "Production AI engineer.",
    ),
    ("say-production-ai-engineer", "cold_intro", "Moving into AI after ten years.", "Moving fast."),
    (
        "say-production-ai-engineer",
        "cold_intro",
        "My transition to generative AI",
        "My rollout of GenAI",
    ),
    (
        "say-production-ai-engineer",
        "cold_intro",
        "Breaking into AI engineering",
        "Breaking changes.",
    ),
    # Use numbers in a pitch, opener or About.
    (
        "use-numbers",
        "pitch",
        "Engineer with an agent and depth.",
        "Engineer with an agent serving 2,000 users.",
    ),
    (
        "use-numbers",
        "linkedin_about",
        "I build agents.",
        "I built agents that save 40% of support time.",
    ),
    # Lead with shipped work in the opener and About.
    (
        "lead-with-shipped-work",
        "opener",
        "Senior engineer, 9+ years across backend. Most recent AI work: an agent.",
        "I shipped an agent that resolves 30% of tickets. Senior engineer.",
    ),
    (
        "lead-with-shipped-work",
        "linkedin_about",
        "Passionate about AI and the future.\nI shipped an agent.",
        "Launched a RAG assistant used by 4,000 staff.",
    ),
    # Translate engineering stories into AI language.
    (
        "translate-engineering-stories",
        "opener",
        "I shipped an agent.",
        "I shipped an agent with evals.",
    ),
    # Framework-agnostic: three or more framework names in one text.
    (
        "framework-agnostic",
        "cold_intro",
        "Built with LangGraph, LangChain and CrewAI.",
        "Built with LangGraph and a plain loop.",
    ),
    # Filler and buzzwords beyond the guide (more in test_coach_filler_rules.py).
    ("filler-passionate", "cold_intro", "Passionate about AI.", "I run AI in production."),
    ("filler-aspiring", "cold_intro", "Aspiring AI engineer.", "Aspiring to 99.99% uptime."),
    ("filler-eager-to-learn", "cold_intro", "Eager to learn.", "I learn from every incident."),
    ("filler-new-to-ai", "cold_intro", "I'm new to AI.", "Docs for teams new to AI tooling."),
    ("filler-self-taught", "cold_intro", "Self-taught in ML.", "A self-healing ML pipeline."),
    ("buzz-trend-words", "cold_intro", "Cutting-edge agents.", "Edge caching for agents."),
    ("buzz-synergy", "cold_intro", "Leverage synergies.", "Leveraged caching."),
    ("buzz-hype-titles", "cold_intro", "Python ninja.", "Python on-call owner."),
    (
        "vague-claim-no-number",
        "cold_intro",
        "Significantly reduced costs.",
        "Significantly reduced costs, by 40%.",
    ),
    # Over-limit lengths.
    ("within-length-limit", "linkedin_headline", "x" * 221, "x" * 220),
    ("within-length-limit", "connection_note", "é" * 201, "é" * 200),
    # The copy lint (more in test_copy_lint.py and the phrase sets, test_lint_eval.py).
    (
        "lint-capital-after-join",
        "linkedin_about",
        "I ran it and Designing the tests was mine.",
        "I ran it with Kubernetes and Terraform.",
    ),
    ("lint-doubled-words", "pitch", "I built the the agent.", "I said that that plan works."),
    (
        "lint-long-parenthetical",
        "pitch",
        "I built it (with two engineers, a designer and a product manager, in six weeks).",
        "I built it (with two engineers).",
    ),
    ("lint-lowercase-start", "pitch", "I built it. it works.", "iOS apps, e.g. the Calm app."),
    (
        "lint-repeated-figure",
        "pitch",
        "It cut triage by 40%. A 40% cut.",
        "Triage fell 40%; cost fell 40% too.",
    ),
    (
        "lint-headline-no-ai",
        "linkedin_headline",
        "Staff Engineer · Payments",
        "Staff Engineer · LLM agents for payments",
    ),
    ("lint-private-aside", "pitch", "Built under NDA.", "Built an internal platform."),
    (
        "lint-name-case",
        "pitch",
        "I built Inference-gateway.",
        "I built inference-gateway.",
    ),
    ("lint-spoken-label", "opener", "Rare angle: evals.", "My angle is evals."),
]
NAMES = ["inference-gateway"]  # the person's artifact names, for the name-case check


@pytest.mark.parametrize(("rule", "key", "bad", "clean"), CASES)
def test_each_shipped_rule_fires_on_an_example_and_not_on_a_clean_one(rule, key, bad, clean):
    assert rule in slugs(bad, key=key, names=NAMES)
    assert rule not in slugs(clean, key=key, names=NAMES)


def test_every_active_rule_except_guidance_has_a_case():
    checked = {case[0] for case in CASES}
    shipped = set(
        MessagingRule.objects.filter(is_active=True)
        .exclude(kind="rule", check_type="guidance")
        .values_list("slug", flat=True)
    )
    assert shipped <= checked


def test_a_finding_names_its_rule_quotes_the_words_and_says_how_to_fix():
    [finding] = check_texts(
        {"pitch": "So: I'm transitioning into AI, 5 years in."}, lane_slug=None
    )["pitch"]
    assert finding.rule_slug == "avoid-transitioning-to-ai"
    assert finding.rule_name == "I'm transitioning to AI."  # the guide's words
    assert finding.quote == "I'm transitioning into AI"
    assert finding.fix and finding.message


def test_a_snippet_is_reported_once_not_again_by_the_wording_rule():
    assert slugs("I'm transitioning to AI") == ["avoid-transitioning-to-ai"]


@pytest.mark.parametrize("lane", ["applied-ai", "lead-ai", "ai-platform"])
def test_research_heavy_ml_fires_for_applied_and_platform_lanes(lane):
    assert "avoid-research-heavy-ml" in slugs("I can do research-heavy ML too", lane=lane)


@pytest.mark.parametrize("lane", ["reliability-evals", "founding", None])
def test_research_heavy_ml_stays_quiet_for_other_lanes(lane):
    assert "avoid-research-heavy-ml" not in slugs("I can do research-heavy ML too", lane=lane)


def test_rules_only_check_the_texts_they_apply_to():
    # "Use numbers" is for a pitch, opener or About, not a headline.
    assert "use-numbers" not in slugs("Production AI Engineer", key="linkedin_headline")


def test_naming_an_artifact_counts_as_leading_with_shipped_work():
    text = "Ticket Triage Agent: my support copilot. Senior engineer."
    assert "lead-with-shipped-work" in slugs(text, key="opener")
    assert "lead-with-shipped-work" not in slugs(
        text, key="opener", artifacts=["Ticket triage agent"]
    )


def test_first_sentence_stops_at_the_first_full_stop_or_line_break():
    assert first_sentence("One two. Three.") == "One two."
    assert first_sentence("Line one\nLine two.") == "Line one"
    assert first_sentence("8.5 years of uptime. Next.") == "8.5 years of uptime."


def test_dismissed_findings_are_marked_and_not_counted():
    texts = {"pitch": "I'm transitioning to AI"}
    findings = check_texts(
        texts, lane_slug=None, dismissed={"pitch": ["avoid-transitioning-to-ai"]}
    )
    dismissed = [f for f in findings["pitch"] if f.rule_slug == "avoid-transitioning-to-ai"]
    assert dismissed and all(f.dismissed for f in dismissed)
    assert open_count(findings) == len(findings["pitch"]) - len(dismissed)


def test_an_inactive_rule_does_not_fire():
    MessagingRule.objects.filter(slug="avoid-transitioning-to-ai").update(is_active=False)
    assert "avoid-transitioning-to-ai" not in slugs("I'm transitioning to AI")


def test_a_stored_regex_that_no_longer_compiles_is_skipped_not_a_crash():
    MessagingRule.objects.filter(slug="avoid-learning-langgraph").update(pattern="(unclosed")
    assert "avoid-learning-langgraph" not in slugs("I've been learning LangGraph")


def test_it_checks_with_a_fixed_number_of_queries(django_assert_num_queries):
    texts = {f"key{i}": "I'm transitioning to AI" for i in range(10)}
    with django_assert_num_queries(3):  # rules, their lanes, template limits
        findings = check_texts(texts, lane_slug="applied-ai")
    assert set(findings) == set(texts)
    for key in texts:
        assert "avoid-transitioning-to-ai" in [f.rule_slug for f in findings[key]], key


def test_the_guide_rows_keep_their_words():
    words = dict(MessagingRule.objects.values_list("slug", "text"))
    assert words["avoid-transitioning-to-ai"] == "I'm transitioning to AI."
    assert words["avoid-learning-langgraph"] == "I've been learning LangGraph."
    assert words["avoid-not-a-specialist"] == "I'm not really an AI specialist but..."
    assert words["avoid-research-heavy-ml"] == "I can do research-heavy ML too"
    assert words["use-numbers"] == (
        "Use numbers when possible: users, uptime, cost saved, support reduction."
    )
    assert MessagingRule.objects.filter(kind="avoid").count() == 4

"""Messaging step: the guide's messaging rules and snippets to avoid are listed before the
texts, for the person's lane, whether or not the coach has a finding for them."""

import pytest

from roles.models import MessagingRule, RoleArchetype

from .coach_data import make_profile
from .step_data import step_url

pytestmark = pytest.mark.django_db

GUIDE_RULES = [
    "Lead with shipped work, not aspiration.",
    "Translate your existing engineering stories into AI language: reliability, evals, "
    "incidents, cost, rollout.",
    "Use numbers when possible: users, uptime, cost saved, support reduction.",
    "Be framework-agnostic; sound judgment-heavy, not trend-heavy.",
]
GUIDE_SNIPPETS = [
    "I'm transitioning to AI.",
    "I've been learning LangGraph.",
    "I'm not really an AI specialist but...",
]
RESEARCH = "I can do research-heavy ML too"


def advice_block(body: str) -> str:
    start = body.index('class="card guide-advice"')
    return body[start : body.index("</section>", start)]


def messaging_page(client, profile) -> str:
    response = client.get(step_url(profile, "messaging"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_rules_and_snippets_come_before_the_texts(alice, alice_client):
    body = messaging_page(alice_client, make_profile(alice, lane=None))
    assert body.index("Before you write: the guide's messaging rules") < body.index(
        'class="card text-card"'
    )
    block = advice_block(body)
    assert "Say &quot;production AI engineer&quot;, not &quot;transitioning to AI&quot;." in block
    for text in GUIDE_RULES:
        assert text in block
    for text in GUIDE_SNIPPETS:
        assert f"<q>{text.replace(chr(39), '&#x27;')}</q>" in block
    # In the guide's order: the five rules, then the four snippets.
    assert block.index("Lead with shipped work") < block.index("Use numbers when possible")
    assert block.index("<h3>Do</h3>") < block.index("<h3>Snippets to avoid</h3>")


def test_the_coachs_own_filler_rules_are_not_listed(alice, alice_client):
    block = advice_block(messaging_page(alice_client, make_profile(alice)))
    assert "passionate about" not in block
    assert "Keep every text within the limit" not in block


def test_a_rule_is_listed_without_a_finding_for_it(alice, alice_client):
    profile = make_profile(alice)
    response = alice_client.get(step_url(profile, "messaging"))
    fired = {f.rule_slug for row in response.context["text_rows"] for f in row.findings}
    assert "avoid-transitioning-to-ai" not in fired
    assert "I&#x27;m transitioning to AI." in advice_block(response.content.decode())


def test_a_lane_only_snippet_names_its_lanes_when_no_lane_is_chosen(alice, alice_client):
    block = advice_block(messaging_page(alice_client, make_profile(alice, lane=None)))
    assert f"<q>{RESEARCH}</q>" in block
    assert "on the Applied AI, Lead AI and AI platform lanes" in block


def test_a_lane_only_snippet_shows_on_its_lane(alice, alice_client):
    block = advice_block(messaging_page(alice_client, make_profile(alice, lane="ai-platform")))
    assert f'<q>{RESEARCH}</q> <span class="muted">on the AI platform lane</span>' in block


def test_a_lane_only_snippet_is_left_out_on_another_lane(alice, alice_client):
    block = advice_block(messaging_page(alice_client, make_profile(alice, lane="founding")))
    assert RESEARCH not in block
    assert "I&#x27;m transitioning to AI." in block


def test_an_editor_chooses_what_is_listed(alice, alice_client):
    profile = make_profile(alice)
    MessagingRule.objects.filter(slug="filler-passionate").update(shown_before_texts=True)
    MessagingRule.objects.filter(slug="use-numbers").update(is_active=False)
    block = advice_block(messaging_page(alice_client, profile))
    assert "Cut &quot;passionate about&quot;" in block
    assert "Use numbers when possible" not in block


def test_nothing_listed_means_no_empty_box(alice, alice_client):
    MessagingRule.objects.update(shown_before_texts=False)
    body = messaging_page(alice_client, make_profile(alice))
    assert "guide-advice" not in body
    assert 'class="card text-card"' in body


def test_the_htmx_panel_keeps_the_advice(alice, alice_client):
    profile = make_profile(alice, lane="lead-ai")
    response = alice_client.get(step_url(profile, "messaging"), HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "<html" not in body
    assert f"on the {RoleArchetype.objects.get(slug='lead-ai').short_name} lane" in body


def test_another_owner_gets_404(alice, bob_client):
    assert bob_client.get(step_url(make_profile(alice), "messaging")).status_code == 404

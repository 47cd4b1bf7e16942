"""Staff edit the coach's rules in admin: a bad regex is refused, a new rule applies at once."""

import pytest
from django.test import Client

from profiles.coach.engine import check_texts
from roles.models import MessagingRule, RoleArchetype
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/roles/messagingrule/add/"


@pytest.fixture
def admin_client(django_user_model) -> Client:
    user = make_user(django_user_model, "root@example.com", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(user)
    return client


def form_data(**overrides) -> dict:
    data = {
        "text": "Avoid 'passionate about AI'",
        "slug": "avoid-passionate",
        "kind": "avoid",
        "severity": "warning",
        "is_active": "on",
        "order": "20",
        "match_as": "phrase",
        "pattern": "passionate about AI",
        "check_type": "avoid_wording",
        "terms": "",
        "threshold": "",
        "applies_to": "",
        "explanation": "Everyone says it.",
        "fix": "Say what you shipped instead.",
    }
    data.update(overrides)
    return data


def test_it_refuses_a_regex_that_does_not_compile_naming_the_error(admin_client):
    response = admin_client.post(ADD_URL, form_data(match_as="regex", pattern="(unclosed"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "does not compile" in errors["pattern"][0]
    assert "missing )" in errors["pattern"][0]  # the regex error itself
    assert b"does not compile" in response.content
    assert not MessagingRule.objects.filter(slug="avoid-passionate").exists()


def test_it_refuses_an_unknown_text_key(admin_client):
    response = admin_client.post(ADD_URL, form_data(applies_to="pitch, nosuchtext"))
    assert response.status_code == 200
    assert "nosuchtext" in response.context["adminform"].form.errors["applies_to"][0]


def test_a_framework_count_rule_needs_its_terms_and_threshold(admin_client):
    response = admin_client.post(
        ADD_URL, form_data(kind="rule", check_type="framework_count", pattern="")
    )
    errors = response.context["adminform"].form.errors
    assert "terms" in errors and "threshold" in errors


def test_a_rule_added_in_admin_takes_effect_on_the_next_check(admin_client):
    text = {"pitch": "Deeply Passionate   about ai since 2019."}
    assert "avoid-passionate" not in [
        f.rule_slug for f in check_texts(text, lane_slug=None)["pitch"]
    ]
    response = admin_client.post(ADD_URL, form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    [finding] = [
        f for f in check_texts(text, lane_slug=None)["pitch"] if f.rule_slug == "avoid-passionate"
    ]
    assert finding.quote == "Passionate about ai"
    assert finding.fix == "Say what you shipped instead."


def test_a_rule_limited_to_lanes_in_admin_only_fires_for_them(admin_client):
    founding = RoleArchetype.objects.get(slug="founding")
    response = admin_client.post(ADD_URL, form_data(lanes=[founding.pk]))
    assert response.status_code == 302
    text = {"pitch": "passionate about AI"}
    for lane, expected in (("founding", True), ("applied-ai", False), (None, False)):
        found = [f.rule_slug for f in check_texts(text, lane_slug=lane)["pitch"]]
        assert ("avoid-passionate" in found) is expected, lane


def test_the_rule_list_shows_in_admin(admin_client):
    response = admin_client.get("/admin/roles/messagingrule/")
    assert response.status_code == 200
    assert b"Lead with shipped work" in response.content

"""Every lane has its own gap order; the ones the guide does not give are shown as Pivot's
suggested order (Gaps step, /gaps/, a lane's page) and are editable in admin."""

import pytest

from roles.models import Gap, GapPriority, RoleArchetype

from .admin_forms import change_form_data, post_change_form
from .coach_data import make_profile
from .step_data import step_url

pytestmark = pytest.mark.django_db

SUGGESTED = "Pivot's suggested order"
GUIDES = "The guide's order"


def gap_names(lane) -> list[str]:
    return [g.name for g in Gap.objects.in_lane_order(lane)]


def test_every_lane_has_a_priority_for_every_gap():
    for lane in RoleArchetype.objects.all():
        assert lane.gap_priorities.count() == Gap.objects.count(), lane.slug


def test_applied_ai_keeps_the_guides_order_and_the_other_lanes_are_suggestions():
    applied = RoleArchetype.objects.get(slug="applied-ai")
    assert gap_names(applied) == gap_names(None)
    assert not applied.gap_priorities.filter(is_suggested=True).exists()
    others = RoleArchetype.objects.exclude(pk=applied.pk)
    assert others.count() == 4
    for lane in others:
        assert not lane.gap_priorities.filter(is_suggested=False).exists(), lane.slug


def test_reliability_evals_puts_evals_then_oversight_first():
    lane = RoleArchetype.objects.get(slug="reliability-evals")
    assert gap_names(lane)[:3] == [
        "Evals + observability",
        "Production agent patterns",
        "Retrieval engineering",
    ]


def test_the_gaps_step_marks_a_suggested_order(alice, alice_client):
    body = alice_client.get(step_url(make_profile(alice, lane="founding"), "gaps")).content
    body = body.decode()
    assert SUGGESTED in body
    assert "This order for Founding is Pivot's suggestion" in body
    assert body.index(SUGGESTED) < body.index('class="card gap"')


def test_the_gaps_step_says_when_the_order_is_the_guides(alice, alice_client):
    body = alice_client.get(step_url(make_profile(alice, lane="applied-ai"), "gaps")).content
    assert GUIDES in body.decode() and SUGGESTED not in body.decode()


def test_with_no_lane_the_gaps_step_shows_the_default_order_unmarked(alice, alice_client):
    body = alice_client.get(step_url(make_profile(alice, lane=None), "gaps")).content.decode()
    assert "In the guide&#x27;s default order." in body or "In the guide's default order." in body
    assert SUGGESTED not in body and GUIDES not in body


def test_the_gaps_page_shows_every_lanes_order_and_whose_it_is(client):
    response = client.get("/gaps/")
    body = response.content.decode()
    assert body.count('class="card lane-order"') == RoleArchetype.objects.count()
    assert body.count('badge badge--suggested">Pivot') == 4
    assert body.count(f'<span class="badge">{GUIDES}') == 1
    founding = body[body.index('id="order-founding"') :]
    first = founding.index("Production agent patterns")
    assert first < founding.index("Evals + observability")


def test_a_lanes_page_says_whose_order_it_is(client):
    body = client.get("/roles/lead-ai/").content.decode()
    assert "This order for Lead AI is Pivot's suggestion" in body
    assert GUIDES in client.get("/roles/applied-ai/").content.decode()


def test_an_editor_changes_a_lanes_order_on_the_lanes_admin_page(admin_client, alice, alice_client):
    lane = RoleArchetype.objects.get(slug="founding")
    url = f"/admin/roles/rolearchetype/{lane.pk}/change/"
    data = change_form_data(admin_client, url)
    rows = {
        Gap.objects.get(pk=data[f"gap_priorities-{i}-gap"][0]).slug: i
        for i in range(int(data["gap_priorities-TOTAL_FORMS"][0]))
    }
    mcp = rows["mcp"]
    changes = {f"gap_priorities-{mcp}-priority": 1}
    # Unticking every row: the editor says the order is now the guide's.
    for i in rows.values():
        changes[f"gap_priorities-{i}-is_suggested"] = []
    response = post_change_form(admin_client, url, **changes)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert gap_names(lane)[0] == "MCP"
    body = alice_client.get(step_url(make_profile(alice, lane="founding"), "gaps")).content
    assert GUIDES in body.decode() and SUGGESTED not in body.decode()


def test_a_gap_listed_twice_for_a_lane_is_refused_and_nothing_saved(admin_client):
    lane = RoleArchetype.objects.get(slug="founding")
    url = f"/admin/roles/rolearchetype/{lane.pk}/change/"
    before = list(lane.gap_priorities.values_list("gap", "priority", "is_suggested"))
    data = change_form_data(admin_client, url)
    first_gap = data["gap_priorities-0-gap"][0]
    response = post_change_form(
        admin_client,
        url,
        name="Founding renamed",
        **{"gap_priorities-1-gap": first_gap},
    )
    assert response.status_code == 200
    assert "Please correct the duplicate data for gap." in response.content.decode()
    lane.refresh_from_db()
    assert lane.name == "Founding AI Engineer"
    assert list(lane.gap_priorities.values_list("gap", "priority", "is_suggested")) == before


def test_the_gap_admin_shows_and_saves_the_suggestion_flag(admin_client):
    gap = Gap.objects.get(slug="mcp")
    url = f"/admin/roles/gap/{gap.pk}/change/"
    data = change_form_data(admin_client, url)
    lanes = {data[f"lane_priorities-{i}-archetype"][0]: i for i in range(5)}
    platform = RoleArchetype.objects.get(slug="ai-platform")
    index = lanes[str(platform.pk)]
    assert data[f"lane_priorities-{index}-is_suggested"] == ["on"]
    response = post_change_form(admin_client, url, **{f"lane_priorities-{index}-is_suggested": []})
    assert response.status_code == 302
    assert GapPriority.objects.get(gap=gap, archetype=platform).is_suggested is False

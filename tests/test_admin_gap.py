"""Admin: gap priorities (default and per lane) are whole numbers from 1."""

import pytest

from roles.models import Gap, GapPriority, RoleArchetype

from .admin_forms import post_change_form

pytestmark = pytest.mark.django_db

MESSAGE = "Priority must be 1 or more (1 is the most urgent)."


def change_url(gap: Gap) -> str:
    return f"/admin/roles/gap/{gap.pk}/change/"


def test_it_rejects_a_default_priority_of_zero(admin_client):
    gap = Gap.objects.get(default_priority=1)
    response = post_change_form(admin_client, change_url(gap), default_priority=0)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["default_priority"] == [MESSAGE]
    gap.refresh_from_db()
    assert gap.default_priority == 1


def test_it_rejects_a_lane_priority_of_zero_and_saves_nothing(admin_client):
    gap = Gap.objects.get(default_priority=1)
    platform = RoleArchetype.objects.get(slug="ai-platform")
    before = list(GapPriority.objects.values_list("gap", "archetype", "priority"))
    index = gap.lane_priorities.count()  # the blank extra row
    response = post_change_form(
        admin_client,
        change_url(gap),
        name="Renamed gap",
        **{
            f"lane_priorities-{index}-archetype": platform.pk,
            f"lane_priorities-{index}-priority": 0,
        },
    )
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.forms[index].errors["priority"] == [MESSAGE]
    assert MESSAGE in response.content.decode()
    gap.refresh_from_db()
    assert gap.name != "Renamed gap"
    assert list(GapPriority.objects.values_list("gap", "archetype", "priority")) == before


def test_it_saves_a_lane_priority(admin_client):
    gap = Gap.objects.get(default_priority=1)
    founding = RoleArchetype.objects.get(slug="founding")
    gap.lane_priorities.filter(archetype=founding).delete()
    index = gap.lane_priorities.count()
    response = post_change_form(
        admin_client,
        change_url(gap),
        **{
            f"lane_priorities-{index}-archetype": founding.pk,
            f"lane_priorities-{index}-priority": 4,
        },
    )
    assert response.status_code == 302
    assert gap.lane_priorities.get(archetype=founding).priority == 4


def test_the_gap_list_rejects_priority_zero_too(admin_client):
    gaps = list(Gap.objects.order_by("default_priority", "order", "name"))
    data = {
        "form-TOTAL_FORMS": str(len(gaps)),
        "form-INITIAL_FORMS": str(len(gaps)),
        "_save": "Save",
    }
    for i, gap in enumerate(gaps):
        data |= {
            f"form-{i}-id": gap.pk,
            f"form-{i}-default_priority": 0 if i == 0 else gap.default_priority,
        }
    response = admin_client.post("/admin/roles/gap/", data)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert Gap.objects.filter(default_priority=0).count() == 0

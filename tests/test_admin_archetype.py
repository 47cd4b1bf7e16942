"""Admin: an archetype's day-to-day shares are edited inline and must add up to 100."""

import pytest

from roles.models import RoleArchetype

from .admin_forms import post_change_form

pytestmark = pytest.mark.django_db


def change_url(archetype: RoleArchetype) -> str:
    return f"/admin/roles/rolearchetype/{archetype.pk}/change/"


def shares(archetype: RoleArchetype) -> list[tuple[str, int]]:
    return list(archetype.shares.order_by("order", "pk").values_list("activity", "percent"))


def test_it_rejects_shares_that_do_not_add_up_to_100_and_saves_nothing(admin_client):
    applied = RoleArchetype.objects.get(slug="applied-ai")
    before = shares(applied)
    assert before[0] == ("code", 70)

    response = post_change_form(
        admin_client, change_url(applied), name="Applied AI renamed", **{"shares-0-percent": 60}
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "The day-to-day shares must add up to 100%; they add up to 90%." in body
    assert "Change the percentages to add 10 percentage points." in body
    # The message sits in the inline's own error list, above its rows.
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.non_form_errors() == [
        "The day-to-day shares must add up to 100%; they add up to 90%. "
        "Change the percentages to add 10 percentage points."
    ]
    applied.refresh_from_db()
    assert applied.name == "Applied AI / Agent Engineer"
    assert shares(applied) == before


def test_it_rejects_a_total_over_100(admin_client):
    applied = RoleArchetype.objects.get(slug="applied-ai")
    response = post_change_form(
        admin_client,
        change_url(applied),
        **{"shares-4-activity": "meetings", "shares-4-percent": 5, "shares-4-order": 5},
    )
    assert "they add up to 105%. Change the percentages to remove 5 percentage points." in (
        response.content.decode()
    )
    assert applied.shares.count() == 4


def test_deleted_rows_do_not_count_towards_the_total(admin_client):
    applied = RoleArchetype.objects.get(slug="applied-ai")
    response = post_change_form(
        admin_client,
        change_url(applied),
        **{"shares-3-DELETE": "on", "shares-0-percent": 75},
    )
    assert response.status_code == 302
    assert shares(applied) == [
        ("code", 75),
        ("debugging", 15),
        ("product/customer context", 10),
    ]


def test_it_saves_a_new_split_that_adds_up(admin_client):
    applied = RoleArchetype.objects.get(slug="applied-ai")
    response = post_change_form(
        admin_client,
        change_url(applied),
        **{
            "shares-0-percent": 65,
            "shares-4-activity": "evals",
            "shares-4-percent": 5,
            "shares-4-order": 5,
        },
    )
    assert response.status_code == 302
    assert shares(applied)[0] == ("code", 65)
    assert shares(applied)[-1] == ("evals", 5)


def test_it_rejects_the_same_activity_twice(admin_client):
    applied = RoleArchetype.objects.get(slug="applied-ai")
    response = post_change_form(
        admin_client,
        change_url(applied),
        **{"shares-1-activity": "Code"},
    )
    assert response.status_code == 200
    assert "Each activity can appear only once; “code” is listed twice." in (
        response.content.decode()
    )


def test_a_row_error_is_shown_next_to_its_field_without_a_confusing_total(admin_client):
    applied = RoleArchetype.objects.get(slug="applied-ai")
    response = post_change_form(admin_client, change_url(applied), **{"shares-0-percent": 0})
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.forms[0].errors["percent"] == ["A share is a whole percentage from 1 to 100."]
    assert formset.non_form_errors() == []
    assert shares(applied)[0] == ("code", 70)


def test_the_archetype_list_shows_each_total(admin_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = admin_client.get("/admin/roles/rolearchetype/")
    assert response.status_code == 200
    assert response.content.decode().count("100%") >= 5

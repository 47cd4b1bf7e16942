"""Every roles model has a working admin list (search, filters, sorting) and add form."""

import pytest
from django.apps import apps
from django.contrib import admin

from roles.models import DayToDayShare, GapPriority, LaneLine, SkillEmphasis

pytestmark = pytest.mark.django_db

ROLES_ADMINS = sorted(
    (model._meta.model_name, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label == "roles"
)


def test_every_roles_model_is_editable_in_admin():
    registered = {name for name, _ in ROLES_ADMINS}
    # Shares, lane priorities, skills to emphasize and lane lines are edited inside their archetype
    # and gap, where their rules are checked as a whole; every other roles model has its
    # own page.
    inline_only = {
        DayToDayShare._meta.model_name,
        GapPriority._meta.model_name,
        SkillEmphasis._meta.model_name,
        LaneLine._meta.model_name,
    }
    all_models = {m._meta.model_name for m in apps.get_app_config("roles").get_models()}
    assert registered == all_models - inline_only


@pytest.mark.parametrize(("name", "model_admin"), ROLES_ADMINS, ids=[n for n, _ in ROLES_ADMINS])
def test_the_list_searches_and_sorts(
    admin_client, name, model_admin, django_assert_max_num_queries
):
    assert model_admin.search_fields, f"{name} has no search"
    assert model_admin.ordering or model_admin.model._meta.ordering
    url = f"/admin/roles/{name}/"
    with django_assert_max_num_queries(15):
        response = admin_client.get(url, {"q": "a", "o": "1"})
    assert response.status_code == 200
    assert response.context["cl"].result_count >= 0
    assert admin_client.get(f"{url}add/").status_code == 200


def test_a_search_finds_the_row(admin_client):
    response = admin_client.get("/admin/roles/glossaryterm/", {"q": "KV cache"})
    assert [t.term for t in response.context["cl"].result_list] == ["KV cache"]


def test_filters_narrow_the_list(admin_client):
    response = admin_client.get("/admin/roles/skill/", {"level__exact": "stretch"})
    assert response.context["cl"].result_count == 22
    response = admin_client.get("/admin/roles/rolegroup/", {"has_lanes": "no"})
    assert [g.letter for g in response.context["cl"].result_list] == ["A"]
    response = admin_client.get("/admin/roles/interviewexpectation/", {"only_for__isempty": "0"})
    assert response.context["cl"].result_count == 1

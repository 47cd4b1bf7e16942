"""The "Content editors" group: edits the guide's content in admin, and nothing else."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.test import Client

from roles.models import RoleArchetype
from roles.signals import CONTENT_EDITORS, sync_content_editors

from .admin_forms import post_change_form
from .conftest import make_user

pytestmark = pytest.mark.django_db


def roles_codenames() -> set[str]:
    return {
        f"{action}_{model._meta.model_name}"
        for model in apps.get_app_config("roles").get_models()
        for action in ("add", "change", "delete", "view")
    }


def group_perms(group: Group) -> set[tuple[str, str]]:
    return set(group.permissions.values_list("content_type__app_label", "codename"))


@pytest.fixture
def editor_client(django_user_model) -> Client:
    editor = make_user(django_user_model, "editor@example.com", is_staff=True)
    editor.groups.add(Group.objects.get(name=CONTENT_EDITORS))
    client = Client()
    client.force_login(editor)
    return client


def test_the_group_holds_exactly_the_roles_permissions():
    group = Group.objects.get(name=CONTENT_EDITORS)
    expected = {("roles", codename) for codename in roles_codenames()}
    assert len(expected) == 4 * len(list(apps.get_app_config("roles").get_models()))
    assert group_perms(group) == expected


def test_sync_after_migrate_puts_the_group_back_to_exactly_the_roles_permissions():
    group = Group.objects.get(name=CONTENT_EDITORS)
    # A roles model added later arrives as permissions the group does not hold yet; a
    # permission from elsewhere must not stay.
    group.permissions.remove(Permission.objects.get(codename="change_rolearchetype"))
    group.permissions.add(Permission.objects.get(codename="view_user"))

    sync_content_editors(apps.get_app_config("roles"), apps=apps, using="default")

    assert group_perms(group) == {("roles", codename) for codename in roles_codenames()}


def test_a_content_editor_edits_an_archetype(editor_client):
    applied = RoleArchetype.objects.get(slug="applied-ai")
    response = post_change_form(
        editor_client,
        f"/admin/roles/rolearchetype/{applied.pk}/change/",
        best_fit_signal="The first lane to try",
    )
    assert response.status_code == 302
    applied.refresh_from_db()
    assert applied.best_fit_signal == "The first lane to try"


@pytest.mark.parametrize(
    "url",
    [
        "/admin/auth/user/",
        "/admin/auth/user/add/",
        "/admin/auth/group/",
        "/admin/account/emailaddress/",
    ],
)
def test_a_content_editor_cannot_see_accounts(editor_client, url):
    assert editor_client.get(url).status_code == 403


def test_a_content_editor_sees_only_the_guide_on_the_admin_index(editor_client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert [app["app_label"] for app in response.context["app_list"]] == ["roles"]
    assert "Pivot content" in response.content.decode()


def test_a_signed_in_person_who_is_not_staff_is_sent_to_sign_in(alice_client):
    response = alice_client.get("/admin/roles/rolearchetype/")
    assert response.status_code == 302

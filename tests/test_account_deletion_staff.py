"""A content editor cannot erase their own audit trail by deleting their account:
deleting a user deletes its admin.LogEntry rows, so staff ask an administrator."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from accounts.services import delete_account
from roles.models import RoleArchetype
from tests.conftest import PASSWORD, make_user, signed_in_client

pytestmark = pytest.mark.django_db

DELETE_URL = "/accounts/settings/delete/"


@pytest.fixture
def editor(django_user_model):
    user = make_user(django_user_model, "editor@example.com", is_staff=True)
    archetype = RoleArchetype.objects.first()
    LogEntry.objects.log_actions(
        user_id=user.pk, queryset=[archetype], action_flag=CHANGE, change_message="Edited"
    )
    return user


def test_staff_get_a_message_instead_of_the_form(editor):
    client = signed_in_client(editor.email)
    response = client.get(DELETE_URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Ask an administrator" in body
    assert 'name="password"' not in body


def test_staff_cannot_delete_themselves_and_their_log_entries_stay(editor):
    client = signed_in_client(editor.email)
    response = client.post(DELETE_URL, {"password": PASSWORD})
    assert response.status_code == 403
    assert "Ask an administrator" in response.content.decode()
    assert get_user_model().objects.filter(pk=editor.pk).exists()
    assert LogEntry.objects.filter(user=editor).count() == 1
    assert "_auth_user_id" in client.session  # still signed in


def test_the_service_refuses_staff_too(editor, django_user_model):
    with pytest.raises(PermissionDenied):
        delete_account(user=editor)
    superuser = make_user(django_user_model, "root@example.com", is_superuser=True)
    with pytest.raises(PermissionDenied):
        delete_account(user=superuser)
    assert LogEntry.objects.filter(user=editor).exists()


def test_the_account_page_says_whom_to_ask(editor):
    body = signed_in_client(editor.email).get("/accounts/settings/").content.decode()
    assert f'href="{DELETE_URL}"' not in body
    assert "deleted by an administrator" in body


def test_people_who_are_not_staff_still_delete_their_account(alice):
    client = signed_in_client(alice.email)
    assert 'name="password"' in client.get(DELETE_URL).content.decode()
    assert client.post(DELETE_URL, {"password": PASSWORD}).status_code == 302
    assert not get_user_model().objects.filter(pk=alice.pk).exists()

"""Admin: a message template may only use the known placeholders."""

import pytest

from roles.models import MessageTemplate
from roles.placeholders import PLACEHOLDERS

from .admin_forms import post_change_form

pytestmark = pytest.mark.django_db

EXPANDED = "{level} engineer with {years}+ years across {domains}, now building {ai_work}."


def change_url(template: MessageTemplate) -> str:
    return f"/admin/roles/messagetemplate/{template.pk}/change/"


def test_it_rejects_an_unknown_placeholder_and_names_it(admin_client):
    template = MessageTemplate.objects.get(key="expanded_line")

    response = post_change_form(
        admin_client, change_url(template), body="{level} engineer with {yeras}+ years."
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["body"]
    message = errors["body"][0]
    assert message.startswith("Unknown placeholder {yeras}. Allowed placeholders: {level}, ")
    assert all("{" + name + "}" in message for name in PLACEHOLDERS)
    body = response.content.decode()
    assert "Unknown placeholder {yeras}." in body
    assert "{level} engineer with {yeras}+ years." in body  # what the editor typed, kept
    template.refresh_from_db()
    assert template.body == EXPANDED


def test_it_rejects_unmatched_braces(admin_client):
    template = MessageTemplate.objects.get(key="expanded_line")
    response = post_change_form(admin_client, change_url(template), body="{level engineer")
    assert (
        response.context["adminform"].form.errors["body"][0].startswith("The braces do not match")
    )
    template.refresh_from_db()
    assert template.body == EXPANDED


def test_the_allowed_placeholders_are_listed_as_help(admin_client):
    template = MessageTemplate.objects.get(key="expanded_line")
    body = admin_client.get(change_url(template)).content.decode()
    for name, meaning in PLACEHOLDERS.items():
        assert f"<li><code>{{{name}}}</code> — {meaning}</li>" in body


def test_it_saves_a_template_with_known_placeholders(admin_client):
    template = MessageTemplate.objects.get(key="expanded_line")
    response = post_change_form(
        admin_client, change_url(template), body="{level} engineer, {years} years, {edge}."
    )
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.body == "{level} engineer, {years} years, {edge}."


def test_the_key_cannot_be_changed(admin_client):
    template = MessageTemplate.objects.get(key="expanded_line")
    response = post_change_form(admin_client, change_url(template), key="renamed")
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.key == "expanded_line"

"""One template draws every form field: a designer edits templates/jinja2/forms/field.html
and every form follows — the step forms, the version compare form, allauth's sign-in."""

import copy

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from .step_data import fill_all, make_profile, step_url

pytestmark = pytest.mark.django_db

REDESIGNED = '<div class="redesigned" data-name="{{ field.html_name }}">{{ field }}</div>\n'


@pytest.fixture
def redesigned(tmp_path):
    """The Jinja2 engine with a field template of a designer's own in front of ours."""
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "field.html").write_text(REDESIGNED)
    templates = copy.deepcopy(settings.TEMPLATES)
    jinja = next(t for t in templates if t.get("NAME") == "jinja2")
    jinja["DIRS"] = [tmp_path, *jinja["DIRS"]]
    with override_settings(TEMPLATES=templates):
        yield


def drawn(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("slug", ["background", "credibility", "gaps", "messaging"])
def test_every_step_field_follows_the_one_template(redesigned, alice, alice_client, slug):
    profile = fill_all(alice_client, make_profile(alice))
    html = drawn(alice_client, step_url(profile, slug))
    assert 'class="redesigned"' in html
    # No field is drawn any other way: every label of a visible field is gone with it.
    assert 'class="field' not in html.replace('class="field--', "")


def test_the_compare_form_and_sign_in_follow_it_too(redesigned, alice, alice_client, client):
    profile = make_profile(alice)
    html = drawn(alice_client, reverse("profiles:diff", args=[profile.pk]))
    assert 'data-name="a"' in html and 'data-name="b"' in html
    html = drawn(client, "/accounts/login/")
    assert 'data-name="login"' in html and 'data-name="password"' in html


def test_without_the_override_fields_have_labels(alice, alice_client):
    profile = make_profile(alice)
    html = drawn(alice_client, step_url(profile, "credibility"))
    assert 'class="redesigned"' not in html and '<label for="id_point__' in html

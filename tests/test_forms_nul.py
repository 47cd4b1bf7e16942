"""No NUL character reaches the database: every form refuses it next to the field.

PostgreSQL raises DataError (a 500) for a NUL inside text; Django's CharField refuses it,
but choice, hidden and JSON fields did not. pivotapp.forms.RefuseNulMixin checks every
submitted value, and the first test keeps every form of the site on it.
"""

import importlib
import pkgutil

import pytest
from django import forms
from django.urls import reverse

from pivotapp.forms import NUL_MESSAGE, RefuseNulMixin
from profiles.models import Profile

from .step_data import make_profile, step_url, valid_data

OUR_APPS = ("profiles", "accounts", "roles", "pivotapp")


def _all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


def _import_everything() -> None:
    for app in OUR_APPS:
        package = importlib.import_module(app)
        for info in pkgutil.walk_packages(package.__path__, f"{app}."):
            if ".migrations" not in info.name and ".management" not in info.name:
                importlib.import_module(info.name)


def test_every_form_of_the_site_refuses_nul():
    _import_everything()
    ours = {
        cls for cls in _all_subclasses(forms.BaseForm) if cls.__module__.split(".")[0] in OUR_APPS
    }
    assert len(ours) > 15  # the walk found the forms
    lacking = sorted(
        f"{c.__module__}.{c.__name__}" for c in ours if not issubclass(c, RefuseNulMixin)
    )
    assert lacking == []


@pytest.mark.django_db
def test_a_nul_in_a_profile_name_is_explained_and_nothing_is_saved(alice_client, alice):
    response = alice_client.post(reverse("profiles:create"), {"name": "Applied\x00 AI"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "invisible control character (NUL)" in body
    assert 'href="#id_name"' in body
    assert not Profile.objects.filter(owner=alice).exists()


@pytest.mark.django_db
def test_a_nul_in_a_choice_field_of_a_step_is_refused_next_to_it(alice_client, alice):
    profile = make_profile(alice)
    data = valid_data("background") | {"level": "Senior\x00"}
    response = alice_client.post(step_url(profile, "background"), data)
    assert response.status_code == 200
    assert "invisible control character (NUL)" in response.content.decode()
    profile.refresh_from_db()
    assert profile.revision == 0


@pytest.mark.django_db
def test_a_nul_at_sign_in_is_a_form_error_not_a_500(client, alice):
    response = client.post("/accounts/login/", {"login": "alice@example.com\x00", "password": "x"})
    assert response.status_code == 200
    assert "invisible control character (NUL)" in response.content.decode()


def test_the_message_says_what_to_do():
    assert "Retype" in NUL_MESSAGE

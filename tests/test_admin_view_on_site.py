"""Staff cannot walk owner data through admin's "view on site" redirect.

/admin/r/<content type>/<id>/ used to redirect to /profiles/<uuid>/versions/<n>/ for any
sequential Version id, handing staff the owners' private profile ids.
"""

import pytest
from django.contrib.contenttypes.models import ContentType

from profiles.models import Profile, Version
from roles.models import RoleArchetype
from tests.coach_data import make_profile, make_version

pytestmark = pytest.mark.django_db


def _shortcut(model, pk) -> str:
    return f"/admin/r/{ContentType.objects.get_for_model(model).pk}/{pk}/"


@pytest.mark.parametrize("model", [Version, Profile])
def test_view_on_site_refuses_owner_data(admin_client, alice, model):
    profile = make_profile(alice)
    version = make_version(profile)
    obj = version if model is Version else profile
    response = admin_client.get(_shortcut(model, obj.pk))
    assert response.status_code == 404
    assert str(profile.pk) not in response.get("Location", "")


def test_view_on_site_still_works_for_the_guides_public_pages(admin_client):
    archetype = RoleArchetype.objects.first()
    response = admin_client.get(_shortcut(RoleArchetype, archetype.pk))
    assert response.status_code == 302
    assert response["Location"].endswith(archetype.get_absolute_url())


def test_view_on_site_is_for_staff_only(client):
    archetype = RoleArchetype.objects.first()
    response = client.get(_shortcut(RoleArchetype, archetype.pk))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize("path", ["/admin/r/abc/1/", "/admin/r/999999/1/"])
def test_a_bad_content_type_is_404(admin_client, path):
    assert admin_client.get(path).status_code == 404

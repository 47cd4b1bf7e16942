"""The lane's lines in generated copy are edited on the archetype's admin page, each
marked as the guide's line or Pivot's suggestion."""

import pytest
from django.urls import reverse

from roles.models import LaneLine, RoleArchetype

pytestmark = pytest.mark.django_db


def test_every_lane_has_its_four_lines_seeded():
    for lane in RoleArchetype.objects.all():
        kinds = set(lane.lines.values_list("kind", flat=True))
        assert kinds == {k for k, _ in LaneLine.KIND_CHOICES}, lane.slug


def test_the_archetype_page_shows_its_lines_marked(admin_client):
    lane = RoleArchetype.objects.get(slug="lead-ai")
    html = admin_client.get(reverse("admin:roles_rolearchetype_change", args=[lane.pk])).content
    html = html.decode()
    assert "Lines in generated copy" in html
    assert "I do not just build AI features" in html
    assert "Pivot&#x27;s suggestion" in html or "Pivot's suggestion" in html


def test_a_line_claims_nothing_about_the_person():
    """The lane's words describe the role wanted: no line says the person built, shipped
    or led something (the guide's lead line is about design, kept as the guide wrote it)."""
    for line in LaneLine.objects.filter(is_suggested=True):
        assert not any(w in line.text for w in ("I built", "I shipped", "I led", "I ship")), line

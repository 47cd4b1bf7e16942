"""The owner lookup attaches the profile's lane (and its group) from the guide's rows,
once the process holds them for the current content, instead of joining them into the
lookup: no JOIN, no extra query, and the lane a page reads is the guide's current row.
Before the guide's lanes are loaded, the lane is joined as ever: no request runs a query
more, warm or cold."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from profiles.owner import get_owned_profile, get_owned_version
from profiles.versions.snapshot import save_version
from roles import guide
from roles.models import RoleArchetype

from .step_data import make_profile

pytestmark = pytest.mark.django_db


def request_for(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_the_lane_comes_from_the_guide_without_a_join(alice):
    lane = RoleArchetype.objects.select_related("group").order_by("order").first()
    profile = make_profile(alice, lane=lane)
    guide.archetypes()  # a warm process: the guide's rows are loaded once per stamp
    with CaptureQueriesContext(connection) as ctx:
        found = get_owned_profile(request_for(alice), profile.pk)
        assert found.lane.name == lane.name
        assert found.lane.group.letter == lane.group.letter
    sql = [q["sql"] for q in ctx.captured_queries if "profiles_profile" in q["sql"]]
    assert len(sql) == 1 and "JOIN" not in sql[0].upper()
    assert len(ctx.captured_queries) == 1
    assert found.lane is guide.archetype(lane.pk)


def test_a_version_s_profile_has_the_guide_s_lane_too(alice):
    lane = RoleArchetype.objects.order_by("order").first()
    profile = make_profile(alice, lane=lane)
    save_version(profile=profile, note="one")
    guide.archetypes()
    with CaptureQueriesContext(connection) as ctx:
        version = get_owned_version(request_for(alice), profile.pk, 1)
        assert version.profile.lane is guide.archetype(lane.pk)
    assert len(ctx.captured_queries) == 1


def test_no_lane_is_none(alice):
    profile = make_profile(alice)
    assert get_owned_profile(request_for(alice), profile.pk).lane is None


def test_related_none_leaves_the_lane_unloaded(alice):
    lane = RoleArchetype.objects.order_by("order").first()
    profile = make_profile(alice, lane=lane)
    found = get_owned_profile(request_for(alice), profile.pk, related=())
    assert not type(found).lane.is_cached(found)


def test_before_the_guide_s_lanes_are_loaded_the_lane_is_joined(alice):
    lane = RoleArchetype.objects.select_related("group").order_by("order").first()
    profile = make_profile(alice, lane=lane)
    guide.forget()
    with CaptureQueriesContext(connection) as ctx:
        found = get_owned_profile(request_for(alice), profile.pk)
        assert found.lane.group.letter == lane.group.letter
    assert len(ctx.captured_queries) == 1 and "JOIN" in ctx.captured_queries[0]["sql"].upper()
    assert not guide.holds(guide.ARCHETYPES)

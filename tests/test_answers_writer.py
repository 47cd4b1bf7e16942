"""The one writer of the working copy (services.update_answers): one guarded UPDATE when
nobody wrote since the profile was loaded, the row lock when someone did; nothing lost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from profiles import services
from profiles.models import Profile

from .step_data import make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def add(key, value):
    return lambda answers: answers | {key: value}


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def test_a_write_nobody_raced_is_one_guarded_update(profile):
    with CaptureQueriesContext(connection) as ctx:
        services.update_answers(profile, revision=0, change=add("lane", "applied-ai"))
    sql = [q["sql"] for q in ctx.captured_queries]
    assert not any("FOR UPDATE" in q for q in sql)
    assert sum(q.startswith("UPDATE") for q in sql) == 1
    stored = Profile.objects.get(pk=profile.pk)
    assert (stored.revision, stored.answers["lane"], stored.lane.slug) == (
        1,
        "applied-ai",
        "applied-ai",
    )
    assert (profile.revision, profile.lane.slug) == (1, "applied-ai")
    assert profile.updated_at == stored.updated_at


def test_a_change_made_meanwhile_is_kept_and_built_on(profile):
    elsewhere = Profile.objects.get(pk=profile.pk)
    services.update_answers(elsewhere, revision=None, change=add("skills", [{"slug": "rag"}]))
    # `profile` was loaded before that write: its guarded UPDATE misses, the lock decides.
    services.update_answers(profile, revision=None, change=add("lane", "applied-ai"))
    stored = Profile.objects.get(pk=profile.pk)
    assert stored.revision == 2
    assert stored.answers == {"skills": [{"slug": "rag"}], "lane": "applied-ai"}
    assert profile.answers == stored.answers and profile.revision == 2


def test_a_form_from_before_a_change_made_meanwhile_is_refused(profile):
    elsewhere = Profile.objects.get(pk=profile.pk)
    services.update_answers(elsewhere, revision=0, change=add("lane", "lead-ai"))
    with pytest.raises(services.StaleRevision) as refused:
        services.update_answers(profile, revision=0, change=add("lane", "applied-ai"))
    assert refused.value.current.answers["lane"] == "lead-ai"
    assert Profile.objects.get(pk=profile.pk).answers == {"lane": "lead-ai"}


def test_the_same_answers_again_are_no_new_revision(profile):
    services.update_answers(profile, revision=0, change=add("lane", "applied-ai"))
    with CaptureQueriesContext(connection) as ctx:
        services.update_answers(profile, revision=1, change=lambda _answers: None)
    assert ctx.captured_queries == []
    assert Profile.objects.get(pk=profile.pk).revision == 1


def test_answers_over_the_limit_save_nothing(profile, settings):
    settings.PIVOT_MAX_ANSWERS_BYTES = 100
    with pytest.raises(services.QuotaExceeded):
        services.update_answers(profile, revision=0, change=add("background", {"edge": "x" * 200}))
    assert Profile.objects.get(pk=profile.pk).revision == 0


def test_leaving_the_lane_unchanged_does_not_touch_it(profile):
    services.update_answers(profile, revision=0, change=add("lane", "applied-ai"))
    fresh = Profile.objects.get(pk=profile.pk)
    with CaptureQueriesContext(connection) as ctx:
        services.update_answers(fresh, revision=1, change=add("gaps", {}))
    assert not any("roles_rolearchetype" in q["sql"] for q in ctx.captured_queries)
    assert Profile.objects.get(pk=profile.pk).lane.slug == "applied-ai"

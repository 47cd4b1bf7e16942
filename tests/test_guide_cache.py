"""roles.guide: the guide's rows are loaded once per process and reloaded after any edit,
by this process or another one sharing the cache."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from roles import guide
from roles.models import MessageTemplate, MessagingRule, RoleArchetype

from .step_data import make_profile, step_url

pytestmark = pytest.mark.django_db


def new_request() -> None:
    # What request_started runs (sending the signal itself would also close the test's
    # database connection, through close_old_connections).
    guide.new_request()


def queries_for(call) -> int:
    with CaptureQueriesContext(connection) as ctx:
        call()
    return len(ctx.captured_queries)


def test_it_loads_the_rows_once_for_many_requests():
    assert queries_for(guide.message_templates) == 1
    for _ in range(3):
        new_request()
        assert queries_for(guide.message_templates) == 0


def test_a_saved_edit_is_seen_by_the_next_call():
    template = guide.message_templates()[0]
    row = MessageTemplate.objects.get(pk=template.pk)
    row.name = "Renamed by an editor"
    row.save()
    assert guide.message_templates()[0].name == "Renamed by an editor"


def test_a_delete_is_seen_by_the_next_call():
    before = len(guide.active_rules())
    MessagingRule.objects.filter(is_active=True).first().delete()
    assert len(guide.active_rules()) == before - 1


def test_a_lane_added_to_a_rule_is_seen_by_the_next_call():
    rule = next(r for r in guide.active_rules() if not r.lanes.all())
    rule_lanes_before = list(rule.lanes.all())
    MessagingRule.objects.get(pk=rule.pk).lanes.add(RoleArchetype.objects.first())
    reloaded = next(r for r in guide.active_rules() if r.pk == rule.pk)
    assert len(reloaded.lanes.all()) == len(rule_lanes_before) + 1


def test_an_edit_by_another_process_is_seen_from_its_next_request():
    guide.message_templates()
    # Another instance saved a template: its signal set a new stamp in the shared cache.
    cache.set(guide.STAMP_KEY, "set-by-another-process", timeout=None)
    # Within the current request the rows stay as they were (one stamp read a request)...
    assert queries_for(guide.message_templates) == 0
    new_request()
    # ...and the next request reloads them.
    assert queries_for(guide.message_templates) == 1


def test_an_edit_reaches_the_messaging_step(alice_client, alice):
    profile = make_profile(alice)
    alice_client.get(step_url(profile, "messaging"))  # the rows are now cached
    template = MessageTemplate.objects.get(key="linkedin_headline")
    template.name = "Headline, as renamed in admin"
    template.save()
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    assert "Headline, as renamed in admin" in body


def test_a_cached_fragment_is_rendered_once_until_the_content_changes():
    """{% cache … guide_stamp using="computed" %}, as the content-only fragments use it."""
    from django.template import Context, Template

    page = Template(
        '{% load cache %}{% cache 60 t key guide_stamp using="computed" %}{{ text }}{% endcache %}'
    )

    def render(**values) -> str:
        new_request()
        return page.render(Context({**values, "guide_stamp": guide.stamp}))

    assert render(key=1, text="first") == "first"
    assert render(key=1, text="second") == "first"
    assert render(key=2, text="other key") == "other key"
    template = MessageTemplate.objects.first()
    template.save()  # any content edit
    assert render(key=1, text="second") == "second"


def test_an_archetype_edit_reaches_the_roles_page_and_the_lane_step(client, alice_client, alice):
    profile = make_profile(alice)
    client.get("/roles/")
    alice_client.get(step_url(profile, "lane"))  # both fragments are now cached
    archetype = RoleArchetype.objects.get(slug="applied-ai")
    archetype.work_shape = "Edited in admin: ships features on top of models"
    archetype.save()
    assert archetype.work_shape in client.get("/roles/").content.decode()
    assert archetype.work_shape in alice_client.get(step_url(profile, "lane")).content.decode()

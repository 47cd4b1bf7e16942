"""The worked example's step pages (/example/<lane>/steps/<step>/): the sample, every step
and every lane, in the real step templates, read-only for visitors and signed-in people."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from profiles.models import Profile

from .example_data import (
    LANES,
    STEP_SLUGS,
    example_step_url,
    owner_urls,
    page_parts,
    start_url,
)

pytestmark = pytest.mark.django_db
BANNER = "This is an example profile — read-only"


@pytest.mark.parametrize("lane", LANES)
@pytest.mark.parametrize("slug", STEP_SLUGS)
def test_every_step_renders_read_only_on_every_lane(client, alice_client, lane, slug):
    for who in (client, alice_client):
        response = who.get(example_step_url(lane, slug))
        assert response.status_code == 200
        html = response.content.decode()
        assert BANNER in html
        assert "profiles/step_layout.html" in [t.name for t in response.templates]
        assert f"profiles/step_{slug}.html" in [t.name for t in response.templates]
        parts = page_parts(html)
        assert parts.htmx_writes == []
        assert owner_urls(parts) == []
        # The one form that posts, besides the site's "Sign out", is "Start from this
        # example", for the signed-in.
        posting = [f for f in parts.posting_forms() if f["action"] != reverse("account_logout")]
        expected = {start_url(lane)} if who is alice_client else set()
        assert {f["action"] for f in posting} == expected
        # Nothing else to type into or press.
        live = [c for c in parts.live_controls if c["form"] is None]
        assert live == []
    assert Profile.objects.count() == 0


def test_it_shows_the_samples_answers_in_the_steps_own_fields(client):
    html = client.get(example_step_url("applied-ai", "background")).content.decode()
    assert 'value="Runbook Copilot"' in html
    assert 'name="years"' in html and 'value="11"' in html and "disabled" in html
    assert "Save and continue" not in html
    assert 'id="autosave"' not in html
    assert "Next: credibility" in html


def test_the_step_list_and_next_link_stay_in_the_example(client):
    parts = page_parts(client.get(example_step_url("founding", "gaps")).content.decode())
    for slug in STEP_SLUGS:
        assert example_step_url("founding", slug) in parts.urls
    assert example_step_url("founding", "messaging") in parts.urls


def test_the_lane_links_open_the_same_step_on_each_lane(client):
    html = client.get(example_step_url("lead-ai", "skills")).content.decode()
    for lane in LANES:
        assert f'href="{example_step_url(lane, "skills")}"' in html
    assert f'href="{example_step_url("lead-ai", "skills")}" aria-current="page"' in html


def test_the_lane_step_shows_the_chosen_lane_checked(client):
    html = client.get(example_step_url("reliability-evals", "lane")).content.decode()
    assert 'value="reliability-evals"' in html
    checked = html.split('value="reliability-evals"', 1)[1].split(">", 1)[0]
    assert "checked" in checked


def test_the_review_offers_start_instead_of_save_version(alice_client):
    html = alice_client.get(example_step_url("applied-ai", "review")).content.decode()
    assert "Save version" not in html
    assert ">Change<" not in html
    assert "Start from this example" in html
    assert "Nothing: every step is complete" in html


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("slug", ["background", "messaging", "review"])
def test_it_refuses_every_write_method(alice_client, slug, method):
    response = getattr(alice_client, method)(
        example_step_url("applied-ai", slug), {"action": "save", "revision": "0"}
    )
    assert response.status_code == 405
    assert Profile.objects.count() == 0


@pytest.mark.parametrize(
    "url",
    [
        "/example/no-such-lane/steps/background/",
        "/example/applied-ai/steps/no-such-step/",
        "/example/no-such-lane/",
    ],
)
def test_it_404s_for_an_unknown_lane_or_step(client, url):
    assert client.get(url).status_code == 404


def test_htmx_gets_the_panel_and_the_header_out_of_band(client):
    response = client.get(example_step_url("founding", "skills"), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'id="example-header" class="example-header" hx-swap-oob="true"' in html
    assert f'href="{example_step_url("applied-ai", "skills")}"' in html
    assert "HX-Request" in response["Vary"]
    assert page_parts(html).htmx_writes == []


def test_the_entry_points_lead_to_the_first_step(client, alice_client):
    assert client.get(reverse("example:home"))["Location"] == example_step_url(
        "applied-ai", "background"
    )
    assert client.get(reverse("example:lane", args=["founding"]))["Location"] == (
        example_step_url("founding", "background")
    )
    assert client.post(reverse("example:home")).status_code == 405
    for who in (client, alice_client):
        assert f'href="{reverse("example:home")}"' in who.get("/").content.decode()


@pytest.mark.engine_free  # the app's query count
@pytest.mark.parametrize("slug", STEP_SLUGS)
@pytest.mark.parametrize("htmx", [False, True])
def test_the_query_count_is_small_and_the_same_on_every_lane(client, slug, htmx):
    """Counted on a warm process, as a server runs (the guide's rows are cached per
    process): a visitor's page needs at most the step's own content rows."""
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    for lane in LANES:  # warm: some content is cached per lane (the skills checklist)
        client.get(example_step_url(lane, slug), **extra)
    counts = set()
    for lane in LANES:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(example_step_url(lane, slug), **extra).status_code == 200
        counts.add(len(ctx.captured_queries))
    assert len(counts) == 1
    assert counts.pop() <= 3


def test_coach_findings_show_without_dismiss(client, alice_client):
    """A rule staff add later may flag the sample: its findings show, with nothing that
    would save a dismissal."""
    from roles.models import MessagingRule

    MessagingRule.objects.create(
        kind=MessagingRule.AVOID,
        slug="no-copilots",
        text="Copilot",
        pattern="Runbook Copilot",
        explanation="Say what it does.",
    )
    for who in (client, alice_client):
        for url in [
            example_step_url("applied-ai", "messaging"),
            example_step_url("applied-ai", "review"),
            reverse("example:linkedin", args=["applied-ai"]),
        ]:
            html = who.get(url).content.decode()
            # The review counts findings; the other two list them.
            assert "coach-finding" in html or re.search(r"The coach has \d+ findings", html), url
            assert "Dismiss" not in html and "coach_dismiss" not in html, url
            assert owner_urls(page_parts(html)) == [], url

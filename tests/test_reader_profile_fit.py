"""/roles/read/ for a signed-in person: pick a profile, see the match, low-rated skills,
touched gaps and best version; someone else's profile id is refused without a leak."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from profiles.models import Version
from profiles.tailoring.reader import NOT_YOURS
from profiles.versions.snapshot import save_version

from .tailoring_data import make_profile, posting

pytestmark = pytest.mark.django_db

URL = "/roles/read/"
HTMX = {"HTTP_HX_REQUEST": "true"}
PLATFORM = posting("c01_ai_platform_engineer")


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def read(client, profile=None, text=PLATFORM, **extra):
    data = {"text": text}
    if profile is not None:
        data["profile"] = str(getattr(profile, "pk", profile))
    return client.post(URL, data, **extra)


def test_the_picker_lists_only_my_profiles_latest_first(alice_client, profile, bob):
    make_profile(bob, name="Bob's secret lane")
    html = alice_client.get(URL).content.decode()
    assert 'name="profile"' in html
    assert f'<option value="{profile.pk}" selected>Applied AI' in html
    assert "Bob's secret lane" not in html


def test_a_visitor_gets_no_picker(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="text"' in html  # the reader itself is there
    assert 'name="profile"' not in html


def test_someone_with_no_profile_is_pointed_to_create_one(alice_client):
    html = alice_client.get(URL).content.decode()
    assert "create a profile</a> first" in html


def own_copy(profile, headline, about="", note="Hi, glad to connect.", intro="Hi, thanks."):
    """The four LinkedIn texts in the person's own words, so the match depends on them
    alone and not on how the templates word things."""
    profile.answers["messaging"]["overrides"] = {
        "linkedin_headline": headline,
        "linkedin_about": about or "I run production systems.",
        "connection_note": note,
        "intro_message": intro,
    }
    profile.save()


def test_the_match_shows_covered_and_missing_skills(alice_client, profile):
    own_copy(profile, "Platform engineer · model serving on Kubernetes · Python · cost")
    html = read(alice_client, profile).content.decode()
    assert "How “Applied AI” meets this posting" in html
    assert "Match rate: 4 of 9</strong> (44%)" in html
    named = html[html.index("Your copy names") : html.index("Missing from your copy")]
    for skill in ("serving", "K8s basics", "Python", "cost"):
        assert f"<li>{skill}</li>" in named
    missing = html[html.index("Missing from your copy") :][:900]
    assert "<li>evals</li>" in missing and "service mesh" in missing
    assert "<li>Python</li>" not in missing


def test_the_generated_copy_is_matched_too(alice_client, profile):
    html = read(alice_client, profile).content.decode()
    assert re.search(r"Match rate: [1-9]\d* of 9</strong>", html)


def test_skills_asked_for_and_rated_below_working_are_listed(alice_client, profile):
    html = read(alice_client, profile).content.decode()
    low = html[html.index("you rated below") : html.index("Your gaps this role touches")]
    assert 'Advanced routing <span class="muted">— None' in low
    assert 'K8s basics <span class="muted">— Basic' in low
    assert "Not rated" in low  # service mesh was never rated
    assert "Python" not in low  # rated strong


def test_gaps_the_role_touches_in_the_lanes_priority_and_shipped_ones_left_out(
    alice_client, profile
):
    html = read(alice_client, profile).content.decode()
    gaps = html[html.index("Your gaps this role touches") :]
    assert "in AI Platform / Infra Engineer priority" in gaps[:200]
    assert "Evals + observability" in gaps
    answers = profile.answers
    answers["gaps"]["evals-observability"]["status"] = "shipped"
    profile.save()
    html = read(alice_client, profile).content.decode()
    assert "Evals + observability" not in html[html.index("Your gaps this role touches") :][:800]


def test_the_best_version_is_the_one_naming_most_of_the_posting(alice_client, profile):
    own_copy(profile, "Backend engineer · Python")
    save_version(profile=profile, note="Plain")
    own_copy(profile, "Platform engineer · Python, model serving, service mesh, Kubernetes")
    save_version(profile=profile, note="Platform words")
    own_copy(profile, "Agents")
    save_version(profile=profile, note="Short")
    html = read(alice_client, profile).content.decode()
    assert "Version 2</a> (“Platform words”) names 4 of 9, more than your working copy" in html


def test_no_profile_chosen_reads_without_the_match(alice_client, profile):
    html = read(alice_client, "").content.decode()
    assert "How the guide reads" in html
    assert "Match rate" not in html


@pytest.mark.parametrize("htmx", [False, True], ids=["form-post", "htmx"])
def test_another_persons_profile_is_refused_by_the_field_without_a_leak(
    alice_client, profile, bob, htmx
):
    bobs = make_profile(bob, name="Bob's secret lane")
    response = read(alice_client, bobs, **(HTMX if htmx else {}))
    assert response.status_code == 200
    html = response.content.decode()
    assert NOT_YOURS in html
    assert "Bob's secret lane" not in html and "Match rate" not in html
    # The same answer for an id that exists nowhere: nothing to learn from it.
    unknown = read(alice_client, "00000000-0000-0000-0000-000000000000").content.decode()
    assert NOT_YOURS in unknown
    assert NOT_YOURS in read(alice_client, "not-a-uuid").content.decode()


def test_htmx_swaps_the_result_with_the_match_and_the_picker_out_of_band(alice_client, profile):
    html = read(alice_client, profile, **HTMX).content.decode()
    assert "<html" not in html
    assert "Match rate" in html
    assert 'id="profile-picker" class="field" hx-swap-oob="true"' in html


def test_the_role_form_is_filled_from_the_posting(alice_client, profile):
    html = read(alice_client, profile).content.decode()
    assert 'name="title" value="AI Platform Engineer"' in html
    assert 'name="company" value="Caldera"' in html
    assert f'formaction="/profiles/{profile.pk}/tailor/"' in html
    assert f'action="/profiles/{profile.pk}/readings/save/"' in html


def test_reading_with_a_profile_stores_nothing(alice_client, profile):
    with CaptureQueriesContext(connection) as queries:
        read(alice_client, profile)
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    # The session row may be touched by the login; nothing of the reading is.
    assert not [w for w in writes if "profiles_" in w or "savedreading" in w]


def count(client, profile) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert read(client, profile).status_code == 200
    return len(queries)


def test_the_query_count_is_fixed_whatever_the_number_of_versions(alice_client, profile):
    save_version(profile=profile)
    read(alice_client, profile)  # loads the reader's catalog, kept for the readings after
    one = count(alice_client, profile)
    assert one <= 13
    Version.objects.bulk_create(
        Version(profile=profile, number=n, snapshot={"texts": []}) for n in range(2, 41)
    )
    assert count(alice_client, profile) == one


def test_after_a_reading_another_profile_rereads_in_place_with_htmx(alice_client, profile):
    assert 'hx-trigger="change"' not in alice_client.get(URL).content.decode()
    html = read(alice_client, profile, **HTMX).content.decode()
    picker = html[html.index('id="profile-picker"') :]
    assert 'hx-trigger="change" hx-target="#reading-result"' in picker

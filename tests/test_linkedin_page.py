"""The LinkedIn copy page, for the working copy and for a saved version."""

from html import unescape

import pytest
from django.urls import reverse

from roles.models import LaneLine, MessageTemplate
from tests.coach_data import make_profile, make_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def page_url(profile, number=None):
    if number is None:
        return reverse("profiles:linkedin", args=[profile.pk])
    return reverse("profiles:version_linkedin", args=[profile.pk, number])


def test_it_shows_the_four_texts_with_counts_and_copy_buttons(alice_client, profile):
    response = alice_client.get(page_url(profile))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("LinkedIn headline", "LinkedIn About", "LinkedIn connection note", "Cold intro"):
        assert name in html
    assert html.count("<textarea") == 4
    assert html.count("data-copy-target") == 4
    assert "/ 220" in html and "/ 2600" in html and "/ 200" in html and "/ 300" in html
    assert "see more" in html
    assert 'aria-live="polite"' in html
    assert "js/copy.js" in html
    assert "<script>" not in html.split("</head>")[1]  # no inline script in the page body


def test_about_is_planned_from_the_answers(alice_client, profile):
    html = alice_client.get(page_url(profile)).content.decode()
    # The lead artifact and its result open the About, in the first person, told once.
    assert (
        "I built the Ticket triage agent, an agent for support tickets. It resolves 30% of "
        "support tickets. See https://example.com/agent." in html
    )
    assert "I'm looking at Applied AI Engineer roles." in unescape(html)  # &#39; or &#x27;


def test_staff_edits_to_the_lanes_lines_show_at_once(alice_client, profile):
    LaneLine.objects.filter(archetype__slug="applied-ai", kind="signal").update(
        text="Edited signal line."
    )
    html = alice_client.get(page_url(profile)).content.decode()
    assert "Edited signal line." in html


def test_a_version_page_shows_the_version_as_saved(alice_client, profile):
    version = make_version(profile)
    MessageTemplate.objects.filter(key="linkedin_about").update(body="Changed later")
    html = alice_client.get(page_url(profile, version.number)).content.decode()
    assert "version 1" in html.lower()
    assert "Changed later" not in html
    assert "Ticket triage agent" in html
    assert reverse("profiles:version_export", args=[profile.pk, 1, "linkedin", "md"]) in html


def test_a_version_saved_before_a_text_existed_renders_it_and_says_so(alice_client, profile):
    version = make_version(profile)
    version.snapshot["texts"] = [
        t for t in version.snapshot["texts"] if t["key"] != "intro_message"
    ]
    version.save()
    html = alice_client.get(page_url(profile, version.number)).content.decode()
    assert "saved before this text existed" in html


def test_it_shows_the_coachs_findings(alice_client, alice):
    profile = make_profile(
        alice, overrides={"linkedin_headline": "I'm transitioning to AI · LangGraph"}
    )
    html = alice_client.get(page_url(profile)).content.decode()
    assert "I'm transitioning to AI" in unescape(html)
    assert "How to fix" in html
    assert "Dismiss" in html


def test_a_version_page_has_no_dismiss_buttons(alice_client, alice):
    profile = make_profile(alice, overrides={"linkedin_headline": "I'm transitioning to AI"})
    make_version(profile)
    html = alice_client.get(page_url(profile, 1)).content.decode()
    assert "How to fix" in html
    assert "coach_dismiss" not in html


def test_what_the_person_typed_cannot_change_the_page(alice_client, alice):
    profile = make_profile(
        alice, overrides={"linkedin_headline": '</textarea><script>alert(1)</script>"'}
    )
    html = alice_client.get(page_url(profile)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_posting_without_javascript_counts_and_checks_the_typed_text(alice_client, profile):
    response = alice_client.post(page_url(profile), {"linkedin_headline": "😀" * 221})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>221</strong> / 220" in html
    assert "Too long" in html
    profile.refresh_from_db()
    assert (
        "overrides" not in profile.answers["messaging"]
        or not profile.answers["messaging"]["overrides"]
    )


def test_it_is_owner_scoped(bob_client, profile):
    make_version(profile)
    assert bob_client.get(page_url(profile)).status_code == 404
    assert bob_client.get(page_url(profile, 1)).status_code == 404
    assert bob_client.put(page_url(profile)).status_code == 404


def test_a_missing_version_is_404(alice_client, profile):
    assert alice_client.get(page_url(profile, 7)).status_code == 404


def test_it_refuses_other_methods(alice_client, profile):
    assert alice_client.put(page_url(profile)).status_code == 405
    assert alice_client.delete(page_url(profile)).status_code == 405


def test_it_needs_a_login(client, profile):
    response = client.get(page_url(profile))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_it_renders_in_a_bounded_number_of_queries(
    alice_client, profile, django_assert_max_num_queries
):
    version = make_version(profile)
    with django_assert_max_num_queries(6):
        assert alice_client.get(page_url(profile, version.number)).status_code == 200
    with django_assert_max_num_queries(12):
        assert alice_client.get(page_url(profile)).status_code == 200

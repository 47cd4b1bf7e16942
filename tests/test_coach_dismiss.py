"""Dismissing a coach finding for one text: kept in the working copy and in versions."""

import re

import pytest
from django.urls import reverse

from profiles.coach.engine import set_dismissed
from tests.coach_data import make_profile, make_version

pytestmark = pytest.mark.django_db

RULE = "avoid-transitioning-to-ai"


@pytest.fixture
def profile(alice):
    return make_profile(alice, overrides={"linkedin_headline": "I'm transitioning to AI"})


def dismiss_url(profile):
    return reverse("profiles:coach_dismiss", args=[profile.pk])


def test_it_dismisses_without_javascript_and_returns_to_the_page(alice_client, profile):
    back = reverse("profiles:linkedin", args=[profile.pk])
    response = alice_client.post(
        dismiss_url(profile), {"coach_dismiss": f"linkedin_headline {RULE}", "coach_next": back}
    )
    assert response.status_code == 302
    assert response["Location"] == back
    profile.refresh_from_db()
    assert profile.answers["messaging"]["dismissed"] == {"linkedin_headline": [RULE]}
    assert profile.revision == 1
    html = alice_client.get(back).content.decode()
    assert "Dismissed" in html and "Bring back" in html


def test_with_htmx_it_returns_the_findings_block(alice_client, profile):
    response = alice_client.post(
        dismiss_url(profile),
        {
            "coach_dismiss": f"linkedin_headline {RULE}",
            "linkedin_headline": "I'm transitioning to AI",
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="coach-block"' in html
    assert "Bring back" in html
    assert "<html" not in html
    assert 'id="id_revision"' not in html  # no revision field was posted: nothing to update


def count_sentence(html: str) -> str:
    match = re.search(r'<p id="finding-count"[^>]*hx-swap-oob="true"[^>]*>([^<]*)</p>', html)
    assert match, html
    return match.group(1)


def test_on_the_messaging_step_the_finding_count_follows_in_the_same_response(
    alice_client, profile
):
    step = alice_client.get(reverse("profiles:step", args=[profile.pk, "messaging"]))
    before = re.search(r"The coach has (\d+) findings?", step.content.decode())
    assert before, "the step shows a count"
    response = alice_client.post(
        dismiss_url(profile),
        {
            "coach_dismiss": f"linkedin_headline {RULE}",
            "revision": "0",
            "text__linkedin_headline": "I'm transitioning to AI",
        },
        HTTP_HX_REQUEST="true",
    )
    after = count_sentence(response.content.decode())
    assert f"has {int(before.group(1)) - 1} finding" in after or "no findings" in after
    assert after.endswith("on your copy.")


def test_on_the_linkedin_page_the_finding_count_follows(alice_client, profile):
    response = alice_client.post(
        dismiss_url(profile),
        {
            "coach_dismiss": f"linkedin_headline {RULE}",
            "linkedin_headline": "I'm transitioning to AI",
        },
        HTTP_HX_REQUEST="true",
    )
    page = alice_client.get(reverse("profiles:linkedin", args=[profile.pk])).content.decode()
    assert count_sentence(response.content.decode()).endswith("on this copy.")
    shown = re.search(r'<p id="finding-count"[^>]*>([^<]*)</p>', page).group(1)
    assert count_sentence(response.content.decode()) == shown


def test_on_the_messaging_step_it_keeps_the_forms_revision_current(alice_client, profile):
    response = alice_client.post(
        dismiss_url(profile),
        {"coach_dismiss": f"linkedin_headline {RULE}", "revision": "0"},
        HTTP_HX_REQUEST="true",
    )
    assert 'name="revision" value="1"' in response.content.decode()
    assert 'hx-swap-oob="outerHTML:#id_revision"' in response.content.decode()


def test_it_brings_a_finding_back(alice_client, profile):
    set_dismissed(profile=profile, text_key="linkedin_headline", rule_slug=RULE)
    alice_client.post(dismiss_url(profile), {"coach_restore": f"linkedin_headline {RULE}"})
    profile.refresh_from_db()
    assert profile.answers["messaging"]["dismissed"] == {}
    assert profile.revision == 2


def test_a_repeated_dismissal_changes_nothing(profile):
    set_dismissed(profile=profile, text_key="pitch", rule_slug=RULE)
    set_dismissed(profile=profile, text_key="pitch", rule_slug=RULE)
    profile.refresh_from_db()
    assert profile.answers["messaging"]["dismissed"] == {"pitch": [RULE]}
    assert profile.revision == 1


def test_it_keeps_the_rest_of_the_answers(profile):
    set_dismissed(profile=profile, text_key="pitch", rule_slug=RULE)
    profile.refresh_from_db()
    assert profile.answers["messaging"]["overrides"] == {
        "linkedin_headline": "I'm transitioning to AI"
    }
    assert profile.answers["background"]["level"] == "Senior"


def test_a_saved_version_keeps_the_dismissal(alice_client, profile):
    set_dismissed(profile=profile, text_key="linkedin_headline", rule_slug=RULE)
    version = make_version(profile)
    assert version.snapshot["answers"]["messaging"]["dismissed"] == {"linkedin_headline": [RULE]}
    html = alice_client.get(reverse("profiles:version_linkedin", args=[profile.pk, 1])).content
    assert b"Dismissed" in html


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"coach_dismiss": "linkedin_headline no-such-rule"},
        {"coach_dismiss": f"no_such_text {RULE}"},
        {"coach_dismiss": "linkedin_headline"},
    ],
)
def test_it_refuses_bad_input(alice_client, profile, data):
    assert alice_client.post(dismiss_url(profile), data).status_code == 400
    profile.refresh_from_db()
    assert profile.revision == 0


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/profiles/",
        "/\\evil.example",
        "x",  # redirect() looked bare words up as URL names: a 500
        "account_logout",  # ...or a real one: signed the person out
        "javascript:alert(1)",
        "/profiles/\x00",
    ],
)
def test_it_refuses_a_next_that_is_not_a_path_on_this_site(alice_client, profile, next_url):
    response = alice_client.post(
        dismiss_url(profile),
        {"coach_dismiss": f"linkedin_headline {RULE}", "coach_next": next_url},
    )
    assert response.status_code == 400
    profile.refresh_from_db()
    assert profile.revision == 0


@pytest.mark.parametrize("field", ["coach_dismiss", "coach_restore"])
def test_a_nul_in_the_finding_is_refused_with_400_not_a_database_error(
    alice_client, profile, field
):
    response = alice_client.post(dismiss_url(profile), {field: f"linkedin_headline\x00 {RULE}"})
    assert response.status_code == 400
    assert "NUL" in response.content.decode()
    profile.refresh_from_db()
    assert profile.revision == 0


def test_without_a_next_it_returns_to_the_linkedin_page(alice_client, profile):
    response = alice_client.post(
        dismiss_url(profile), {"coach_dismiss": f"linkedin_headline {RULE}"}
    )
    assert response["Location"] == reverse("profiles:linkedin", args=[profile.pk])


def test_it_rejects_other_owner(bob_client, profile):
    response = bob_client.post(dismiss_url(profile), {"coach_dismiss": f"linkedin_headline {RULE}"})
    assert response.status_code == 404
    assert bob_client.get(dismiss_url(profile)).status_code == 404
    profile.refresh_from_db()
    assert profile.revision == 0


def test_it_only_accepts_post(alice_client, profile):
    assert alice_client.get(dismiss_url(profile)).status_code == 405

"""Start from my current LinkedIn: paste, coach, side-by-side diff, keep one as an override."""

import pytest
from django.urls import reverse

from profiles.exports.linkedin import linkedin_texts, source_for_profile
from tests.step_data import fill_all, make_profile

pytestmark = pytest.mark.django_db

HEADLINE = "Passionate engineer <b>transitioning</b> into AI"
ABOUT = "I am a backend engineer.\n\nNow learning LLMs & agents."


@pytest.fixture
def profile(alice_client, alice):
    return fill_all(alice_client, make_profile(alice))


def url(profile) -> str:
    return reverse("profiles:current_linkedin", args=[profile.pk])


def pivot_text(profile, key: str) -> str:
    return {t.key: t.text for t in linkedin_texts(source_for_profile(profile))}[key]


def post(client, profile, **data):
    return client.post(url(profile), {"revision": profile.revision} | data)


def test_the_linkedin_page_links_here(alice_client, profile):
    body = alice_client.get(reverse("profiles:linkedin", args=[profile.pk])).content.decode()
    assert f'href="{url(profile)}"' in body


def test_get_shows_an_empty_form(alice_client, profile):
    response = alice_client.get(url(profile))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Your current LinkedIn headline" in body and "Your current About" in body
    assert "Word by word" not in body


def test_compare_shows_findings_and_a_side_by_side_diff_and_stores_nothing(alice_client, profile):
    before = (profile.revision, profile.answers)

    response = post(alice_client, profile, headline=HEADLINE, about=ABOUT)

    body = response.content.decode()
    assert response.status_code == 200
    comparisons = {c.field: c for c in response.context["comparisons"]}
    assert set(comparisons) == {"headline", "about"}
    headline = comparisons["headline"]
    assert headline.pivot == pivot_text(profile, "linkedin_headline")
    assert "learning LLMs" in [f.quote for f in comparisons["about"].findings]
    assert "learning LLMs" in body  # the coach's quote, shown with its fix
    # Side by side: mine with what Pivot drops struck out, Pivot's with what it adds.
    assert "<del>" in headline.pasted_html and "<ins>" not in headline.pasted_html
    assert "<ins>" in headline.pivot_html and "<del>" not in headline.pivot_html
    assert "&lt;b&gt;transitioning&lt;/b&gt;" in body and "<b>transitioning" not in body
    assert 'value="headline"' in body and 'value="about"' in body
    profile.refresh_from_db()
    assert (profile.revision, profile.answers) == before


def test_only_pasted_texts_are_compared(alice_client, profile):
    response = post(alice_client, profile, headline="", about=ABOUT)
    assert [c.field for c in response.context["comparisons"]] == ["about"]


def test_keep_makes_the_pasted_text_the_profiles_override(alice_client, profile):
    response = post(alice_client, profile, headline=HEADLINE, about=ABOUT, keep="about")

    assert response.status_code == 200
    profile.refresh_from_db()
    overrides = profile.answers["messaging"]["overrides"]
    assert overrides.get("linkedin_about") == ABOUT
    assert not overrides.get("linkedin_headline")
    assert pivot_text(profile, "linkedin_about") == ABOUT
    body = response.content.decode()
    assert "Your About is now this profile" in body
    about = {c.field: c for c in response.context["comparisons"]}["about"]
    assert about.same and 'value="about"' not in body
    # The form carries the new revision, so keeping the headline next is not stale.
    assert response.context["form"]["revision"].value() == profile.revision
    post(alice_client, profile, headline=HEADLINE, about=ABOUT, keep="headline")
    profile.refresh_from_db()
    assert profile.answers["messaging"]["overrides"]["linkedin_headline"] == HEADLINE


def test_keep_from_a_stale_page_keeps_nothing_and_says_so(alice_client, profile):
    stale = profile.revision - 1
    response = alice_client.post(
        url(profile), {"revision": stale, "headline": HEADLINE, "keep": "headline"}
    )
    assert response.status_code == 409
    assert "changed in another tab" in response.content.decode()
    profile.refresh_from_db()
    assert not (profile.answers["messaging"].get("overrides") or {}).get("linkedin_headline")


@pytest.mark.parametrize(
    "data, message",
    [
        ({"headline": "  ", "about": ""}, "Paste your current headline, your About, or both"),
        ({"headline": "x" * 10_001}, "paste at most 10000 characters"),
        ({"headline": "Mine", "keep": "pitch"}, "Choose one of the texts shown to keep"),
        ({"headline": "Mine", "keep": "about"}, "There is no pasted text to keep here"),
        ({"headline": "Mine", "revision": "soon"}, "Enter a whole number"),
    ],
)
def test_bad_input_gets_a_message_keeps_the_text_and_stores_nothing(
    alice_client, profile, data, message
):
    before = profile.revision
    response = post(alice_client, profile, **data)
    body = response.content.decode()
    assert response.status_code == 400
    assert message in body
    if data.get("headline", "").strip():
        assert data["headline"][:50] in body
    profile.refresh_from_db()
    assert profile.revision == before


def test_other_owner_gets_404(bob_client, profile):
    assert bob_client.get(url(profile)).status_code == 404
    assert bob_client.post(url(profile), {"headline": "x", "keep": "headline"}).status_code == 404
    profile.refresh_from_db()
    assert not (profile.answers["messaging"].get("overrides") or {}).get("linkedin_headline")


def test_wrong_method_is_405(alice_client, profile):
    assert alice_client.put(url(profile)).status_code == 405

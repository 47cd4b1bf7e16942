"""Start from my current LinkedIn: paste, coach (the copy lint included), side-by-side diff,
and the three choices per text: Pivot's, mine, mine with Pivot's first line."""

import pytest
from django.urls import reverse

from profiles.current_linkedin.compare import first_line
from profiles.exports.linkedin import linkedin_texts, source_for_profile
from tests.step_data import fill_all, make_profile

pytestmark = pytest.mark.django_db

HEADLINE = "Passionate engineer <b>transitioning</b> into AI"
NO_AI_HEADLINE = "Senior Software Engineer at FreightPath | Backend | Java, Kotlin, AWS"
ABOUT = "I am a backend engineer.\n\nNow learning LLMs & agents."


@pytest.fixture
def profile(alice_client, alice):
    return fill_all(alice_client, make_profile(alice))


def url(profile) -> str:
    return reverse("profiles:current_linkedin", args=[profile.pk])


def used_text(profile, key: str) -> str:
    return {t.key: t.text for t in linkedin_texts(source_for_profile(profile))}[key]


def overrides(profile) -> dict:
    profile.refresh_from_db()
    return profile.answers["messaging"].get("overrides") or {}


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


def test_compare_shows_findings_a_diff_and_three_choices_and_stores_nothing(alice_client, profile):
    before = (profile.revision, profile.answers)

    response = post(alice_client, profile, headline=HEADLINE, about=ABOUT)

    body = response.content.decode()
    assert response.status_code == 200
    comparisons = {c.field: c for c in response.context["comparisons"]}
    assert set(comparisons) == {"headline", "about"}
    headline = comparisons["headline"]
    assert headline.pivot == used_text(profile, "linkedin_headline")
    assert headline.in_use == "pivot"
    assert "learning LLMs" in [f.quote for f in comparisons["about"].findings]
    assert "learning LLMs" in body  # the coach's quote, shown with its fix
    assert "<del>" in headline.pasted_html and "<ins>" not in headline.pasted_html
    assert "<ins>" in headline.pivot_html and "<del>" not in headline.pivot_html
    assert "&lt;b&gt;transitioning&lt;/b&gt;" in body and "<b>transitioning" not in body
    for field in ("headline", "about"):
        for choice in ("pivot", "mine", "first"):
            assert f'value="{field} {choice}"' in body
    assert "Use Pivot’s" in body and "Keep mine, with Pivot’s first line" in body
    profile.refresh_from_db()
    assert (profile.revision, profile.answers) == before


def test_a_pasted_headline_is_judged_by_the_copy_lint(alice_client, profile):
    response = post(alice_client, profile, headline=NO_AI_HEADLINE)
    [headline] = response.context["comparisons"]
    assert "lint-headline-no-ai" in [f.rule_slug for f in headline.findings]
    assert "Name your AI work in the headline." in response.content.decode()


def test_dismissals_made_for_pivots_text_do_not_hide_findings_on_yours(alice_client, profile):
    dismiss = reverse("profiles:coach_dismiss", args=[profile.pk])
    alice_client.post(dismiss, {"coach_dismiss": "linkedin_headline lint-headline-no-ai"})
    profile.refresh_from_db()
    [headline] = post(alice_client, profile, headline=NO_AI_HEADLINE).context["comparisons"]
    assert "lint-headline-no-ai" in [f.rule_slug for f in headline.findings]


def test_only_pasted_texts_are_compared(alice_client, profile):
    response = post(alice_client, profile, headline="", about=ABOUT)
    assert [c.field for c in response.context["comparisons"]] == ["about"]


def test_keep_mine_makes_the_pasted_text_the_profiles_own(alice_client, profile):
    response = post(alice_client, profile, headline=HEADLINE, about=ABOUT, choose="about mine")

    assert response.status_code == 200
    assert overrides(profile) == {"linkedin_about": ABOUT.strip()}
    assert used_text(profile, "linkedin_about") == ABOUT.strip()
    body = response.content.decode()
    assert "Your About is now this profile’s own" in body
    about = {c.field: c for c in response.context["comparisons"]}["about"]
    assert about.in_use == "mine" and "In use" in body
    # The form carries the new revision, so choosing for the headline next is not stale.
    assert response.context["form"]["revision"].value() == profile.revision
    post(alice_client, profile, headline=HEADLINE, about=ABOUT, choose="headline mine")
    assert overrides(profile)["linkedin_headline"] == HEADLINE


def test_keep_mine_with_pivots_first_line(alice_client, profile):
    pivot_about = used_text(profile, "linkedin_about")

    post(alice_client, profile, headline=NO_AI_HEADLINE, about=ABOUT, choose="about first")
    profile.refresh_from_db()
    post(alice_client, profile, headline=NO_AI_HEADLINE, choose="headline first")

    kept = overrides(profile)
    lead = first_line("linkedin_about", pivot_about)
    assert lead and kept["linkedin_about"] == f"{lead}\n\n{ABOUT.strip()}"
    role = first_line("linkedin_headline", used_text(profile, "linkedin_headline"))
    assert kept["linkedin_headline"] == f"{role} | Backend | Java, Kotlin, AWS"


def test_use_pivots_drops_a_kept_text_and_is_no_edit_when_nothing_is_kept(alice_client, profile):
    post(alice_client, profile, about=ABOUT, choose="about mine")
    profile.refresh_from_db()
    kept_revision = profile.revision

    response = post(alice_client, profile, about=ABOUT, choose="about pivot")

    assert "linkedin_about" not in overrides(profile)
    assert profile.revision == kept_revision + 1
    assert "Pivot’s About is the one this profile uses" in response.content.decode()
    post(alice_client, profile, about=ABOUT, choose="about pivot")
    profile.refresh_from_db()
    assert profile.revision == kept_revision + 1  # a double submit is not a new revision


def test_a_choice_from_a_stale_page_keeps_nothing_and_says_so(alice_client, profile):
    stale = profile.revision - 1
    response = alice_client.post(
        url(profile), {"revision": stale, "headline": HEADLINE, "choose": "headline mine"}
    )
    assert response.status_code == 409
    assert "changed in another tab" in response.content.decode()
    assert "linkedin_headline" not in overrides(profile)


def test_htmx_gets_the_panel_alone(alice_client, profile):
    response = alice_client.post(
        url(profile),
        {"revision": profile.revision, "headline": NO_AI_HEADLINE, "choose": "headline mine"},
        headers={"HX-Request": "true"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body and 'id="paste-form"' in body
    assert "Your headline is now this profile’s own" in body
    assert overrides(profile)["linkedin_headline"] == NO_AI_HEADLINE


@pytest.mark.parametrize(
    "data, message",
    [
        ({"headline": "  ", "about": ""}, "Paste your current headline, your About, or both"),
        ({"headline": "x" * 10_001}, "paste at most 10000 characters"),
        ({"headline": "Mine", "choose": "pitch mine"}, "Choose one of the options shown"),
        ({"headline": "Mine", "choose": "headline all"}, "Choose one of the options shown"),
        ({"headline": "Mine", "choose": "about mine"}, "There is no pasted text here"),
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
    response = bob_client.post(url(profile), {"headline": "x", "choose": "headline mine"})
    assert response.status_code == 404
    assert "linkedin_headline" not in overrides(profile)


def test_wrong_method_is_405(alice_client, profile):
    assert alice_client.put(url(profile)).status_code == 405
    assert alice_client.delete(url(profile)).status_code == 405

"""Each step: page and partial, both submit ways, owner scoping, 405, bad input back."""

import pytest

from profiles.models import Profile

from .step_data import (
    ALL_SLUGS,
    STEP_SLUGS,
    make_profile,
    step_url,
    valid_data,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


HX = {"HTTP_HX_REQUEST": "true"}

BAD_INPUT = {
    # slug: (changes to valid data, a message shown, the typed text that must come back)
    "background": (
        {"years": "ninety", "artifact-0-url": "javascript:alert(1)"},
        "Years of experience must be a whole number",
        'value="ninety"',
    ),
    "credibility": (
        {"point__ai-proof": "shipped " + "x" * 2000},
        "Ensure this value has at most 2000 characters",
        "shipped xxxx",
    ),
    "lane": ({"lane": "astronaut"}, "Choose one of the lanes shown", ""),
    "skills": (
        {"skill__" + "__placeholder__": ""},
        "",
        "",
    ),
    "gaps": (
        {"gap__mcp__status": "shipped", "gap__mcp__link": "ftp://example.com/x"},
        "Enter a link that starts with http:// or https://",
        "ftp://example.com/x",
    ),
    "messaging": (
        {"text__pitch": "My pitch " + "y" * 5000},
        "Ensure this value has at most 5000 characters",
        "My pitch yyyy",
    ),
}


def bad_data(slug, revision=0):
    data = valid_data(slug, revision)
    if slug == "skills":
        from roles.models import Skill

        first = Skill.objects.order_by("domain__order", "order").first()
        data[f"skill__{first.slug}"] = "expert"
        return data, "Rate " + first.name + " as none, basic, working or strong", ""
    changes, message, typed = BAD_INPUT[slug]
    data.update(changes)
    return data, message, typed


@pytest.mark.parametrize("slug", ALL_SLUGS)
def test_step_page_works(alice_client, profile, slug):
    response = alice_client.get(step_url(profile, slug))
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" in body and 'id="step-panel"' in body and 'id="step-heading"' in body
    assert 'hx-history="false"' in body
    assert response["Vary"].count("HX-Request") == 1


@pytest.mark.parametrize("slug", ALL_SLUGS)
def test_step_partial_is_only_the_panel(alice_client, profile, slug):
    response = alice_client.get(step_url(profile, slug), **HX)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body and "site-header" not in body
    assert 'class="step-grid"' in body and 'id="step-heading"' in body


def test_history_restore_gets_the_full_page(alice_client, profile):
    response = alice_client.get(
        step_url(profile, "lane"), HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )
    assert "<html" in response.content.decode()


@pytest.mark.parametrize("slug", ALL_SLUGS)
@pytest.mark.parametrize("method", ["get", "post", "put"])
def test_it_rejects_other_owner(bob_client, profile, slug, method):
    response = getattr(bob_client, method)(step_url(profile, slug))
    assert response.status_code == 404


@pytest.mark.parametrize("slug", ALL_SLUGS)
def test_wrong_method_is_405(alice_client, profile, slug):
    assert alice_client.put(step_url(profile, slug)).status_code == 405
    assert alice_client.delete(step_url(profile, slug)).status_code == 405


def test_review_refuses_post_with_405(alice_client, profile):
    assert alice_client.post(step_url(profile, "review")).status_code == 405


def test_unknown_step_is_404(alice_client, profile):
    assert alice_client.get(step_url(profile, "astrology")).status_code == 404


def test_it_requires_sign_in(client, profile):
    response = client.get(step_url(profile, "background"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("slug", STEP_SLUGS)
def test_plain_post_saves_and_redirects_to_next_step(alice_client, profile, slug):
    response = alice_client.post(step_url(profile, slug), valid_data(slug, 0))
    following = ALL_SLUGS[ALL_SLUGS.index(slug) + 1]
    assert response.status_code == 302
    assert response["Location"] == step_url(profile, following)
    profile.refresh_from_db()
    assert profile.revision == 1
    assert slug in profile.answers


@pytest.mark.parametrize("slug", STEP_SLUGS)
def test_htmx_post_saves_and_swaps_next_panel(alice_client, profile, slug):
    response = alice_client.post(step_url(profile, slug), valid_data(slug, 0), **HX)
    following = ALL_SLUGS[ALL_SLUGS.index(slug) + 1]
    assert response.status_code == 200
    assert response["HX-Push-Url"] == step_url(profile, following)
    body = response.content.decode()
    assert "<html" not in body
    assert f'href="{step_url(profile, following)}" aria-current="step"' in body
    assert 'name="revision" value="1"' in body or following == "review"
    profile.refresh_from_db()
    assert profile.revision == 1 and slug in profile.answers


@pytest.mark.parametrize("slug", STEP_SLUGS)
@pytest.mark.parametrize("htmx", [False, True])
def test_bad_input_is_shown_back_and_nothing_saved(alice_client, profile, slug, htmx):
    data, message, typed = bad_data(slug)
    response = alice_client.post(step_url(profile, slug), data, **(HX if htmx else {}))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="error-summary"' in body
    assert message in body
    assert "field--error" in body
    if typed:
        assert typed in body
    assert ("<html" in body) is not htmx
    assert "HX-Push-Url" not in response
    profile.refresh_from_db()
    assert profile.revision == 0 and profile.answers == {}


def test_error_summary_links_to_the_fields(alice_client, profile):
    data = valid_data("background")
    data.update({"level": "", "years": "51", "artifact-0-url": "file:///etc/passwd"})
    body = alice_client.post(step_url(profile, "background"), data).content.decode()
    assert 'href="#id_level_0"' in body
    assert 'href="#id_years"' in body
    assert 'href="#id_artifact-0-url"' in body
    assert "Years of experience must be 50 or less" in body
    assert 'aria-describedby="id_years_helptext id_years_error"' in body


def test_saving_the_lane_sets_profile_lane(alice_client, profile):
    alice_client.post(step_url(profile, "lane"), valid_data("lane"))
    profile.refresh_from_db()
    assert profile.lane.slug == "applied-ai"
    assert profile.answers["lane"] == "applied-ai"


def test_step_list_marks_complete_steps(alice_client, profile):
    alice_client.post(step_url(profile, "background"), valid_data("background"))
    body = alice_client.get(step_url(profile, "lane")).content.decode()
    assert body.count("is-complete") == 1
    assert "Complete" in body


def test_saving_one_step_keeps_the_others(alice_client, profile):
    alice_client.post(step_url(profile, "background"), valid_data("background", 0))
    alice_client.post(step_url(profile, "lane"), valid_data("lane", 1))
    profile = Profile.objects.get(pk=profile.pk)
    assert profile.answers["background"]["years"] == 9
    assert profile.answers["background"]["artifacts"][0]["url"] == "https://example.com/agent"
    assert profile.answers["lane"] == "applied-ai"


def test_other_profiles_of_mine_are_untouched(alice_client, alice, profile):
    other = make_profile(alice, "Other")
    alice_client.post(step_url(profile, "background"), valid_data("background", 0))
    other.refresh_from_db()
    assert other.answers == {} and other.revision == 0

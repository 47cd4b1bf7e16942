"""Tailor my copy to this role: a draft to review (nothing written), then saved as a
version labelled with the role, and only on request used as the working copy."""

from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from profiles.models import Profile, Version
from profiles.services import update_answers
from profiles.versions.snapshot import save_version

from .tailoring_data import GATEWAY, make_profile, posting

pytestmark = pytest.mark.django_db

PLATFORM = posting("c01_ai_platform_engineer")
LABEL = "Tailored: AI Platform Engineer at Caldera"


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def role(**extra):
    return {"text": PLATFORM, "title": "AI Platform Engineer", "company": "Caldera", **extra}


def tailor_url(profile):
    return f"/profiles/{profile.pk}/tailor/"


def save_url(profile):
    return f"/profiles/{profile.pk}/tailor/save/"


def test_the_draft_shows_tailored_copy_with_a_word_diff_and_writes_nothing(alice_client, profile):
    revision = profile.revision
    with CaptureQueriesContext(connection) as queries:
        response = alice_client.post(tailor_url(profile), role())
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{LABEL}</h1>" in html
    assert "draft, not saved" in html
    assert f"Your artifact “{GATEWAY}” now leads." in html
    assert '<ins><span class="visually-hidden">added: </span>' in html
    assert "I saw the AI Platform Engineer role at Caldera." in html
    assert "coach-none" in html or "coach-findings" in html  # the coach ran on the result
    assert f'name="revision" value="{revision}"' in html
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert not [w for w in writes if "profiles_" in w]
    assert len(queries) <= 17
    profile.refresh_from_db()
    assert profile.revision == revision and profile.last_version_number == 0


def test_save_as_version_labels_it_and_leaves_the_working_copy(
    alice_client, profile, django_assert_max_num_queries
):
    before = profile.answers
    # 26: the lane's lines in generated copy and the copy lint's rules are two more row
    # sets (each once per content edit).
    with django_assert_max_num_queries(26):
        response = alice_client.post(
            save_url(profile), role(revision=profile.revision, use="version")
        )
    version = Version.objects.get(profile=profile)
    assert response.status_code == 302 and response["Location"] == version.get_absolute_url()
    assert version.note == LABEL
    about = next(t for t in version.snapshot["texts"] if t["key"] == "linkedin_about")["text"]
    assert GATEWAY in about.splitlines()[0] or "routing, caching" in about.splitlines()[0]
    profile.refresh_from_db()
    assert profile.answers == before
    page = alice_client.get(version.get_absolute_url(), follow=True).content.decode()
    assert "Your working copy is unchanged" in page


def test_the_tailored_version_shows_in_history_and_diff_like_any_version(alice_client, profile):
    save_version(profile=profile, note="Before tailoring")
    alice_client.post(save_url(profile), role(revision=profile.revision, use="version"))
    history = alice_client.get(f"/profiles/{profile.pk}/versions/").content.decode()
    assert LABEL in history
    diff = alice_client.get(f"/profiles/{profile.pk}/versions/compare/?a=1&b=2").content.decode()
    assert "LinkedIn connection note" in diff and "<ins>" in diff


def test_use_as_working_copy_also_updates_the_working_copy(alice_client, profile):
    revision = profile.revision
    alice_client.post(save_url(profile), role(revision=revision, use="working"))
    profile.refresh_from_db()
    assert profile.revision == revision + 1
    assert profile.answers["background"]["artifacts"][0]["name"] == GATEWAY
    assert Version.objects.get(profile=profile).note == LABEL


def test_a_draft_from_an_older_working_copy_is_not_saved(alice_client, profile):
    stale = profile.revision
    update_answers(profile, revision=None, change=lambda a: a | {"lane": "ai-platform"})
    response = alice_client.post(save_url(profile), role(revision=stale, use="working"))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Your working copy changed after this draft was made" in html
    assert f'name="revision" value="{profile.revision}"' in html
    assert not Version.objects.filter(profile=profile).exists()
    assert Profile.objects.get(pk=profile.pk).answers["lane"] == "ai-platform"


@pytest.mark.parametrize("url", [tailor_url, save_url])
def test_it_rejects_other_owner(bob_client, profile, url):
    assert bob_client.post(url(profile), role(revision=0)).status_code == 404
    assert bob_client.get(url(profile)).status_code == 404
    assert not Version.objects.exists()


@pytest.mark.parametrize("url", [tailor_url, save_url])
def test_wrong_method(alice_client, profile, url):
    assert alice_client.get(url(profile)).status_code == 405


def test_signed_out_is_sent_to_sign_in(client, profile):
    response = client.post(tailor_url(profile), role())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (role(title=""), "Enter the role's title"),
        (role(title="x" * 81), "Shorten the role's title to 80 characters"),
        (role(company="y" * 81), "Shorten the company name to 80 characters"),
        (role(text="   "), "Paste the text of a job posting"),
        (role(text="a" * 20_001), "the reader takes up to 20,000"),
    ],
    ids=["no-title", "long-title", "long-company", "empty-posting", "long-posting"],
)
@pytest.mark.parametrize("htmx", [False, True], ids=["form-post", "htmx"])
def test_bad_input_gets_a_message_and_keeps_what_was_typed(
    alice_client, profile, data, message, htmx
):
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = alice_client.post(tailor_url(profile), data, **extra)
    assert response.status_code == (200 if htmx else 400)
    html = response.content.decode()
    # Read as a browser reads it: Django and Jinja2 escape an apostrophe differently.
    assert message in unescape(html)
    assert ("<html" in html) is not htmx
    if data["company"] == "Caldera":
        assert 'value="Caldera"' in html


def test_save_with_an_unreadable_revision_shows_the_fresh_draft(alice_client, profile):
    response = alice_client.post(save_url(profile), role(revision="x"))
    assert response.status_code == 409
    assert f'name="revision" value="{profile.revision}"' in response.content.decode()
    assert not Version.objects.exists()


def test_save_with_bad_role_fields_shows_them_to_correct(alice_client, profile):
    response = alice_client.post(save_url(profile), role(title="", revision=profile.revision))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter the role&#x27;s title" in html and 'id="role_title"' in html
    assert not Version.objects.exists()


def test_an_empty_profile_gets_a_draft_that_says_what_to_fill_in(alice_client, alice):
    empty = Profile.objects.create(owner=alice, name="Empty")
    response = alice_client.post(tailor_url(empty), role())
    assert response.status_code == 200
    html = response.content.decode()
    assert "You have not named an AI artifact yet" in html
    said = "I saw the AI Platform Engineer role at Caldera. I'd be glad to connect."
    assert said in unescape(html)


NOTE = "Hi, I saw the AI Platform Engineer role at Caldera. I run an LLM gateway for 6 teams."


def test_the_review_offers_the_two_role_texts_to_edit(alice_client, profile):
    html = alice_client.post(tailor_url(profile), role()).content.decode()
    assert html.count('form="tailor-save"') == 2
    assert 'name="connection_note"' in html and 'name="intro_message"' in html
    assert "Check my edits again" in html


def test_check_again_shows_the_edit_with_its_count_and_findings(alice_client, profile):
    response = alice_client.post(tailor_url(profile), role(connection_note=NOTE))
    html = response.content.decode()
    assert "LinkedIn connection note: your own wording." in html
    assert f"<strong>{len(NOTE)}</strong> / 200" in html


def test_an_edited_text_is_saved_in_the_version(alice_client, profile):
    alice_client.post(
        save_url(profile), role(revision=profile.revision, use="version", connection_note=NOTE)
    )
    texts = {t["key"]: t["text"] for t in Version.objects.get().snapshot["texts"]}
    assert texts["connection_note"] == NOTE
    assert "AI Platform Engineer role at Caldera" in texts["intro_message"]


def test_an_edit_too_long_is_refused_with_a_message(alice_client, profile):
    response = alice_client.post(tailor_url(profile), role(intro_message="x" * 10_001))
    assert response.status_code == 400
    assert "Shorten this text to 10,000 characters" in response.content.decode()

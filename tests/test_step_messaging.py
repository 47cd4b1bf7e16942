"""Messaging: generated texts with visible blanks, overrides, reset, live preview, coach."""

from html import unescape

import pytest
from django.urls import reverse

from profiles.models import Profile
from roles.models import GlossaryTerm, MessageTemplate

from .step_data import fill_all, make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


HX = {"HTTP_HX_REQUEST": "true"}


def test_blanks_are_visible_never_raw_placeholders(alice_client, profile):
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    assert '<mark class="blank"' in body
    assert "[years]" in body
    assert "{years}" not in body and "None" not in body


def test_every_template_is_shown_with_a_count(alice_client, profile):
    fill_all(alice_client, profile)
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    for template in MessageTemplate.objects.all():
        assert f'id="preview-{template.key}"' in body
        assert f'name="text__{template.key}"' in body
    said = "I'm a senior engineer with 9 years across payments, backend, and cloud."
    assert said in unescape(body)  # Jinja2 escapes ' as &#39;, Django as &#x27;
    # The guide's template stays visible beside Pivot's rendering of it, blanks named.
    assert "The guide's template for this text" in body
    assert "[level] engineer with [years]+ years across [your domains]" in body
    assert "characters of 220" in body


def test_admin_edits_to_templates_and_glossary_show_at_once(alice_client, profile):
    MessageTemplate.objects.filter(key="pitch").update(body="Edited pitch for {level}.")
    GlossaryTerm.objects.create(term="Zorp", slug="zorp", meaning="A made-up term", order=99)
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    assert "Edited pitch for " in body
    assert '<abbr title="A made-up term">Zorp</abbr>' in body


def test_override_is_saved_and_shown(alice_client, profile):
    data = valid_data("messaging")
    data["text__pitch"] = "My own pitch."
    assert alice_client.post(step_url(profile, "messaging"), data).status_code == 302
    saved = Profile.objects.get(pk=profile.pk).answers["messaging"]["overrides"]
    assert saved == {"pitch": "My own pitch."}
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    assert "My own pitch." in body and "Your text" in body and "Reset to generated" in body


def test_typing_the_generated_text_back_is_not_an_override(alice_client, profile):
    data = valid_data("messaging")
    data["text__primary_line"] = MessageTemplate.objects.get(key="primary_line").body
    alice_client.post(step_url(profile, "messaging"), data)
    assert Profile.objects.get(pk=profile.pk).answers["messaging"]["overrides"] == {}


@pytest.mark.parametrize("extra", [{}, HX])
def test_reset_to_generated_clears_that_override(alice_client, profile, extra):
    data = valid_data("messaging")
    data["text__pitch"] = "My own pitch."
    data["text__moat"] = "My own moat."
    alice_client.post(step_url(profile, "messaging"), data)
    data["revision"] = "1"
    data["reset"] = "pitch"
    response = alice_client.post(step_url(profile, "messaging"), data, **extra)
    assert response.status_code in (200, 302)
    overrides = Profile.objects.get(pk=profile.pk).answers["messaging"]["overrides"]
    assert overrides == {"moat": "My own moat."}
    if extra:
        assert "Reset to the generated text." in response.content.decode()
        assert "HX-Push-Url" not in response
    else:
        assert response["Location"].startswith(step_url(profile, "messaging"))


def test_preview_endpoint_returns_oob_previews_and_saves_nothing(alice_client, profile):
    data = valid_data("messaging")
    data["text__linkedin_headline"] = "H" * 230
    response = alice_client.post(reverse("profiles:preview", args=[profile.pk]), data, **HX)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert 'id="preview-linkedin_headline" class="text-preview" hx-swap-oob="true"' in body
    assert "230 characters of 220" in body and "char-count--over" in body
    assert 'id="finding-count"' in body
    assert Profile.objects.get(pk=profile.pk).revision == 0


def test_textareas_post_to_the_preview_as_you_type(alice_client, profile):
    body = alice_client.get(step_url(profile, "messaging")).content.decode()
    preview = reverse("profiles:preview", args=[profile.pk])
    assert f'hx-post="{preview}"' in body
    assert 'hx-trigger="input changed delay:400ms"' in body


def test_update_preview_button_works_without_js(alice_client, profile):
    data = valid_data("messaging")
    data["text__pitch"] = "Typed but not saved."
    data["action"] = "preview"
    response = alice_client.post(step_url(profile, "messaging"), data)
    assert response.status_code == 200
    assert "Typed but not saved." in response.content.decode()
    assert Profile.objects.get(pk=profile.pk).revision == 0


def test_preview_rejects_other_owner_and_get(alice_client, bob_client, profile):
    url = reverse("profiles:preview", args=[profile.pk])
    assert bob_client.post(url, valid_data("messaging")).status_code == 404
    assert bob_client.get(url).status_code == 404
    assert alice_client.get(url).status_code == 405


def test_preview_bad_input_is_shown_back(alice_client, profile):
    data = valid_data("messaging")
    data["text__pitch"] = "z" * 5001
    response = alice_client.post(reverse("profiles:preview", args=[profile.pk]), data)
    assert response.status_code == 200
    assert "Ensure this value has at most 5000 characters" in response.content.decode()


def test_coach_findings_are_rendered(alice_client, profile):
    data = valid_data("messaging")
    data["text__linkedin_headline"] = "x " * 200
    body = alice_client.post(step_url(profile, "messaging"), data | {"action": "preview"})
    assert "The coach has" in body.content.decode()

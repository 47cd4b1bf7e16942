"""Diff of two versions: /profiles/<id>/versions/compare/?a=1&b=2 (profiles:diff)."""

import pytest
from django.urls import reverse

from profiles.models import Version
from profiles.versions.snapshot import save_version
from tests.version_data import make_profile, set_headline

pytestmark = pytest.mark.django_db

ADDED = '<ins><span class="visually-hidden">added: </span>'
REMOVED = '<del><span class="visually-hidden">removed: </span>'


@pytest.fixture
def profile(alice):
    profile = make_profile(alice)
    save_version(profile=profile, note="First draft")
    set_headline(profile, "Evals, Platform Reliability")
    save_version(profile=profile, note="Sharper headline")
    return profile


def url(profile, query: str = "") -> str:
    return reverse("profiles:diff", args=[profile.pk]) + query


def test_it_marks_changed_words_field_by_field(alice_client, profile):
    response = alice_client.get(url(profile, "?a=1&b=2"))

    body = response.content.decode()
    assert response.status_code == 200
    assert (
        f"Teams come to me for evals and {REMOVED}incident response</del>"
        f"{ADDED}platform reliability</ins>."
    ) in body
    assert "2 fields changed." in body  # the strengths answer and the About that says them
    assert '<details class="diff-unchanged">' in body
    assert 'unchanged fields<span class="visually-hidden"> in Background' in body


def test_it_compares_in_either_direction_and_a_version_with_itself(alice_client, profile):
    backwards = alice_client.get(url(profile, "?a=2&b=1")).content.decode()
    same = alice_client.get(url(profile, "?a=2&b=2")).content.decode()

    assert f"{REMOVED}platform reliability</del>{ADDED}incident response</ins>" in backwards
    assert "No differences" in same
    assert ADDED not in same and REMOVED not in same


def test_without_arguments_it_offers_the_form_prefilled(alice_client, profile):
    response = alice_client.get(url(profile))

    body = response.content.decode()
    assert response.status_code == 200
    assert 'name="a" id="id_a" value="1"' in body
    assert 'name="b" id="id_b" value="2"' in body
    assert "<del>" not in body.split("</form>")[-1]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?a=abc&b=2", "Enter a version number, like 3"),
        ("?a=1", "Enter the number of the newer version"),
        ("?a=0&b=2", "Version numbers start at 1"),
        ("?a=1&b=7", "There is no version 7: this profile has versions 1 to 2"),
        ("?a=1&b=99999999999", "That version number is too large"),
        ("?a=<b>x</b>&b=2", "Enter a version number, like 3"),
    ],
)
def test_bad_arguments_are_shown_back_not_a_500(alice_client, profile, query, message):
    response = alice_client.get(url(profile, query))

    body = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in body
    assert message in body
    assert 'aria-invalid="true"' in body
    assert "<b>x</b>" not in body


def test_both_fields_are_checked_at_once(alice_client, profile):
    body = alice_client.get(url(profile, "?a=x&b=99")).content.decode()
    assert "Enter a version number, like 3" in body
    assert "There is no version 99" in body


def test_with_no_version_saved_the_form_says_so(alice_client, alice):
    empty = make_profile(alice, name="Empty")
    response = alice_client.get(url(empty))
    body = response.content.decode()
    assert response.status_code == 200
    assert "No version is saved yet" in body
    assert 'name="b" id="id_b" value=""' in body
    assert "no version is saved yet" in alice_client.get(url(empty, "?a=1&b=1")).content.decode()


def test_typed_text_is_kept(alice_client, profile):
    body = alice_client.get(url(profile, "?a=first&b=2")).content.decode()
    assert 'name="a" id="id_a" value="first"' in body
    assert '<a href="#id_a">' in body


def test_htmx_gets_the_panel_and_errors_are_swappable(alice_client, profile):
    ok = alice_client.get(url(profile, "?a=1&b=2"), HTTP_HX_REQUEST="true")
    bad = alice_client.get(url(profile, "?a=1&b=9"), HTTP_HX_REQUEST="true")

    assert ok.status_code == 200
    assert ok.content.decode().lstrip().startswith('<div id="diff-panel">')
    assert "<html" not in ok.content.decode()
    assert bad.status_code == 200
    assert "There is no version 9" in bad.content.decode()


def test_it_rejects_other_owner(bob_client, profile):
    assert bob_client.get(url(profile, "?a=1&b=2")).status_code == 404
    assert bob_client.post(url(profile, "?a=1&b=2")).status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_rejects_wrong_method(alice_client, profile, method):
    assert getattr(alice_client, method)(url(profile, "?a=1&b=2")).status_code == 405


def test_it_compares_with_a_version_whose_snapshot_is_empty(alice_client, profile):
    Version.objects.create(profile=profile, number=3, snapshot={})
    response = alice_client.get(url(profile, "?a=3&b=2"))
    assert response.status_code == 200
    assert ADDED + "Evals, Platform Reliability</ins>" in response.content.decode()

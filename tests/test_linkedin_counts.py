"""Character counts against LinkedIn's limits: code points, at / below / above each limit."""

from html import unescape

import pytest
from django.urls import reverse

from profiles.coach.engine import char_count
from profiles.exports.linkedin import limits_for
from tests.coach_data import make_profile

pytestmark = pytest.mark.django_db

# (text key, the main limit); the connection note also shows Premium's 300.
LIMITS = [
    ("linkedin_headline", 220),
    ("linkedin_about", 2600),
    ("connection_note", 200),
    ("intro_message", 1900),
]
# One code point each, as LinkedIn counts them: plain, accented, emoji, CJK.
UNITS = ["a", "é", "ü", "😀", "漢"]


def test_it_counts_code_points_not_bytes_or_utf16_units():
    assert char_count("Café") == 4
    assert char_count("😀") == 1
    assert char_count("naïve 👩‍💻") == 9  # the woman-technologist emoji is 3 code points
    assert char_count("one\r\ntwo") == 7  # a line break counts once, however it is sent


@pytest.mark.parametrize(("key", "limit"), LIMITS)
def test_each_text_has_linkedins_limit(key, limit):
    assert limits_for(key, None)[0].value == limit


def test_the_connection_note_shows_free_and_premium_limits():
    assert [(lim.value, lim.label) for lim in limits_for("connection_note", 200)] == [
        (200, "free account"),
        (300, "Premium account"),
    ]


def check(client, profile, key, text):
    return client.post(
        reverse("profiles:linkedin_check", args=[profile.pk]),
        {"key": key, key: text},
        HTTP_HX_REQUEST="true",
    )


@pytest.mark.parametrize("unit", UNITS)
def test_char_count_counts_each_unit_once(unit):
    assert char_count(unit * 265) == 265


@pytest.mark.parametrize(("key", "limit"), LIMITS)
@pytest.mark.parametrize("unit", ["é", "😀"])
@pytest.mark.parametrize("delta", [-1, 0, 1])
def test_the_live_count_at_below_and_above_each_limit(alice, alice_client, key, limit, unit, delta):
    profile = make_profile(alice)
    response = check(alice_client, profile, key, unit * (limit + delta))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<strong>{limit + delta}</strong> / {limit}" in html
    over = delta > 0
    assert ("Too long" in html) is over
    assert (f"over the {limit}-character limit" in html) is over
    if not over:
        assert f"{-delta} left" in html


def test_the_connection_note_between_free_and_premium_warns_for_free_only(alice, alice_client):
    profile = make_profile(alice)
    html = check(alice_client, profile, "connection_note", "😀" * 250).content.decode()
    assert "Too long (free account)" in html
    assert "Too long (Premium account)" not in html
    assert "50 left" in html  # against Premium's 300


def test_the_live_check_refuses_an_unknown_text(alice, alice_client):
    profile = make_profile(alice)
    response = alice_client.post(
        reverse("profiles:linkedin_check", args=[profile.pk]),
        {"key": "nope", "nope": "x"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400


def test_the_live_check_shows_findings_for_the_typed_text(alice, alice_client):
    profile = make_profile(alice)
    html = check(alice_client, profile, "intro_message", "I'm transitioning to AI").content.decode()
    assert "I'm transitioning to AI" in unescape(html)  # escaped by Jinja2 as &#39;
    assert "How to fix" in html


def test_the_live_check_is_owner_scoped(alice, bob_client):
    profile = make_profile(alice)
    assert check(bob_client, profile, "linkedin_headline", "x").status_code == 404
    url = reverse("profiles:linkedin_check", args=[profile.pk])
    assert bob_client.get(url).status_code == 404


def test_the_live_check_only_accepts_post(alice, alice_client):
    profile = make_profile(alice)
    response = alice_client.get(reverse("profiles:linkedin_check", args=[profile.pk]))
    assert response.status_code == 405

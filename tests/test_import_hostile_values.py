"""Values JSON can carry and Pivot cannot store or compute with (issue 23, finding 5):
each import gets a message next to the file field instead of a 500, and writes nothing.
The same holds for a tampered confirmation, which is checked again."""

import json

import pytest
from django.test import override_settings

from profiles.models import Profile
from tests.importing_support import filled, saved_export, upload

pytestmark = pytest.mark.django_db

URL = "/profiles/import/"


@pytest.fixture
def exported(alice_client, alice) -> str:
    return saved_export(alice_client, filled(alice_client, alice)).decode()


def with_years(exported: str, literal: str) -> str:
    """The export with `years` written as raw JSON text (json.dumps cannot write NaN)."""
    document = json.loads(exported)
    document["answers"]["background"]["years"] = "@YEARS@"
    return json.dumps(document).replace('"@YEARS@"', literal)


def with_edge(exported: str, escaped: str) -> str:
    """The export with the edge text spelled with JSON escapes."""
    document = json.loads(exported)
    document["answers"]["background"]["edge"] = "@EDGE@"
    return json.dumps(document).replace("@EDGE@", escaped)


def answer(client, content: str, message: str, *, confirmed: bool = False) -> str:
    before = Profile.objects.count()
    if confirmed:
        response = client.post(URL, {"document": content})
    else:
        response = client.post(URL, {"file": upload(content.encode("utf-8", "surrogatepass"))})
    body = response.content.decode()
    assert response.status_code == 400, body[:1500]
    assert message in body, body[body.find("error-summary") :][:1500]
    assert Profile.objects.count() == before
    return body


@pytest.mark.parametrize(
    ("literal", "message"),
    [
        ("NaN", "The file holds NaN, which is not a number JSON allows."),
        ("Infinity", "The file holds Infinity, which is not a number JSON allows."),
        ("-Infinity", "The file holds -Infinity, which is not a number JSON allows."),
        ("1e999", "The number 1e999 is too large."),
        ("9" * 4301, "a number of thousands of digits"),
        ("8.5", "Background step → years: 8.5 is not of type"),
        ("99999999999999999999", "Years of experience must be 50 or less"),
    ],
)
def test_years_that_are_not_a_whole_number_get_a_message(alice_client, exported, literal, message):
    answer(alice_client, with_years(exported, literal), message)


@pytest.mark.parametrize(
    ("escaped", "message"),
    [
        ("before\\u0000after", "holds a NUL character"),
        ("\\ud800", "holds a lone surrogate (\\ud800)"),
        ("\\udfff tail", "holds a lone surrogate (\\udfff)"),
    ],
)
def test_text_postgresql_cannot_store_gets_a_message(alice_client, exported, escaped, message):
    body = answer(alice_client, with_edge(exported, escaped), message)
    assert "Background step → edge" in body


def test_a_nul_or_a_surrogate_in_a_name_gets_a_message(alice_client, exported):
    document = json.loads(exported)
    gaps = document["answers"]["gaps"]
    gaps["x\u0000y"] = gaps.pop(next(iter(gaps)))
    answer(alice_client, json.dumps(document), "Gaps step (a name) holds a NUL character")
    document = json.loads(exported)
    document["answers"]["messaging"]["dismissed"] = {"@KEY@": []}
    content = json.dumps(document).replace("@KEY@", "\\ud800")
    answer(alice_client, content, "holds a lone surrogate")


def test_a_tampered_confirmation_gets_the_same_checks(alice_client, exported):
    for content in (with_years(exported, "NaN"), with_edge(exported, "\\ud800")):
        body = answer(alice_client, content, "could not be read again", confirmed=True)
        assert "Traceback" not in body


@override_settings(PIVOT_MAX_PROFILES=3)
def test_the_profile_past_the_quota_gets_the_quota_message(alice_client, alice, exported):
    while Profile.objects.filter(owner=alice).count() < 3:
        Profile.objects.create(owner=alice, name="More")
    answer(alice_client, exported, "You have 3 profiles, the most one account can keep")


def test_answers_over_the_quota_get_the_quota_message(alice_client, exported, settings):
    settings.PIVOT_MAX_ANSWERS_BYTES = len(exported) // 4
    answer(alice_client, exported, "more than one profile can hold")


def test_the_replace_import_over_the_quota_replaces_nothing(alice_client, alice, settings):
    profile = filled(alice_client, alice)
    content = saved_export(alice_client, profile)
    before = profile.answers
    settings.PIVOT_MAX_ANSWERS_BYTES = len(content) // 4
    url = f"/profiles/{profile.pk}/import/"
    response = alice_client.post(url, {"document": content.decode(), "revision": profile.revision})
    assert response.status_code == 400
    assert "more than one profile can hold" in response.content.decode()
    profile.refresh_from_db()
    assert profile.answers == before

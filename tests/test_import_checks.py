"""Bad files: each gets a message naming what is wrong, next to the file field, and
nothing is written. Unknown lane and skill slugs are named and imported only on confirm."""

import json

import pytest
from django.urls import reverse

from profiles.exports.files import JSON_SCHEMA_VERSION
from profiles.importing import checks
from profiles.models import Profile
from tests.importing_support import edited, filled, saved_export, upload

pytestmark = pytest.mark.django_db

URL = "/profiles/import/"


@pytest.fixture
def exported(alice_client, alice) -> bytes:
    return saved_export(alice_client, filled(alice_client, alice))


def refused(client, content, message: str, *, name="pivot.json"):
    before = Profile.objects.count()
    response = client.post(URL, {"file": upload(content, name)})
    body = response.content.decode()
    assert response.status_code == 400, body[:2000]
    assert message in body, body[body.find("error-summary") :][:1500]
    assert 'class="error-summary"' in body and 'id="id_file_error"' in body
    assert Profile.objects.count() == before
    return body


def nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth):
        value = {"a": value}
    return value


def test_wrong_schema_version(alice_client, exported):
    later = JSON_SCHEMA_VERSION + 1
    content = edited(exported, lambda d: d.update(schema_version=later))
    refused(
        alice_client,
        content,
        f"uses schema version {later}; this Pivot reads schema versions 1 to {JSON_SCHEMA_VERSION}",
    )
    # A number written as text is not the version it looks like.
    content = edited(exported, lambda d: d.update(schema_version=str(JSON_SCHEMA_VERSION)))
    refused(alice_client, content, f"uses schema version &quot;{JSON_SCHEMA_VERSION}&quot;;")


def test_a_version_1_file_is_read_by_converting_its_answers(alice_client, exported):
    def as_version_1(document):
        answers = document["answers"]
        document["schema_version"] = 1
        answers["credibility"] = {i["slug"]: i["text"] for i in answers["credibility"]}
        answers["skills"] = {i["slug"]: i["rating"] for i in answers["skills"]}

    response = alice_client.post(URL, {"file": upload(edited(exported, as_version_1))})

    assert response.status_code == 302
    imported = Profile.objects.order_by("-created_at").first()
    assert imported.answers == json.loads(exported)["answers"]


def test_json_that_is_not_a_pivot_export(alice_client):
    refused(alice_client, '{"hello": "world"}', "not a Pivot export")


def test_a_file_that_breaks_the_schema_names_where(alice_client, exported):
    def change(document):
        del document["texts"]
        document["profile"]["name"] = 7

    body = refused(alice_client, edited(exported, change), "export format")
    assert "&#x27;texts&#x27; is a required property" in body
    assert "profile → name: 7 is not of type" in body


def test_non_json(alice_client):
    body = refused(alice_client, "name,headline\nme,hello", "is not valid JSON at line 1")
    assert "Expecting value" not in body  # the parser's own words stay out


def test_not_utf8(alice_client):
    refused(alice_client, b'{"a": "\xff\xfe"}', "not UTF-8 text")


def test_an_empty_file(alice_client):
    response = alice_client.post(URL, {"file": upload(b"")})
    assert response.status_code == 400 and "The file is empty." in response.content.decode()


def test_over_one_megabyte(alice_client, exported):
    content = exported + b" " * (1_000_001 - len(exported))
    refused(alice_client, content, "The file is 1.0 MB: a Pivot export is at most 1 MB.")


def test_nested_past_the_parsers_limit(alice_client):
    refused(alice_client, "[" * 200_000 + "]" * 200_000, "nested more than 12 levels")


def test_nested_deeper_than_an_export_ever_is(alice_client, exported):
    content = edited(exported, lambda d: d["answers"]["background"].update(deep=nested(20)))
    refused(alice_client, content, "nested more than 12 levels deep (at Background step → deep")


def test_a_huge_array(alice_client, exported):
    def change(document):
        document["answers"]["background"]["artifacts"] = [{"name": "x"}] * 5000

    refused(alice_client, edited(exported, change), "has 5,000 entries: at most 1,000")


def test_a_huge_string(alice_client, exported):
    content = edited(exported, lambda d: d["answers"]["background"].update(edge="x" * 30_000))
    refused(alice_client, content, "Background step → edge is 30,000 characters")


def test_no_file_chosen(alice_client):
    response = alice_client.post(URL, {})
    assert response.status_code == 400
    assert "Choose a .json file exported from Pivot" in response.content.decode()


def test_unknown_slugs_are_named_and_imported_only_on_confirmation(alice_client, exported):
    def change(document):
        document["answers"]["lane"] = "quantum-lane"
        document["answers"]["skills"].append({"slug": "telepathy", "rating": "strong"})

    content = edited(exported, change)
    before = Profile.objects.count()

    response = alice_client.post(URL, {"file": upload(content)})

    body = response.content.decode()
    assert response.status_code == 200
    assert "“quantum-lane”" in body and "“telepathy”" in body
    assert "Import the rest" in body and Profile.objects.count() == before

    document = response.context["confirm"]["document"].value()
    response = alice_client.post(URL, {"document": document})

    assert response.status_code == 302
    imported = Profile.objects.order_by("-created_at").first()
    assert imported.lane is None and imported.answers["lane"] is None
    original = json.loads(exported)["answers"]
    assert imported.answers["skills"] == original["skills"]  # telepathy left out
    assert imported.answers["background"] == original["background"]


def test_a_tampered_confirmation_is_checked_again(alice_client):
    before = Profile.objects.count()
    response = alice_client.post(URL, {"document": '{"schema_version": 1}'})
    assert response.status_code == 400
    assert "could not be read again" in response.content.decode()
    assert Profile.objects.count() == before


def test_signed_out_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_wrong_method(alice_client):
    assert alice_client.put(URL).status_code == 405


def test_the_list_links_to_import(alice_client):
    body = alice_client.get(reverse("profiles:list")).content.decode()
    assert f'href="{URL}"' in body


def test_parse_refuses_before_reading_anything_big():
    with pytest.raises(checks.ImportProblem, match="at most 1 MB"):
        checks.parse(b" " * (checks.MAX_BYTES + 1))

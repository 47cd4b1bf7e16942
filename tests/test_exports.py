"""Downloads: .txt / .md of the LinkedIn copy and the positioning, .json of a version."""

import json
import re
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from django.urls import reverse

from profiles.exports.files import md_escape
from tests.coach_data import make_profile, make_version

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((Path(__file__).parent.parent / "docs" / "export-schema.json").read_text())
TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def validate(value, schema, path="$"):
    """The subset of JSON Schema that docs/export-schema.json uses."""
    if "const" in schema:
        assert value == schema["const"], path
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            (isinstance(value, int) and not isinstance(value, bool))
            if n == "integer"
            else isinstance(value, TYPES[n])
            for n in names
        )
        assert ok, f"{path}: {value!r} is not {names}"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "minimum" in schema:
        assert value >= schema["minimum"], path
    if isinstance(value, str) and schema.get("format") == "uuid":
        uuid.UUID(value)
    if isinstance(value, str) and schema.get("format") == "date-time":
        datetime.fromisoformat(value)
    if isinstance(value, dict):
        for name in schema.get("required", []):
            assert name in value, f"{path}: missing {name}"
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(props), f"{path}: extra {set(value) - set(props)}"
        for name, sub in props.items():
            if name in value:
                validate(value[name], sub, f"{path}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{path}[{i}]")


HOSTILE = "<script>alert(1)</script> **bold** [link](javascript:alert(1)) # not a heading"


@pytest.fixture
def profile(alice):
    profile = make_profile(
        alice,
        overrides={"cold_intro": HOSTILE, "linkedin_headline": "Café ☕ engineer · 😀"},
    )
    profile.answers["skills"] = [{"slug": "python-for-ai", "rating": "strong"}]
    profile.answers["gaps"] = {"evals": {"status": "shipped", "link": "https://example.com/evals"}}
    profile.save()
    return profile


def urls(profile, number=None):
    """Every download of a working copy or a version, with its expected filename."""
    pk = profile.pk
    label = f"v{number}" if number else "draft"
    name = "export" if number is None else "version_export"
    args = [pk] if number is None else [pk, number]
    found = []
    for what in ("linkedin", "positioning"):
        for fmt in ("txt", "md"):
            part = "-linkedin" if what == "linkedin" else ""
            found.append(
                (
                    reverse(f"profiles:{name}", args=[*args, what, fmt]),
                    f"pivot-applied-ai-{label}{part}.{fmt}",
                    fmt,
                )
            )
    json_name = "export_json" if number is None else "version_export_json"
    found.append(
        (reverse(f"profiles:{json_name}", args=args), f"pivot-applied-ai-{label}.json", "json")
    )
    return found


CONTENT_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
}


@pytest.mark.parametrize("saved", [False, True])
def test_every_download_has_headers_and_filename(alice_client, profile, saved):
    number = make_version(profile).number if saved else None
    for url, filename, fmt in urls(profile, number):
        response = alice_client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == CONTENT_TYPES[fmt]
        assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
        response.content.decode("utf-8")  # valid UTF-8


def test_the_version_number_is_in_the_filename(alice_client, profile):
    make_version(profile)
    make_version(profile)
    make_version(profile)
    response = alice_client.get(
        reverse("profiles:version_export", args=[profile.pk, 3, "positioning", "md"])
    )
    assert response["Content-Disposition"] == 'attachment; filename="pivot-applied-ai-v3.md"'


def test_the_linkedin_text_download_holds_the_four_texts(alice_client, profile):
    body = alice_client.get(
        reverse("profiles:export", args=[profile.pk, "linkedin", "txt"])
    ).content.decode()
    assert "Café ☕ engineer · 😀" in body
    assert "== LinkedIn About" in body and "== Cold intro message" in body
    assert "(19 characters; limit 220 (LinkedIn))" in body
    assert "limit 200 (free account), 300 (Premium account)" in body


def test_the_positioning_download_holds_texts_lane_skills_and_gap_plan(alice_client, profile):
    body = alice_client.get(
        reverse("profiles:export", args=[profile.pk, "positioning", "md"])
    ).content.decode()
    assert "**Target lane:** Applied AI / Agent Engineer" in body
    assert "### Pitch" in body and "### LinkedIn About" in body
    assert "## Skills" in body and "**Strong:**" in body
    assert "## Gap plan" in body and "Shipped" in body


def test_no_raw_html_reaches_the_markdown(alice_client, profile):
    for what in ("linkedin", "positioning"):
        body = alice_client.get(reverse("profiles:export", args=[profile.pk, what, "md"])).content
        body = body.decode()
        # Every "<" that could open a tag is backslash-escaped (rendering is tested in
        # test_export_markdown.py).
        assert not re.search(r"(?<!\\)<[a-zA-Z/!]", body)
    assert "\\<script>alert(1)\\</script> \\*\\*bold\\*\\* \\[link\\](javascript" in body


@pytest.mark.parametrize(
    ("typed", "escaped"),
    [
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)>"),
        ("# Heading", "\\# Heading"),
        ("- bullet", "- bullet"),
        ("1. first", "1\\. first"),
        ("> quote", "\\> quote"),
        ("`code`", "\\`code\\`"),
        ("a_b*c", "a_b\\*c"),
        ("_stressed_", "\\_stressed\\_"),
        ("===", "\\==="),
        ("Tom & Jerry", "Tom & Jerry"),
        ("38 -> 22 min, a < b", "38 -> 22 min, a < b"),
        ("&lt;b&gt; typed as entities", "\\&lt;b\\&gt; typed as entities"),
    ],
)
def test_md_escape_keeps_text_as_text(typed, escaped):
    assert md_escape(typed) == escaped


@pytest.mark.parametrize("saved", [False, True])
def test_the_json_round_trips_against_the_schema(alice_client, profile, saved):
    version = make_version(profile, note="for the Acme call") if saved else None
    url = (
        reverse("profiles:version_export_json", args=[profile.pk, version.number])
        if saved
        else reverse("profiles:export_json", args=[profile.pk])
    )
    document = json.loads(alice_client.get(url).content.decode("utf-8"))
    validate(document, SCHEMA)
    assert document["schema_version"] == 2
    assert document["profile"] == {
        "id": str(profile.pk),
        "name": "Applied AI",
        "lane": {"slug": "applied-ai", "name": "Applied AI / Agent Engineer"},
    }
    assert document["version"] == (1 if saved else None)
    assert document["note"] == ("for the Acme call" if saved else "")
    profile.refresh_from_db()
    assert document["answers"] == profile.answers
    texts = {t["key"]: t for t in document["texts"]}
    assert texts["linkedin_headline"]["text"] == "Café ☕ engineer · 😀"
    assert texts["linkedin_headline"]["overridden"] is True
    assert texts["cold_intro"]["text"] == HOSTILE
    if saved:
        assert document["texts"] == [
            {k: t[k] for k in ("key", "name", "text", "overridden", "max_length")}
            for t in version.snapshot["texts"]
        ]


def test_the_json_keeps_non_ascii_as_is(alice_client, profile):
    body = alice_client.get(reverse("profiles:export_json", args=[profile.pk])).content
    assert "Café ☕".encode() in body


@pytest.mark.parametrize("saved", [False, True])
def test_another_account_gets_404_for_every_download(bob_client, profile, saved):
    number = make_version(profile).number if saved else None
    for url, _filename, _fmt in urls(profile, number):
        assert bob_client.get(url).status_code == 404, url
        assert bob_client.post(url).status_code == 404, url


def test_downloads_need_a_login(client, profile):
    for url, _filename, _fmt in urls(profile):
        assert client.get(url).status_code == 302


def test_an_unknown_download_is_404(alice_client, profile):
    for what, fmt in (("linkedin", "pdf"), ("secrets", "md"), ("version", "txt")):
        url = reverse("profiles:export", args=[profile.pk, what, fmt])
        assert alice_client.get(url).status_code == 404


def test_downloads_only_accept_get(alice_client, profile):
    for url, _filename, _fmt in urls(profile):
        assert alice_client.post(url).status_code == 405


def test_a_profile_name_with_odd_characters_gives_a_safe_filename(alice, alice_client):
    profile = make_profile(alice, name='Ünïcode "quoted"/../name')
    response = alice_client.get(reverse("profiles:export_json", args=[profile.pk]))
    assert response["Content-Disposition"] == (
        'attachment; filename="pivot-unicode-quotedname-draft.json"'
    )

"""Shared helpers for the import tests (no tests here): real exports of real profiles."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from profiles.versions.snapshot import save_version
from tests.step_data import fill_all, make_profile, step_url, valid_data


def filled(client, owner, *, lane="applied-ai", name="Applied AI"):
    """A profile answered through every step form, in `lane`, with a hand-written
    headline: the realistic profile the round trip starts from."""
    profile = fill_all(client, make_profile(owner, name=name))
    data = valid_data("lane", profile.revision) | {"lane": lane}
    assert client.post(step_url(profile, "lane"), data).status_code == 302
    profile.refresh_from_db()
    data = valid_data("messaging", profile.revision)
    data["text__linkedin_headline"] = f"Production AI engineer · {lane} · “quotes” and 日本語"
    assert client.post(step_url(profile, "messaging"), data).status_code == 302
    profile.refresh_from_db()
    return profile


def export_bytes(client, profile, number=None) -> bytes:
    if number is None:
        url = reverse("profiles:export_json", args=[profile.pk])
    else:
        url = reverse("profiles:version_export_json", args=[profile.pk, number])
    response = client.get(url)
    assert response.status_code == 200
    return response.content


def saved_export(client, profile) -> bytes:
    version = save_version(profile=profile)
    return export_bytes(client, profile, version.number)


def upload(content: bytes | str, name="pivot.json") -> SimpleUploadedFile:
    if isinstance(content, str):
        content = content.encode("utf-8")
    return SimpleUploadedFile(name, content, content_type="application/json")


def edited(content: bytes, change) -> bytes:
    document = json.loads(content)
    change(document)
    return json.dumps(document).encode("utf-8")

"""The mentor's read-only page: what it shows, what it hides, and when it is 404."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from profiles.models import ShareLink
from profiles.sharing import services
from tests.sharing_support import make_link, saved_profile

pytestmark = pytest.mark.django_db

TIMESTAMP = re.compile(r"'\d{4}-\d\d-\d\d[ T][0-9:.+]+'")


@pytest.fixture
def saved(alice_client, alice):
    return saved_profile(alice_client, alice)


def test_it_shows_the_versions_positioning_and_linkedin_copy(alice_client, client, saved):
    profile, version = saved
    path = make_link(alice_client, profile)

    response = client.get(path)

    body = response.content.decode()
    assert response.status_code == 200
    texts = {t["key"]: t["text"] for t in version.snapshot["texts"]}
    for key in ("primary_line", "pitch", "linkedin_headline", "connection_note"):
        first_line = texts[key].splitlines()[0]
        assert first_line.replace("'", "&#x27;").replace('"', "&quot;") in body, key
    assert "Applied AI / Agent Engineer" in body
    assert "Skill ratings" not in body


def test_it_shows_skill_ratings_only_when_ticked_in(alice_client, client, saved):
    profile, _ = saved
    path = make_link(alice_client, profile, show_skills="on")
    body = client.get(path).content.decode()
    assert "Skill ratings" in body and "Working" in body


def test_headers_keep_it_out_of_search_caches_and_referrers(alice_client, client, saved):
    profile, _ = saved
    for path in (make_link(alice_client, profile), "/shared/not-a-token/"):
        response = client.get(path)
        assert response["X-Robots-Tag"].startswith("noindex")
        assert response["Referrer-Policy"] == "no-referrer"
        assert response["Cache-Control"] == "no-store"
        body = response.content.decode()
        assert '<meta name="robots" content="noindex' in body
        assert '<meta name="referrer" content="no-referrer">' in body


def test_it_reveals_nothing_else_of_the_account(alice_client, alice, saved):
    profile, version = saved
    path = make_link(alice_client, profile)
    # Even the owner's own session sees no owner navigation there.
    body = alice_client.get(path).content.decode()
    assert alice.email not in body and "alice" not in body.lower()
    assert str(profile.pk) not in body and "/profiles/" not in body
    assert "/accounts/" not in body and "<form" not in body and "<script" not in body
    assert reverse("profiles:list") not in body
    for owner_url in (
        reverse("profiles:restore", args=[profile.pk, 1]),
        reverse("profiles:shares", args=[profile.pk]),
        reverse("profiles:step", args=[profile.pk, "review"]),
    ):
        assert owner_url not in body


def test_the_shared_page_accepts_no_writes(alice_client, client, saved):
    profile, _ = saved
    path = make_link(alice_client, profile)
    assert client.post(path).status_code == 405
    assert client.delete(path).status_code == 405


def test_a_revoked_link_is_404(alice_client, client, saved):
    profile, _ = saved
    path = make_link(alice_client, profile)
    services.revoke_link(link=ShareLink.objects.get())
    response = client.get(path)
    assert response.status_code == 404 and "not available" in response.content.decode()


def test_an_expired_link_is_404(alice_client, client, saved):
    profile, _ = saved
    path = make_link(alice_client, profile)
    ShareLink.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get(path).status_code == 404


def test_a_wrong_token_is_404(alice_client, client, saved):
    profile, _ = saved
    path = make_link(alice_client, profile)
    wrong = path[:-2] + ("x/" if path[-2] != "x" else "y/")  # one character off
    assert client.get(wrong).status_code == 404
    assert client.get("/shared/" + "a" * 500 + "/").status_code == 404


def _lookup_sql(path, client) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return [q["sql"] for q in queries.captured_queries]


def test_right_and_wrong_tokens_do_the_same_lookup(alice_client, client, saved, monkeypatch):
    profile, _ = saved
    path = make_link(alice_client, profile)
    hashed = []
    real_hash = services.hash_token
    monkeypatch.setattr(services, "hash_token", lambda t: hashed.append(t) or real_hash(t))

    right = _lookup_sql(path, client)
    wrong = _lookup_sql("/shared/" + "x" * 43 + "/", client)

    # Both hash the token they were given, and the first query (the only one a wrong
    # token makes) is the same indexed lookup by hash; only a hit then records the view.
    assert len(hashed) == 2
    assert len(wrong) == 1
    same_shape = wrong[0].replace(real_hash("x" * 43), real_hash(path[8:-1]))
    assert TIMESTAMP.sub("NOW", right[0]) == TIMESTAMP.sub("NOW", same_shape)
    assert "token_hash" in wrong[0]
    assert ShareLink._meta.get_field("token_hash").unique  # the lookup uses the index

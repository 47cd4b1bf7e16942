"""A version's drawn sections and a diff of two versions are kept per process
(profiles/versions/kept.py): right at once for a new version, right for two versions
however many are saved after them, and bounded."""

import pytest
from django.urls import reverse

from pivotapp.kept import Kept
from profiles import page_cache
from profiles.models import Version
from profiles.versions import kept
from profiles.versions.snapshot import save_version
from tests.version_data import make_profile, set_headline

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_kept_pages(monkeypatch):
    """Every request draws its page (the page cache keeps nothing), so only kept.py can
    answer from memory; the one switch (pivotapp/kept.py) stays on."""
    monkeypatch.setattr(page_cache, "_keepable", lambda response, request: False)


@pytest.fixture
def profile(alice):
    kept.clear()
    return make_profile(alice)


def version_page(client, profile, number: int) -> str:
    return client.get(reverse("profiles:version", args=[profile.pk, number])).content.decode()


def diff_page(client, profile, a: int, b: int) -> str:
    url = reverse("profiles:diff", args=[profile.pk]) + f"?a={a}&b={b}"
    return client.get(url).content.decode()


def test_a_new_version_shows_at_once(alice_client, profile):
    save_version(profile=profile)
    assert "evals and incident response" in version_page(alice_client, profile, 1)

    set_headline(profile, "Evals, Platform Reliability")
    save_version(profile=profile)
    history = alice_client.get(reverse("profiles:versions", args=[profile.pk])).content.decode()
    second = version_page(alice_client, profile, 2)

    assert "Version 2</a>" in history
    assert "evals and platform reliability" in second
    assert "evals and incident response" not in second
    assert "evals and incident response" in version_page(alice_client, profile, 1)
    assert len(kept.sections) == 2


def test_a_diff_stays_right_after_more_versions_are_added(alice_client, profile):
    save_version(profile=profile)
    set_headline(profile, "Evals, Platform Reliability")
    save_version(profile=profile)
    before = diff_page(alice_client, profile, 1, 2)
    assert "1 field changed." not in before and "2 fields changed." in before

    set_headline(profile, "Something else entirely")
    save_version(profile=profile)
    again = diff_page(alice_client, profile, 1, 2)
    newest = diff_page(alice_client, profile, 2, 3)

    assert (
        again.split("<main")[1].split("</main>")[0].replace("(latest v3)", "(latest v2)")
        == (before.split("<main")[1].split("</main>")[0])
    )
    assert "Platform Reliability</del>" in newest and "Something else entirely" in newest
    assert len(kept.diffs) == 2


def test_a_kept_diff_costs_no_snapshot_query(alice_client, profile, django_assert_max_num_queries):
    save_version(profile=profile)
    save_version(profile=profile)
    diff_page(alice_client, profile, 1, 2)
    # Session, user, profile, both versions without their snapshots.
    with django_assert_max_num_queries(4):
        assert "No differences" in diff_page(alice_client, profile, 1, 2)


def test_a_row_id_handed_out_again_never_finds_another_versions_drawing(profile):
    first = save_version(profile=profile)
    reused = Version(
        pk=first.pk, profile=profile, number=1, snapshot={}, created_at=first.created_at
    )
    assert kept.version_key(first) == kept.version_key(reused)
    reused.created_at = first.created_at.replace(microsecond=(first.created_at.microsecond + 1))
    assert kept.version_key(first) != kept.version_key(reused)


def test_the_store_is_bounded_least_recently_used_first_out():
    store = Kept(max_entries=2)
    made = []

    def make(value):
        made.append(value)
        return value

    assert store.get_or_make(("a",), lambda: make("A")) == "A"
    store.get_or_make(("b",), lambda: make("B"))
    assert store.get_or_make(("a",), lambda: make("again")) == "A"  # kept, and now recent
    store.get_or_make(("c",), lambda: make("C"))  # pushes out b, the least recently used
    assert len(store) == 2
    assert store.get_or_make(("a",), lambda: make("again")) == "A"
    assert store.get_or_make(("b",), lambda: make("B2")) == "B2"
    assert made == ["A", "B", "C", "B2"]

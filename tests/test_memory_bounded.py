"""Memory is bounded by construction (issue 23, finding 2; issue 22, item 5).

An imported profile with large answers, its versions and diffs read many times: no page
is kept, and the one cache of computed results (pivotapp/cache.py without Redis) holds at
most MAX_ENTRIES values of at most MAX_VALUE_BYTES each. Measured with tracemalloc (every
Python allocation, not the noisy RSS): after a first round has filled what may fill, more
rounds leave the process's memory flat within MEMORY_BOUND (2 MB), while those rounds draw
more than that in pages from these answers: a per-process memo of them would show at once.

Each version rewrites a few words of the same text, one of 1,200 characters, as edits do;
the twelve others stay near the limit, so every page still carries them all. What is
measured is what a process keeps, not how much work a diff is: tracemalloc slows the word
diff's matching (quadratic in a text's length) about tenfold, and diffs of every text at
the limit cost minutes of the suite.
"""

import gc
import json
import tracemalloc

import pytest
from django.core.cache import caches
from django.urls import reverse

from profiles.models import Profile
from profiles.services import update_answers
from profiles.versions.snapshot import save_version
from roles.models import MessageTemplate
from tests.importing_support import export_bytes, filled, upload

# What the engine cannot change (tests/conftest.py runs_on_sqlite): PostgreSQL only.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_free]

VERSIONS = 4
ROUNDS = 4
MEMORY_BOUND = 2 * 1024 * 1024  # bytes a process may grow by over ROUNDS more rounds
EDITED_LENGTH = 1200  # the one text the versions edit


def large_text(seed: int, key: str, length: int = 4900) -> str:
    """Near the step form's 5,000-character limit (or `length`), different for every text;
    each version rewrites a few words, as edits do."""
    words = [f"{key}-{n} shipped evals" if n % 40 != seed % 40 else f"v{seed}" for n in range(220)]
    return " ".join(words)[:length]


def overrides(seed: int) -> dict:
    """Every text near the limit but the first, which version `seed` (from 1) edits."""
    keys = list(MessageTemplate.objects.order_by("key").values_list("key", flat=True))
    texts = {key: large_text(0, key) for key in keys[1:]}
    return {keys[0]: large_text(seed, keys[0], EDITED_LENGTH)} | texts


@pytest.fixture
def imported(alice_client, alice) -> Profile:
    document = json.loads(export_bytes(alice_client, filled(alice_client, alice)))
    document["answers"]["messaging"]["overrides"] = overrides(0)
    response = alice_client.post(reverse("profiles:import"), {"file": upload(json.dumps(document))})
    if response.status_code == 200 and b'name="document"' in response.content:
        confirm = response.context["confirm"]
        response = alice_client.post(reverse("profiles:import"), confirm.initial)
    assert response.status_code == 302, response.content[:2000]
    profile = Profile.objects.filter(owner=alice).order_by("-created_at").first()
    assert len(json.dumps(profile.answers)) > 40_000  # large answers came in
    for seed in range(1, VERSIONS + 1):

        def change(answers, seed=seed):
            messaging = dict(answers.get("messaging") or {})
            messaging["overrides"] = overrides(seed)
            return answers | {"messaging": messaging}

        profile = update_answers(profile, revision=None, change=change)
        save_version(profile=profile, note=f"large {seed}")
    return profile


def pages(profile) -> list[str]:
    urls = [reverse("profiles:versions", args=[profile.pk])]
    for number in range(1, VERSIONS + 1):
        urls.append(reverse("profiles:version", args=[profile.pk, number]))
        urls.append(reverse("profiles:diff", args=[profile.pk]) + f"?a=1&b={number}")
    urls.append(reverse("profiles:linkedin", args=[profile.pk]))
    return urls


def read_all(client, urls) -> int:
    drawn = 0
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        drawn += len(response.content)
    return drawn


def test_reading_large_versions_and_diffs_many_times_keeps_memory_flat(alice_client, imported):
    urls = pages(imported)
    read_all(alice_client, urls)  # fills whatever may fill: the computed cache, templates
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        drawn = sum(read_all(alice_client, urls) for _ in range(ROUNDS))
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert drawn > MEMORY_BOUND  # the pages drawn weigh more than the bound
    assert grown < MEMORY_BOUND, f"grew by {grown:,} bytes"


def test_the_computed_cache_holds_at_most_its_byte_bound(alice_client, imported):
    cache = caches["computed"]
    read_all(alice_client, pages(imported))
    stored = dict(cache._cache)  # LocMemCache's own store: pickled values
    assert stored, "the diffs and sections of these versions were cached"
    assert all(len(value) <= cache.max_value_bytes for value in stored.values())
    assert len(stored) <= cache._max_entries

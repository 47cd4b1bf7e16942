"""The working copy's compare-and-swap (services.update_answers) under real concurrency, on
PostgreSQL and on SQLite (`make run`'s database): writers that all loaded the same revision
save at the same instant. Without a revision (each merges its own change) every change
lands, one revision each; with the revision they loaded (a form) exactly one wins and
every other is told it is stale. Nothing is lost and no writer meets a database error."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection

from profiles.models import Profile
from profiles.services import StaleRevision, update_answers
from roles.models import Gap
from tests.version_data import make_profile

pytestmark = [pytest.mark.sqlite, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _at_once(count: int, write: Callable[[Profile, int], object]) -> tuple[list, list]:
    """Each thread loads the profile first (all at one revision), then all write together."""
    barrier = threading.Barrier(count)
    results: list = []
    errors: list[BaseException] = []
    pk = Profile.objects.values_list("pk", flat=True).get()

    def run(index: int) -> None:
        try:
            mine = Profile.objects.get(pk=pk)
            barrier.wait(timeout=30)
            results.append(write(mine, index))
        except BaseException as exc:  # noqa: BLE001 - sorted out by the caller
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return results, errors


def _set_gap(slug: str) -> Callable[[dict], dict]:
    def change(answers: dict) -> dict:
        gaps = dict(answers.get("gaps") or {})
        gaps[slug] = {"status": "in_progress", "link": ""}
        return answers | {"gaps": gaps}

    return change


def test_merging_writers_all_land_one_revision_each(alice):
    profile = make_profile(alice, data={"lane": "applied-ai"})
    start = profile.revision
    slugs = list(Gap.objects.order_by("slug").values_list("slug", flat=True))
    assert len(slugs) >= 4

    results, errors = _at_once(
        len(slugs),
        lambda mine, i: update_answers(mine, revision=None, change=_set_gap(slugs[i])),
    )

    assert errors == []
    assert len(results) == len(slugs)
    profile.refresh_from_db()
    assert sorted(profile.answers["gaps"]) == slugs
    assert profile.answers["lane"] == "applied-ai"
    assert profile.revision == start + len(slugs)


def test_writers_of_one_revision_one_wins_the_others_are_told_it_is_stale(alice):
    profile = make_profile(alice, data={"lane": "applied-ai"})
    start = profile.revision
    slugs = list(Gap.objects.order_by("slug").values_list("slug", flat=True))

    results, errors = _at_once(
        len(slugs),
        lambda mine, i: update_answers(mine, revision=start, change=_set_gap(slugs[i])),
    )

    assert len(results) == 1
    assert len(errors) == len(slugs) - 1
    assert all(isinstance(error, StaleRevision) for error in errors), errors
    assert {error.current.revision for error in errors} == {start + 1}  # shown what won
    profile.refresh_from_db()
    assert profile.revision == start + 1
    assert list(profile.answers["gaps"]) == list(results[0].answers["gaps"])

"""Twenty saves at the same instant still give 1..20: the row lock serialises them."""

import threading

import pytest
from django.db import connection

from profiles.models import Version
from profiles.versions.snapshot import save_version
from tests.version_data import make_profile

THREADS = 20


# SQLite has no row locks: it serialises whole writes with a file lock, so this proves
# nothing there.
@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_saves_get_numbers_one_to_twenty_without_gaps(alice):
    profile = make_profile(alice)
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []
    numbers: list[int] = []

    def save(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            numbers.append(save_version(profile=profile, note=f"thread {index}").number)
        except BaseException as exc:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert sorted(numbers) == list(range(1, THREADS + 1))
    stored = list(Version.objects.filter(profile=profile).order_by("number"))
    assert [v.number for v in stored] == list(range(1, THREADS + 1))
    assert len({v.note for v in stored}) == THREADS
    profile.refresh_from_db()
    assert profile.last_version_number == THREADS

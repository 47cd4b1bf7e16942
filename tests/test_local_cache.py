"""pivotapp.cache.BoundedLocMemCache: many keys read and written with the bookkeeping of
Django's LocMemCache (expiry, the byte bound, recency), and a miss that costs no raised
error."""

import time

import pytest

from pivotapp.cache import BoundedLocMemCache


@pytest.fixture
def cache():
    return BoundedLocMemCache(
        "test-local", {"OPTIONS": {"MAX_ENTRIES": 3, "MAX_VALUE_BYTES": 200, "CULL_FREQUENCY": 3}}
    )


def test_many_keys_read_as_they_were_written(cache):
    assert cache.set_many({"a": [1, 2], "b": {"x": "y"}, "c": None}) == []
    assert cache.get_many(["a", "b", "c", "missing"]) == {"a": [1, 2], "b": {"x": "y"}, "c": None}
    assert cache.get_many(["a"], version=2) == {}  # another version is another key
    assert cache.get("a") == [1, 2]


def test_a_value_over_the_byte_bound_is_not_kept(cache):
    cache.set_many({"small": "x", "large": "x" * 500})
    assert cache.get_many(["small", "large"]) == {"small": "x"}


def test_an_expired_key_is_dropped(cache, monkeypatch):
    cache.set_many({"old": 1}, timeout=10)
    later = time.time() + 20
    monkeypatch.setattr(time, "time", lambda: later)
    assert cache.get_many(["old"]) == {}
    assert "old" not in "".join(cache._cache)


def test_what_is_read_is_kept_longest(cache):
    cache.set_many({"a": 1, "b": 2, "c": 3})
    cache.get_many(["a"])  # read: now the most recent
    cache.set("d", 4)  # a fourth entry: the least recently used ones go
    assert cache.get("a") == 1 and cache.get("d") == 4


def test_a_miss_deletes_nothing_and_raises_nothing(cache, monkeypatch):
    deleted = []
    monkeypatch.setattr(
        BoundedLocMemCache.__mro__[1], "_delete", lambda self, key: deleted.append(key)
    )
    assert cache.get("never", "default") == "default"
    assert cache.get_many(["never"]) == {}
    assert deleted == []

"""What a saved version's pages draw from its snapshot, kept per process.

A version never changes once saved (snapshot.py), so its sections drawn as HTML, and the
diff of two versions, are the same on every view: each is worked out once and kept here,
a bounded number per process (least recently used first out). Unlike the page cache
(profiles/page_cache.py), which starts again at every edit of the working copy, these
stay right while the working copy changes and versions are added.

A key holds the version's id, profile, number and creation time: a row id that a
database hands out again (SQLite after a rollback, a test database) never finds the
drawing of another version.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from ..models import Version

T = TypeVar("T")

# Each entry is a version's or a diff's HTML, about 15-20 KB: a few MB a process at most.
MAX_ENTRIES = 256


def version_key(version: Version) -> tuple:
    return (version.pk, version.profile_id, version.number, version.created_at)


class Kept:
    """A least-recently-used map of at most `size` entries, safe across threads."""

    def __init__(self, size: int = MAX_ENTRIES) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, object] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(self, key: tuple, make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = make()  # outside the lock: two threads may both make it, the same value
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


sections = Kept()  # version key -> the version page's sections, drawn
diffs = Kept()  # (key of a, key of b) -> (the diff's sections drawn, fields changed)


def clear() -> None:
    """Forget everything kept (tests: each starts from the database)."""
    sections.clear()
    diffs.clear()

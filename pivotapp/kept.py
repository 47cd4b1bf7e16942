"""What a process keeps of work it has already done: one bounded, least-recently-used map.

Used for pages kept as drawn (profiles/page_cache.py, bounded by bytes) and a saved
version's drawings (profiles/versions/kept.py, bounded by count). Each user keys its
entries by everything the value is made from, so nothing is ever invalidated by hand.

`enabled()` is the one switch: PIVOT_PAGE_CACHE_BYTES=0 turns off every such memo (pages,
version drawings, readings of a posting, the coach's findings per text), so tests and the
bench's in-process rows measure the work itself.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from django.conf import settings

V = TypeVar("V")


def enabled() -> bool:
    return settings.PIVOT_PAGE_CACHE_BYTES > 0


class Kept(Generic[V]):
    """At most `max_entries` values and `max_weight` total weight (`weight(value)`);
    a value heavier than an eighth of `max_weight` is never kept, so one cannot empty it."""

    def __init__(
        self,
        *,
        max_entries: int | None = None,
        max_weight: int | None = None,
        weight: Callable[[V], int] = lambda _value: 0,
    ) -> None:
        self.max_entries = max_entries
        self.max_weight = max_weight
        self.weight = weight
        self.total = 0
        self._entries: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> None:
        heavy = self.weight(value)
        if self.max_weight is not None and heavy > self.max_weight // 8:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.total -= self.weight(old)
            self._entries[key] = value
            self.total += heavy
            while (self.max_entries is not None and len(self._entries) > self.max_entries) or (
                self.max_weight is not None and self.total > self.max_weight
            ):
                _key, dropped = self._entries.popitem(last=False)
                self.total -= self.weight(dropped)

    def get_or_make(self, key: Hashable, make: Callable[[], V]) -> V:
        """The kept value, or `make()` it (outside the lock: two threads may both make
        it, the same value) and keep it; with the switch off, always `make()`."""
        if not enabled():
            return make()
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.total = 0

    def __len__(self) -> int:
        return len(self._entries)

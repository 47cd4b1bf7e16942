"""The "computed" cache alias without Redis: Django's LocMemCache with a byte bound.

LocMemCache bounds the number of entries (MAX_ENTRIES), not their size, and a result
drawn from a person's answers can be as large as the answers. Here a value whose pickled
form is over MAX_VALUE_BYTES is simply not kept (it is worked out again when asked), so a
process holds at most MAX_ENTRIES × MAX_VALUE_BYTES of values, plus keys of fixed length
(pivotapp/computed.py hashes the inputs): with the defaults in settings, 500 × 64 KB,
32 MB, whatever people store. tests/test_memory_bounded.py holds a process to it.
"""

from __future__ import annotations

from django.core.cache.backends.locmem import LocMemCache


class BoundedLocMemCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        self.max_value_bytes = int(params.get("OPTIONS", {}).get("MAX_VALUE_BYTES", 64 * 1024))

    def _set(self, key, value, timeout=None):
        # `value` is already pickled (LocMemCache.set and add pickle before they lock).
        if len(value) > self.max_value_bytes:
            self._delete(key)
            return
        super()._set(key, value, timeout)

    def _delete(self, key):
        # LocMemCache.get deletes a key it does not hold on every miss (the missing key
        # "has expired"), through a raised KeyError: a page's thirteen misses, thirteen.
        return key in self._cache and super()._delete(key)

    def validate_key(self, key):
        # Django's check only warns about keys memcached would refuse, reading the key
        # character by character in Python on every get and set. The keys here are made
        # short and ASCII by construction (computed.key: kind, stamp and a hex digest; the
        # {% cache %} tag: a fragment name and an md5), so nothing is left to warn about.
        return None

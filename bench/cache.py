"""The bench's "computed" cache: no result keyed by a profile's state may answer.

`make bench` measures pages as a person sees them, a first view after an edit. Rather than
edit each of the 200 accounts between reads and hope no key repeats, the bench server's
cache refuses every computed result (coach findings, version sections, diffs, readings:
pivotapp/computed.py): each request works them out. Only `{% cache %}` fragments, which
hold nothing but the guide's content (a lane card, the glossary), are kept, as in
production. Stricter than "edited since its last read", and a cache that only serves an
identical repeated request cannot count.
"""

from __future__ import annotations

from pivotapp.cache import BoundedLocMemCache

# Django's {% cache %} tag names its keys "template.cache.<fragment>.<hash>".
FRAGMENT = "template.cache."


class ContentOnlyCache(BoundedLocMemCache):
    def _set(self, key, value, timeout=None):
        if FRAGMENT in key:
            super()._set(key, value, timeout)

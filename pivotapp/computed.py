"""The one cache of computed results: Django's cache alias "computed" (settings.CACHES).

What goes here is costly to work out and a pure function of its inputs: generated texts,
coach findings per text, a version's sections, a diff of two versions, a posting's
reading. The key is a hash of the inputs and the guide's content stamp (roles/guide.py),
so nothing is ever invalidated by hand: an edit to the answers is new inputs, an edit to
the guide's content is a new stamp, and every instance sharing Redis shares the results.

Never a page or anything drawn for one person: signed-in pages are drawn per request.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import caches

T = TypeVar("T")
_MISSING = object()


def cache():
    return caches["computed"]


# One encoder for every key (json.dumps with options builds a new one per call).
_ENCODER = json.JSONEncoder(sort_keys=True, default=str, separators=(",", ":"))


def key(kind: str, inputs, *, stamp: str | None = None) -> str:
    """`kind`, the content stamp and a digest of `inputs` (anything JSON can write; other
    values by str(), so pass ids and stamps, not objects whose str() hides their state).
    `stamp`: the content stamp when the caller has read it (many keys at once)."""
    if stamp is None:
        from roles import guide  # roles imports this module; the stamp is read per request

        stamp = guide.stamp()
    digest = hashlib.blake2b(_ENCODER.encode(inputs).encode(), digest_size=20).hexdigest()
    return f"{kind}:{stamp}:{digest}"


def remember(kind: str, inputs, make: Callable[[], T]) -> T:
    """The result kept under (kind, inputs, stamp), or `make()`'s, then kept."""
    name = key(kind, inputs)
    found = cache().get(name, _MISSING)
    if found is not _MISSING:
        return found
    value = make()
    cache().set(name, value)
    return value


def remember_many(kind: str, inputs: dict, make: Callable[[list], dict]) -> dict:
    """For each item of `inputs` (id -> inputs), its result: the kept ones in one read,
    the rest made together by `make(missing ids)` -> {id: result} and kept."""
    from roles import guide

    stamp = guide.stamp()
    names = {item: key(kind, value, stamp=stamp) for item, value in inputs.items()}
    found = cache().get_many(list(names.values()))
    results = {item: found[name] for item, name in names.items() if name in found}
    missing = [item for item in inputs if item not in results]
    if missing:
        made = make(missing)
        cache().set_many({names[item]: made[item] for item in missing})
        results.update(made)
    return results

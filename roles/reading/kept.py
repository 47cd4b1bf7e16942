"""Readings kept per process, so the same posting is read once.

The reader page posts the same text again when a person picks another profile, and a
posting read once is often read again (the tailoring, a reload). A Reading is immutable and
a pure function of the text and the catalog, so it is kept under the guide's content stamp
(roles/guide.py) with the catalog it was made from: an edit to a signal, a skill or a lane
starts afresh on every instance.

At most READINGS_KEPT texts per thread, least recently read out. None are kept when the
one switch for what a process keeps is off (pivotapp/kept.py): tests and the bench's drawn
rows then measure the reading itself.
"""

from __future__ import annotations

from collections import OrderedDict

from pivotapp.kept import enabled as kept_enabled

from .. import guide
from .catalog import Catalog, current_catalog
from .engine import Reading, read_posting

READINGS_KEPT = 32


def current_reading(text: str) -> tuple[Reading, Catalog]:
    """The reading of `text` with the current catalog, and that catalog."""
    catalog = current_catalog()
    if not kept_enabled():
        return read_posting(text, catalog), catalog
    # Keyed on the text itself: the dict compares it by hash, and the Reading holds it anyway.
    kept: OrderedDict[str, Reading] = guide.cached("reader-readings", OrderedDict)
    reading = kept.get(text)
    if reading is None:
        reading = kept[text] = read_posting(text, catalog)
        if len(kept) > READINGS_KEPT:
            kept.popitem(last=False)
    else:
        kept.move_to_end(text)
    return reading, catalog

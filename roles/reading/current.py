"""A posting's reading with the current catalog, read once and shared.

The reader page posts the same text again when a person picks another profile, and a
posting read once is often read again (the tailoring, a reload). A Reading is immutable and
a pure function of the text and the catalog, which the guide's content stamp names, so it
goes in the one cache of computed results (pivotapp/computed.py) under the text's hash.
"""

from __future__ import annotations

from pivotapp import computed

from .catalog import Catalog, current_catalog
from .engine import Reading, read_posting


def current_reading(text: str) -> tuple[Reading, Catalog]:
    """The reading of `text` with the current catalog, and that catalog."""
    catalog = current_catalog()
    return computed.remember("reading", text, lambda: read_posting(text, catalog)), catalog

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

from pivotapp.kept import Kept

from ..models import Version

# Each entry is a version's or a diff's HTML, about 15-20 KB: a few MB a process at most.
MAX_ENTRIES = 256


def version_key(version: Version) -> tuple:
    return (version.pk, version.profile_id, version.number, version.created_at)


sections: Kept = Kept(max_entries=MAX_ENTRIES)  # version key -> its page's sections, drawn
# (key of a, key of b) -> (the diff's sections drawn, fields changed)
diffs: Kept = Kept(max_entries=MAX_ENTRIES)


def clear() -> None:
    """Forget everything kept (tests: each starts from the database)."""
    sections.clear()
    diffs.clear()

"""Reads the answers' keyed sections whatever their stored shape.

The answers are moving from JSON objects (which jsonb reorders) to ordered lists of
{"slug": ..., ...}; this package reads both, so it needs no change when they move.
"""

from __future__ import annotations


def keyed(value, field: str | None = None) -> dict:
    """slug -> entry for a {slug: entry} object or a [{"slug": ..., ...}] list; with
    `field`, slug -> entry[field] for list entries that carry it."""
    if isinstance(value, dict):
        return dict(value)
    out = {}
    for item in value or []:
        if isinstance(item, dict) and item.get("slug"):
            out[item["slug"]] = item.get(field) if field else item
    return out


def reordered(value, slugs_first: list[str]):
    """The same section with the entries named in `slugs_first` moved to the front, in
    that order; everything else keeps its place. Same shape in, same shape out."""
    rank = {slug: index for index, slug in enumerate(slugs_first)}
    if isinstance(value, dict):
        order = sorted(value, key=lambda s: (rank.get(s, len(rank)),))
        return {slug: value[slug] for slug in order}
    if isinstance(value, list):
        return sorted(
            value,
            key=lambda item: rank.get(
                item.get("slug") if isinstance(item, dict) else None, len(rank)
            ),
        )
    return value


def entry_text(entry) -> str:
    """The person's words in one entry: the string itself, or a list entry's strings."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        return " ".join(v for k, v in entry.items() if k != "slug" and isinstance(v, str))
    return ""

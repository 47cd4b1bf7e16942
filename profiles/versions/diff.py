"""Word-level diff of two texts, and field-by-field comparison of two snapshots.

Everything a person typed is data: every piece of text is escaped before it is wrapped
in <ins>/<del>, and the result is only marked safe once fully built here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import matching
from .sections import SnapshotField, snapshot_sections

# Words (with inner apostrophes/hyphens), single punctuation marks, and whitespace runs
# all become tokens, so joining the tokens gives back the text exactly.
# Possessive repeats: a word never gives back letters, so no text makes it backtrack.
TOKEN_RE = re.compile(r"\s+|\w++(?:['’\-]\w++)*+|[^\w\s]", re.UNICODE)

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


def tokenize(text: str) -> list[str]:
    return TOKEN_RE.findall(text or "")


def _unit_starts(tokens: list[str]) -> list[int]:
    """Where each unit starts, and the end: a unit is a word or mark with the whitespace
    after it ("engineer ", "9", "+ "). Matched as units, the spaces between words do not
    make every text resemble every other (and cost a search a step per space)."""
    starts = [0] if tokens else []
    for index in range(1, len(tokens)):
        previous = tokens[index - 1]
        # A whitespace token closes a unit; so does a mark or word right after another.
        if previous[0].isspace() or not tokens[index][0].isspace():
            starts.append(index)
    starts.append(len(tokens))
    return starts


def _longest(most: int, same) -> int:
    """The largest n <= most with same(n), for a `same` true up to some n and false after:
    by halving, so two long texts' common start or end costs a few list comparisons (in
    C) rather than a Python loop over every token."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if same(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _changes(a: list[str], b: list[str]) -> list[list]:
    """[is_equal, old text, new text] runs turning tokens `a` into `b`, adjacent runs of
    a kind joined: the common start and end set apart, the rest matched word by word
    (with the space after each), and each replaced stretch then token by token, all in
    one bounded budget (matching.py)."""
    runs: list[list] = []

    def add(equal: bool, old: list[str], new: list[str]) -> None:
        if not (old or new):
            return
        if runs and runs[-1][0] == equal:
            runs[-1][1] += "".join(old)
            runs[-1][2] += "".join(new)
        else:
            runs.append([equal, "".join(old), "".join(new)])

    shortest = min(len(a), len(b))
    head = _longest(shortest, lambda n: a[:n] == b[:n])
    tail = _longest(shortest - head, lambda n: a[len(a) - n :] == b[len(b) - n :])
    old, new = a[head : len(a) - tail], b[head : len(b) - tail]
    add(True, a[:head], b[:head])

    budget = matching.Budget()
    starts_a, starts_b = _unit_starts(old), _unit_starts(new)
    units_a = ["".join(old[s:e]) for s, e in zip(starts_a, starts_a[1:], strict=False)]
    units_b = ["".join(new[s:e]) for s, e in zip(starts_b, starts_b[1:], strict=False)]
    for tag, i1, i2, j1, j2 in matching.opcodes(units_a, units_b, budget):
        old_part = old[starts_a[i1] : starts_a[i2]] if units_a else []
        new_part = new[starts_b[j1] : starts_b[j2]] if units_b else []
        if tag != "replace":
            add(tag == "equal", old_part, new_part)
            continue
        for tag2, x1, x2, y1, y2 in matching.opcodes(old_part, new_part, budget):
            add(tag2 == "equal", old_part[x1:x2], new_part[y1:y2])

    add(True, a[len(a) - tail :], b[len(b) - tail :])
    return runs


def word_ops(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) chunks that turn `old` into `new`; op is equal, insert or delete."""
    raw = _changes(tokenize(old), tokenize(new))

    # A lone space that happens to match between two changed words splits one edit into
    # many tiny ones ("-a- +x+ -b- +y+"); fold such whitespace into the change around it.
    merged: list[list[str]] = []  # [kind, old, new], kind "equal" or "change"
    for index, (equal, old_text, new_text) in enumerate(raw):
        # Runs alternate (equal, change, equal...): an equal run inside is between changes.
        between_changes = equal and not old_text.strip() and 0 < index < len(raw) - 1
        kind = "change" if not equal or between_changes else "equal"
        if merged and merged[-1][0] == kind == "change":
            merged[-1][1] += old_text
            merged[-1][2] += new_text
        else:
            merged.append([kind, old_text, new_text])

    ops: list[tuple[str, str]] = []
    for kind, old_text, new_text in merged:
        if kind == "equal":
            ops.append((EQUAL, old_text))
            continue
        if old_text:
            ops.append((DELETE, old_text))
        if new_text:
            ops.append((INSERT, new_text))
    return ops


def render_ops(ops: list[tuple[str, str]]) -> SafeString:
    parts = []
    for op, text in ops:
        if op == INSERT:
            parts.append(f'<ins><span class="visually-hidden">added: </span>{escape(text)}</ins>')
        elif op == DELETE:
            parts.append(f'<del><span class="visually-hidden">removed: </span>{escape(text)}</del>')
        else:
            parts.append(escape(text))
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


def diff_html(old: str, new: str) -> SafeString:
    """HTML for a word-level diff of `old` -> `new`, insertions and deletions marked."""
    if old == new:
        # What the matcher would give (one equal run), without running it: most fields
        # of two versions are unchanged.
        return escape(old or "")
    return render_ops(word_ops(old, new))


@dataclass
class FieldDiff:
    key: str
    label: str
    status: str  # "unchanged", "changed", "added" (only in b) or "removed" (only in a)
    old: str
    new: str

    @property
    def changed(self) -> bool:
        return self.status != "unchanged"

    @property
    def html(self) -> SafeString:
        """The words marked: worked out when asked, so only for the fields a page shows
        that way (a diff page lists unchanged ones as plain text)."""
        return diff_html(self.old, self.new)


@dataclass
class SectionDiff:
    key: str
    title: str
    fields: list[FieldDiff]

    @property
    def changed_fields(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.changed]

    @property
    def unchanged_fields(self) -> list[FieldDiff]:
        return [f for f in self.fields if not f.changed]


def _union_in_order(first: list[SnapshotField], second: list[SnapshotField]) -> list[str]:
    """Keys of both field lists: b's order, with a-only keys slotted after their predecessor."""
    keys = [f.key for f in second]
    seen = set(keys)
    previous = None
    for f in first:
        if f.key not in seen:
            position = keys.index(previous) + 1 if previous in keys else len(keys)
            keys.insert(position, f.key)
            seen.add(f.key)
        previous = f.key
    return keys


def diff_snapshots(a: dict, b: dict) -> list[SectionDiff]:
    """Compare two snapshots field by field over all answers and texts (a -> b)."""
    sections_a = {s.key: s for s in snapshot_sections(a)}
    result = []
    for section_b in snapshot_sections(b):
        section_a = sections_a.get(section_b.key)
        fields_a = {f.key: f for f in section_a.fields} if section_a else {}
        fields_b = {f.key: f for f in section_b.fields}
        ordered = _union_in_order(list(fields_a.values()), section_b.fields)
        diffs = []
        for key in ordered:
            fa, fb = fields_a.get(key), fields_b.get(key)
            old = fa.value if fa else ""
            new = fb.value if fb else ""
            if old == new:
                status = "unchanged"
            elif fa is None or not old:
                status = "added"
            elif fb is None or not new:
                status = "removed"
            else:
                status = "changed"
            diffs.append(
                FieldDiff(
                    key=key,
                    label=(fb or fa).label,
                    status=status,
                    old=old,
                    new=new,
                )
            )
        result.append(SectionDiff(section_b.key, section_b.title, diffs))
    return result

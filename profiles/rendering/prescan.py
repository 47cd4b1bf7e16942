"""Scans in a few C passes that tell when a regular expression cannot match a text.

The coach's lint and the planner's tidying run patterns with lookarounds and backreferences
over every text of a page; Python's engine tries each of them at every character. Most of
those texts are plain ASCII words, where a byte translation and a split answer "which words
are here" at a fraction of the cost: a pattern is then run only on a text where it can find
something. Each answer may say yes when the pattern finds nothing (the pattern decides);
never no when it would find something (tests/test_prescan.py).
"""

from __future__ import annotations

import re
import string
from itertools import islice

# Punctuation written copy uses outside ASCII. None is a letter or a digit, so each may
# stand as a space where a scan only asks which words a text holds.
PUNCTUATION = "—–→‘’“”…•·×"
_SPACE = ord(" ")
# An ASCII text's bytes with letters in lower case and every other byte a space.
_LETTERS = (
    bytes(ord(c.lower()) if c in string.ascii_letters else _SPACE for c in map(chr, range(128)))
    + bytes([_SPACE]) * 128
)
# The same, keeping digits: a word's letters and digits ("k8s", "b2b").
_LOWER_WORDS = (
    bytes(c if chr(c) in string.ascii_lowercase + string.digits else _SPACE for c in range(128))
    + bytes([_SPACE]) * 128
)
# Each digit a "0", every other byte a space.
_DIGIT_RUN = re.compile(r"\d+")
_DIGITS = bytes(ord("0") if c in b"0123456789" else _SPACE for c in range(256))


def plain(text: str) -> str | None:
    """`text` with its non-ASCII punctuation as spaces when the rest is ASCII, else None (a
    letter outside ASCII: case folding outside ASCII is left to the regular expressions).
    The same length as `text`: one space for each mark."""
    if not text.isascii():
        for mark in PUNCTUATION:
            if mark in text:
                text = text.replace(mark, " ")
        if not text.isascii():
            return None
    return text


def may_double(text: str) -> bool:
    """Whether a word of `text` may follow itself (a word, spaces or tabs, the same word in
    any case): two neighbouring runs of letters are equal."""
    ascii_text = plain(text)
    if ascii_text is None:
        return True
    words = ascii_text.encode("ascii").translate(_LETTERS).split()
    return any(map(bytes.__eq__, words, islice(words, 1, None)))


def lower_words(text: str) -> frozenset[str] | None:
    """The runs of lower-case letters and digits of `text` (a word typed in lower case, not
    inside a longer word with capitals or other signs around it, is one), or None when
    `text` is not plain ASCII and the patterns must decide."""
    ascii_text = plain(text)
    if ascii_text is None:
        return None
    return frozenset(ascii_text.encode("ascii").translate(_LOWER_WORDS).decode().split())


def digit_runs(text: str):
    """Where each run of digits of `text` starts (as re's \\d+ finds them, any digit on a
    text that is not plain ASCII)."""
    ascii_text = plain(text)
    if ascii_text is None:
        yield from (run.start() for run in _DIGIT_RUN.finditer(text))
        return
    digits = ascii_text.encode("ascii").translate(_DIGITS)
    at = digits.find(b"0")
    while at != -1:
        yield at
        end = digits.find(b" ", at)
        if end == -1:
            return
        at = digits.find(b"0", end)


def has_any(text: str, keys: tuple[str, ...]) -> bool:
    """Whether lower-cased plain ASCII `text` holds one of `keys` (lower case); True for any
    other text, where case folding is the pattern's to decide."""
    ascii_text = plain(text)
    if ascii_text is None:
        return True
    lowered = ascii_text.lower()
    return any(key in lowered for key in keys)

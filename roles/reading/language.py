"""Cheap checks on pasted text: is it text at all, and is it English?"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+")
# Control characters other than tab and line breaks, DEL and the replacement character.
_ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")

# The commonest English function words: a page of English prose is a quarter to a third
# these, a bullet list of skills much less, a posting in another language almost none.
ENGLISH = frozenset(
    [
        "the",
        "and",
        "to",
        "of",
        "a",
        "in",
        "for",
        "with",
        "you",
        "we",
        "our",
        "is",
        "are",
        "on",
        "will",
        "be",
        "as",
        "or",
        "your",
        "an",
        "that",
        "this",
        "at",
        "by",
        "from",
        "have",
        "it",
        "us",
        "who",
        "what",
        "can",
        "about",
        "into",
        "their",
        "they",
        "all",
        "work",
        "team",
    ]
)
# Function words of the languages postings most often arrive in instead, none of which
# is an English word.
OTHER = frozenset(
    [
        "de",
        "la",
        "que",
        "el",
        "los",
        "las",
        "y",
        "con",
        "para",
        "por",
        "una",
        "del",
        "und",
        "der",
        "die",
        "das",
        "mit",
        "für",
        "wir",
        "ist",
        "ein",
        "eine",
        "du",
        "sie",
        "auf",
        "bei",
        "nicht",
        "zu",
        "im",
        "et",
        "les",
        "des",
        "pour",
        "nous",
        "vous",
        "avec",
        "une",
        "sur",
        "dans",
        "est",
        "sont",
        "di",
        "il",
        "che",
        "un",
        "della",
        "em",
        "para",
        "com",
        "não",
        "uma",
    ]
)
MIN_WORDS = 12


def looks_binary(text: str) -> bool:
    """NUL bytes, or mostly control and replacement characters: not a pasted posting."""
    if "\x00" in text:
        return True
    if not text:
        return False
    return len(_ODD.findall(text)) / len(text) > 0.05


def looks_english(text: str) -> bool:
    # Each distinct word looked up once: a posting repeats most of its words.
    counts = Counter(_WORD.findall(text))
    total = sum(counts.values())
    if total < MIN_WORDS:
        return True  # too short to judge; a short English note must not get the warning
    english = other = 0
    for word, count in counts.items():
        folded = word.casefold()
        if folded in ENGLISH:
            english += count
        if folded in OTHER:
            other += count
    return english >= other and english / total >= 0.06

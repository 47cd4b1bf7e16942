"""Cheap checks on pasted text: is it text at all, and is it English?"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

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
    odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or ch in "\ufffd\x7f")
    return odd / len(text) > 0.05


def looks_english(text: str) -> bool:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return True  # too short to judge; a short English note must not get the warning
    english = sum(1 for w in words if w in ENGLISH)
    other = sum(1 for w in words if w in OTHER)
    return english >= other and english / len(words) >= 0.06

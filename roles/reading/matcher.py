"""Finds every signal phrase in a text with one regular expression.

The phrases are folded into a trie first, so the expression branches on one character at
a time instead of trying hundreds of alternatives at each position: that keeps a
20,000-character posting well inside the time budget. The expression runs on the folded
text (fold.py) rather than with re.IGNORECASE, which is two to three times slower.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .fold import fold

# Postings write "fine-tuning", "fine tuning" and "finetuning", "CI/CD" and "CI CD".
SEPARATORS = r"[\s\-/]"
_SEP = "\x00"
_END = ""
_FOLD = re.compile(SEPARATORS + "+")
FOUND_LIMIT = 20_000


def phrase_key(text: str) -> str:
    return _FOLD.sub("", text.casefold())


class Hit(NamedTuple):
    # A tuple, not a dataclass: a long posting has hundreds, and a tuple is made faster.
    start: int
    end: int
    text: str
    payloads: tuple[Any, ...]


class Matcher:
    def __init__(self, phrases: list[tuple[str, Any]]) -> None:
        self.payloads: dict[str, list[Any]] = {}
        trie: dict = {}
        for phrase, payload in [*phrases, *_number_variants(phrases)]:
            tokens = _tokens(phrase)
            if not tokens:
                continue
            bucket = self.payloads.setdefault(phrase_key(phrase), [])
            if payload not in bucket:
                bucket.append(payload)
            node = trie
            for token in tokens:
                node = node.setdefault(token, {})
            node[_END] = True
        body = _regex(trie) or r"(?!x)x"
        # A trailing s/es covers simple plurals; staff write phrases in the singular.
        self.regex = re.compile(r"(?<!\w)(?:" + body + r")(?:e?s)?(?!\w)")
        # Found text -> payloads: a posting repeats its phrases, and postings share them.
        self._found: dict[str, tuple[Any, ...]] = {}

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        """Every phrase in `text`; `folded` is fold(text) when the caller has it already."""
        hits = []
        found = self._found
        for match in self.regex.finditer(fold(text) if folded is None else folded):
            start, end = match.span()
            matched = text[start:end]
            payloads = found.get(matched)
            if payloads is None:
                if len(found) >= FOUND_LIMIT:
                    found.clear()  # odd spellings without end must not grow it forever
                payloads = found[matched] = self._payloads_for(matched)
            if payloads:
                hits.append(Hit(start, end, matched, payloads))
        return hits

    def _payloads_for(self, matched: str) -> tuple[Any, ...]:
        key = phrase_key(matched)
        plurals = (key[:-1] if key.endswith("s") else "", key[:-2] if key.endswith("es") else "")
        for candidate in (key, *plurals):
            if candidate and candidate in self.payloads:
                return tuple(self.payloads[candidate])
        return ()


def _number_variants(phrases: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The singular of a phrase staff wrote in the plural ("regression suites"), and the
    -ies plural of one ending in y ("canary"), which the trailing s/es cannot reach.
    Never a form that is a phrase of its own: "prompt" and "prompts" weigh differently."""
    written = {phrase_key(phrase) for phrase, _ in phrases}
    out = []
    for phrase, payload in phrases:
        text = phrase.strip()
        if len(text) <= 3 or not text[-1].isalpha():
            continue
        if text.endswith("s") and not text.endswith("ss"):
            variant = text[:-1]
        elif text.endswith("y") and text[-2:-1].isalpha() and text[-2] not in "aeiouAEIOU":
            variant = text[:-1] + "ies"
        else:
            continue
        if phrase_key(variant) not in written:
            out.append((variant, payload))
    return out


def _tokens(phrase: str) -> list[str]:
    folded = fold(_FOLD.sub(" ", phrase.casefold()).strip())
    return [(_SEP if ch == " " else ch) for ch in folded]


def _regex(node: dict) -> str:
    alternatives = []
    for token in sorted(k for k in node if k != _END):
        piece = SEPARATORS + "*" if token == _SEP else re.escape(token)
        alternatives.append(piece + _regex(node[token]))
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return "(?:" + body + ")?" if _END in node else body

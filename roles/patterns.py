"""Compiling the coach's patterns, which staff write in admin: never a worker stalled.

A content editor's `(a+)+b` took seconds on a 30-character text under Python's
backtracking engine. So a regular expression runs on RE2 (google-re2), whose matching
time is linear in the text, whenever RE2 can run it. RE2 has no lookaround and no
backreferences; a pattern that needs lookaround runs on Python's engine only after the
check below finds no nested repeat that could backtrack exponentially, and a
backreference is refused. MessagingRule.clean (admin) and the coach's engine both come
here, so admin refuses exactly what the coach could not run safely, and says why.

Phrases are escaped words joined by whitespace runs with word-edge lookarounds: no
nested repeat, nothing to backtrack over, so they stay on Python's engine.
"""

from __future__ import annotations

import functools
import re
import string
from re import _constants as sre
from re import _parser as sre_parse

import re2

# Characters the overlap check tries; enough to tell words, digits, spaces and
# punctuation apart, which is what decides whether two repeats can trade characters.
SAMPLE = frozenset(string.printable + "éüßÉ’‘“”…–—\u00a0")
# A bounded repeat this large backtracks like an unbounded one.
LARGE_REPEAT = 20
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}

NESTED_MESSAGE = (
    "This pattern could make the coach stall: {what}, as in (a+)+ or (a|aa)*, so some "
    "texts take exponentially long to check. Write the repeat once (a+ rather than "
    "(a+)+), or make each repetition start with something the inner part cannot match."
)


# RE2's \w and \s are ASCII-only; these are Python's Unicode classes spelled for RE2.
WORD = r"\pL\pN\pM_"
SPACE = r"[\t\n\v\f\r \x1c-\x1f\x85\pZ]"


def linear(pattern: str):
    r"""`pattern` compiled on RE2 (linear time, case-sensitive), for code that runs a
    fixed pattern over text a person sends. Spell \w and \s as WORD and SPACE."""
    options = re2.Options()
    options.log_errors = False
    return re2.compile(pattern, options)


class PatternError(ValueError):
    """A pattern the coach will not run; the message is for the admin form."""


def _re2_options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return options


@functools.lru_cache(maxsize=2048)
def compile_pattern(pattern: str, *, regex: bool):
    """The compiled pattern (case-insensitive), or None for an empty one.

    Kept per process: the coach checks every text against every rule on each page, and
    the backtracking analysis below parses the pattern, far too slow to repeat each time.
    A compiled pattern is immutable, so sharing it is safe; a refusal is not cached.

    A phrase matches whole words, any run of spaces between them and either apostrophe,
    so staff can type it the way people say it. Raises PatternError."""
    pattern = pattern.strip()
    if not pattern:
        return None
    if not regex:
        words = [re.escape(w).replace("'", "['’]") for w in pattern.split()]
        return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise PatternError(f"This regular expression does not compile: {exc}.") from exc
    try:
        return re2.compile(pattern, _re2_options())
    except re2.error:
        pass  # lookaround or a backreference: decide below whether Python's engine is safe
    check_backtracking(pattern)
    return compiled


def check_backtracking(pattern: str) -> None:
    """Raise PatternError for a backreference or a repeat that can backtrack
    exponentially: a repeated part that can match nothing, a repeat inside a repeat
    that can match the characters a new repetition starts with, or alternatives inside
    a repeat that can start alike."""
    _check(sre_parse.parse(pattern, re.IGNORECASE))


def _fold(chars: set[str]) -> frozenset[str]:
    return frozenset(c for ch in chars for c in (ch, ch.lower(), ch.upper()) if c in SAMPLE)


_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdigit,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _in_set(items) -> frozenset[str]:
    negate = False
    found: set[str] = set()
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found.add(chr(av))
        elif op is sre.RANGE:
            found |= {c for c in SAMPLE if av[0] <= ord(c) <= av[1]}
        elif op is sre.CATEGORY:
            found |= {c for c in SAMPLE if _CATEGORIES.get(av, lambda c: True)(c)}
    found = set(_fold(found))
    return frozenset(SAMPLE - found) if negate else frozenset(found)


def _first(items) -> tuple[frozenset[str], bool]:
    """Characters a sequence can start with, and whether it can match nothing."""
    chars: frozenset[str] = frozenset()
    for item in items:
        first, nullable = _first_of(item)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_of(item) -> tuple[frozenset[str], bool]:
    op, av = item
    if op is sre.LITERAL:
        return _fold({chr(av)}), False
    if op is sre.NOT_LITERAL:
        return SAMPLE - _fold({chr(av)}), False
    if op is sre.ANY:
        return SAMPLE, False
    if op is sre.IN:
        return _in_set(av), False
    if op is sre.SUBPATTERN:
        return _first(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op is sre.BRANCH:
        parts = [_first(branch) for branch in av[1]]
        return frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
    if op in REPEATS:
        first, nullable = _first(av[2])
        return first, nullable or av[0] == 0
    if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
        raise PatternError(
            "Backreferences (like \\1) are not supported: they can make the coach stall."
        )
    return frozenset(), True  # anchors and lookarounds take no character


def _all_chars(items) -> frozenset[str]:
    chars: frozenset[str] = frozenset()
    for op, av in items:
        if op in REPEATS:
            chars |= _all_chars(av[2])
        elif op is sre.SUBPATTERN:
            chars |= _all_chars(av[-1])
        elif op is sre.BRANCH:
            for branch in av[1]:
                chars |= _all_chars(branch)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        else:
            chars |= _first_of((op, av))[0]
    return chars


def _variable_parts(items):
    """The parts of a sequence whose length can vary: repeats (a+, a?, a{1,3}) and
    alternations with an empty alternative. Inside a repeat, each such part that can
    match what a repetition starts with gives one text many ways to split."""
    for op, av in items:
        if op in REPEATS:
            if av[0] != av[1]:
                yield av[2]
            yield from _variable_parts(av[2])
        elif op is sre.SUBPATTERN:
            yield from _variable_parts(av[-1])
        elif op is sre.BRANCH:
            if any(_first(branch)[1] for branch in av[1]):
                yield [(op, av)]
            for branch in av[1]:
                yield from _variable_parts(branch)


def _check(items) -> None:
    for op, av in items:
        if op in REPEATS and av[1] > LARGE_REPEAT:
            body = av[2]
            starts, nullable = _first(body)
            if nullable:
                raise PatternError(NESTED_MESSAGE.format(what="a repeated part can match nothing"))
            for inner in _variable_parts(body):
                if _all_chars(inner) & starts:
                    raise PatternError(
                        NESTED_MESSAGE.format(
                            what="a part inside a repeat can match what a repetition starts with"
                        )
                    )
            _check_alternatives(body)
        if op in REPEATS:
            _check(av[2])
        elif op is sre.SUBPATTERN:
            _check(av[-1])
        elif op is sre.BRANCH:
            for branch in av[1]:
                _check(branch)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _check(av[1])
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            _first_of((op, av))


def _check_alternatives(body) -> None:
    """Inside an unbounded repeat, alternatives that can start with the same character
    let one text be split into repetitions in many ways."""
    for op, av in body:
        if op is sre.SUBPATTERN:
            _check_alternatives(av[-1])
        elif op is sre.BRANCH:
            seen: frozenset[str] = frozenset()
            for branch in av[1]:
                first, _ = _first(branch)
                if first & seen:
                    raise PatternError(
                        NESTED_MESSAGE.format(what="alternatives inside a repeat start alike")
                    )
                seen |= first
        break  # only the alternatives a repetition starts with matter here

"""Finding the regular expressions a module keeps, and the inputs that stall backtracking."""

from __future__ import annotations

import re

import re2

LENGTH = 20_000
# The audit's worst inputs (issue 23): runs of one character, of newlines, of `A'`, and
# the shapes the company patterns try hardest on (capitalised words, "at", "About").
WORST_INPUTS = {
    "A run": "A" * LENGTH,
    "x then newlines": "x" + "\n" * (LENGTH - 1),
    "A' run": "A'" * (LENGTH // 2),
    "capitalised words": "A " * (LENGTH // 2),
    "lines of one capital": "A\n" * (LENGTH // 2),
    "at then capitals": ("at " + "A" * 17) * (LENGTH // 20),
    "About then capitals": "About " + "A " * ((LENGTH - 6) // 2),
    "dots": "." * LENGTH,
    "spaces": " " * LENGTH,
}


def _walk(value, depth: int = 0):
    if isinstance(value, re.Pattern | re2._Regexp):
        yield value
    elif depth < 3 and isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _walk(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, depth + 1)


def patterns_in(module) -> list[tuple[str, object]]:
    """(name, compiled pattern) for every pattern the module keeps at its top level,
    directly or inside lists, tuples, sets and dicts."""
    return [
        (name, pattern)
        for name, value in vars(module).items()
        if not name.startswith("__")
        for pattern in _walk(value)
    ]

"""The word diff's worst cases for `make bench` (issue 22: bounded work per request).

A diff compares two texts of up to TEXT_MAX (10,000) characters: two versions' texts on
the compare page, a pasted LinkedIn text and Pivot's on the current-LinkedIn page. Its
matching is bounded by construction (profiles/versions/matching.py); these are the inputs
that would cost the most without the bound, timed as bench rows and counted in
tests/test_diff_bounded.py:

- two different texts in the same words (the searches find something everywhere),
- two texts of two words in different orders (every search finds thousands of pairs),
- one long text with two edits far apart (what a person does; must stay word-exact).

    DATABASE_URL=... .venv/bin/python -m bench.diff   # prints each pair's time
"""

from __future__ import annotations

import random

from .measure import Endpoint

LIMIT = 10_000  # profiles.exports.limits.TEXT_MAX
# The words the texts are made of: a small vocabulary, so every search finds something.
WORDS = (  # noqa: SIM905 - a sentence reads better than a column of words
    "the a of and to in for with on production AI engineer evals agents latency "
    "reliability incident response platform backend shipped built led cut p95 by 40% "
    "customers team model retrieval pipeline cost safety rollout monitoring"
).split()


FIRST_EDIT, SECOND_EDIT = "Staff ", "and cloud "


def _text(seed: int, words=WORDS) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < LIMIT:
        word = rng.choice(words)
        end = ". " if rng.random() < 0.08 else " "
        parts.append(word + end)
        size += len(word) + len(end)
    return "".join(parts)[:LIMIT]


def worst_pairs() -> dict[str, tuple[str, str]]:
    """name -> (old, new), each text LIMIT characters."""
    # Two insertions after a space, one near the start and one in the middle.
    long = _text(1)[: LIMIT - len(FIRST_EDIT) - len(SECOND_EDIT)]
    first, second = long.index(" ", 150) + 1, long.index(" ", LIMIT // 2) + 1
    edited = long[:first] + FIRST_EDIT + long[first:second] + SECOND_EDIT + long[second:]
    return {
        "different texts, same words": (_text(1), _text(2)),
        "two words, different orders": (_text(3, ["a", "b"]), _text(4, ["a", "b"])),
        "one text, two edits far apart": (long, edited),
    }


def endpoints() -> list[Endpoint]:
    from profiles.versions.diff import diff_html

    return [
        Endpoint(
            f"diff_html() worst case: {name}",
            "CALL",
            call=lambda old=old, new=new: diff_html(old, new),
            query_budget=None,
        )
        for name, (old, new) in worst_pairs().items()
    ]


def main() -> None:
    import time

    from .run import setup_django

    setup_django()
    from profiles.versions.diff import diff_html

    for name, (old, new) in worst_pairs().items():
        start = time.perf_counter()
        diff_html(old, new)
        print(f"{name:>32}: {(time.perf_counter() - start) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()

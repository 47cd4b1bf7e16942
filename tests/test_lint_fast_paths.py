"""The copy lint's fast paths (profiles/coach/lint_checks.py) find exactly what the
regular expressions alone find: on ASCII text they skip a text only when the expression
cannot match it, and on any other text they step aside."""

from __future__ import annotations

import random

from profiles.coach import lint_checks

WORDS = [
    "the",
    "The",
    "THE",
    "that",
    "had",
    "and",
    "plus",
    "as",
    "well",
    "Relay",
    "relay",
    "RELAY",
    "eval",
    "gate",
    "Eval",
    "café",
    "Café",
    "naïve",
    "İstanbul",
    "straße",
    "STRASSE",
    "K",
    "\u212a",
    "ſ",
    "s",
    "x-the",
    "the-x",
    "don’t",
    "it's",
    "12",
    "12",
    "1,200",
    "1,2345",
    "$1.2M",
    "€40",
    "£3",
    "40%",
    "3x",
    "300 ms",
    "11 to 4",
    "11 → 4",
    "2024",
    "0→1",
    "٣",
    "²",
    "years",
    "engineers",
    "too",
    "(the",
    "the)",
    "—",
    "–",
    "“the”",
    "…",
    "•",
    "·",
    "×",
    "_the",
    "the_",
    "9the",
]
GAPS = [" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "—", " — ", "-", ""]
NAMES = ["Relay", "Eval gate", "EvalKit", "menu-parser", "Café", "K", "relay ledger"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 24)):
            parts.append(rng.choice(WORDS))
            parts.append(rng.choice(GAPS))
        texts.append("".join(parts))
    return texts


TEXTS = _texts(4000, seed=22)


def test_texts_cover_both_paths():
    plain = [t for t in TEXTS if lint_checks._plain(t) is not None]
    assert 500 < len(plain) < len(TEXTS) - 500
    assert any(lint_checks.DOUBLED.search(t) for t in plain)


def test_a_doubled_word_is_never_skipped():
    for text in TEXTS:
        if lint_checks.DOUBLED.search(text):
            assert lint_checks._may_double(text), text
    for text in ("the the", "The the.", "a\tA", "x-the the-x", "“the the”", "café café"):
        assert lint_checks._may_double(text)
    assert not lint_checks._may_double("the cat sat on the mat — twice")


def test_figures_are_the_expressions_matches():
    for text in TEXTS:
        expected = [m.span() for m in lint_checks.FIGURE.finditer(text)]
        assert [m.span() for m in lint_checks._figures(text)] == expected, text


def _all_checks(text: str) -> tuple:
    return (
        lint_checks.doubled_words(text, None, []),
        lint_checks.repeated_figures(text, []),
        lint_checks.name_case(text, NAMES, []),
    )


def test_checks_find_what_the_expressions_alone_find(monkeypatch):
    fast = [_all_checks(t) for t in TEXTS]
    # The reference: no text read as plain ASCII, so every check runs its expressions.
    monkeypatch.setattr(lint_checks, "_plain", lambda text: None)
    assert [_all_checks(t) for t in TEXTS] == fast
    assert any(any(found) for found in fast)

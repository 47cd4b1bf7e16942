"""The scans of profiles/rendering/prescan.py change no result: the copy lint's checks
(profiles/coach/lint_checks.py) and the planner's tidying (profiles/planner/words.py) give
what their regular expressions alone give, on plain ASCII text and on any other."""

from __future__ import annotations

import random

from profiles.coach import lint_checks
from profiles.planner import words
from profiles.rendering import prescan

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
WORDS += [  # the planner's tidying: "i", acronyms, private asides, signs said as words
    *("i", "I", "i'm", "i’d", "-i", "i-", "i.e.", "rag", "RAG", "rag-based", "aws", "k8s"),
    *("b2b", "ios", "llms", "rag2", "(nda)", "NDA", "can't share", "can’t name", "~40"),
    *("cannot share", "internal only", "not public", "~ 40", "w/", "w/o", "2.1s → 0.9s"),
    *("a->b", "x => y", "from from", "Latency:", "(x, y)", "(can't share)"),
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
    plain = [t for t in TEXTS if prescan.plain(t) is not None]
    assert 500 < len(plain) < len(TEXTS) - 500
    assert any(lint_checks.DOUBLED.search(t) for t in plain)


def test_a_doubled_word_is_never_skipped():
    for text in TEXTS:
        if lint_checks.DOUBLED.search(text):
            assert prescan.may_double(text), text
    for text in ("the the", "The the.", "a\tA", "x-the the-x", "“the the”", "café café"):
        assert prescan.may_double(text)
    assert not prescan.may_double("the cat sat on the mat — twice")


def test_figures_are_the_expressions_matches():
    for text in TEXTS:
        expected = [m.span() for m in lint_checks.FIGURE.finditer(text)]
        assert [m.span() for m in lint_checks._figures(text)] == expected, text


def _all_checks(text: str) -> tuple:
    return (
        lint_checks.doubled_words(text, None, []),
        lint_checks.repeated_figures(text, []),
        lint_checks.name_case(text, NAMES, []),
        words.without_private(text),
        words.fix_case(text, ("rag",)),
        words.spoken(text),
    )


def test_results_are_those_of_the_expressions_alone(monkeypatch):
    fast = [_all_checks(t) for t in TEXTS]
    # The reference: no text read as plain ASCII, so every pattern runs on every text.
    monkeypatch.setattr(prescan, "plain", lambda text: None)
    assert [_all_checks(t) for t in TEXTS] == fast
    for part in range(5):
        assert any(found[part] for found in fast), part  # each check finds something
    assert any(found[3][1] for found in fast)  # an aside taken out
    assert any(found[4] != t for found, t in zip(fast, TEXTS, strict=True))  # a case fixed
    assert any(found[5] != t for found, t in zip(fast, TEXTS, strict=True))  # a sign said


def test_spoken_signs_are_said():
    assert words.spoken("~40 w/ 2.1s → 0.9s") == "about 40 with from 2.1s to 0.9s"

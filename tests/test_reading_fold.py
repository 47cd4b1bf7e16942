"""roles/reading/fold.py: the reader's patterns run without re.IGNORECASE on folded text,
and must find exactly what they found with it, at the same offsets."""

import re
import string
import sys

import pytest

from roles.reading.fold import fold
from roles.reading.language import looks_binary
from roles.reading.matcher import Matcher

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))
# Each character folded alone: built once for the module's tests, not at collection (it
# took seconds in every test process, the SQLite pass's too, which runs none of these).


@pytest.fixture(scope="module")
def folded() -> str:
    return "".join(map(fold, EVERY_CHARACTER))


# Letters the signals and section patterns are written in, and a few that fold oddly.
PATTERN_CHARACTERS = string.ascii_letters + string.digits + "ßéσςΣıİſµμǅﬁK"


def test_folding_keeps_every_offset(folded):
    assert len(folded) == len(EVERY_CHARACTER)
    assert fold(EVERY_CHARACTER) == folded  # in context (final sigma) as alone


@pytest.mark.parametrize("letter", PATTERN_CHARACTERS)
def test_a_folded_letter_matches_what_ignorecase_matched(letter, folded):
    pattern = re.escape(letter)
    before = [m.start() for m in re.finditer(pattern, EVERY_CHARACTER, re.IGNORECASE)]
    after = [m.start() for m in re.finditer(re.escape(fold(letter)), folded)]
    assert after == before


@pytest.mark.parametrize("kind", [r"\w", r"\d", r"\s"])
def test_folding_keeps_what_is_a_word_character_a_digit_or_a_space(kind, folded):
    before = [m.start() for m in re.finditer(kind, EVERY_CHARACTER)]
    assert [m.start() for m in re.finditer(kind, folded)] == before


def test_the_matcher_finds_the_places_ignorecase_found():
    matcher = Matcher([("fine tuning", "ft"), ("kubernetes", "k8s"), ("sql", "sql")])
    text = "FİNE-TUNİNG on \u212aUBERNETES with ſQL; fıne tunıng, Fine Tuning too"
    ignorecase = re.compile(matcher.regex.pattern, re.IGNORECASE)
    spans = [m.span() for m in matcher.regex.finditer(fold(text))]
    assert spans == [m.span() for m in ignorecase.finditer(text)]
    assert len(spans) == 5
    # A place counts when its words are a phrase's own, casefolded as before.
    assert [h.text for h in matcher.find(text)] == ["\u212aUBERNETES", "ſQL", "Fine Tuning"]


def test_looks_binary_counts_the_same_characters_as_before():
    def odd(ch: str) -> bool:
        return (ord(ch) < 32 and ch not in "\n\r\t") or ch in "\ufffd\x7f"

    for ch in [c for c in EVERY_CHARACTER[:0x3000] if odd(c)] + ["\ufffd"]:
        if ch == "\x00":
            continue
        assert looks_binary(ch * 6 + "x" * 94)  # 6% odd
        assert not looks_binary(ch * 4 + "x" * 96)  # 4% odd
    assert not looks_binary("Senior AI Engineer\n\tPython\r\n" * 10)

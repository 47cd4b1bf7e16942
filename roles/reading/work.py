"""Finds skills a posting describes as work: a verb and its object near each other.

Postings name a skill less often than they describe doing it: "give the agent new
actions" (tool calling), "instrument every step" (observability), "screen prompts and
generated outputs" (guardrails). A signal phrase written with "..." between lists of
words, such as `screen|filter|block ... prompt|output|response`, is found where a word of
the first list is followed by one of the second within MAX_BETWEEN words, inside one
sentence (and so on, for a third list).

Words are compared by their stem (`stem`), so "screen" also finds "screens", "screened"
and "screening", and "output" finds "outputs". A list entry may be several words
("every step"); "#" stands for any number ("under # ms"). "a", "an" and "the" are
skipped on both sides: "give the agent new actions" has two words between its ends.

Linear in the text: one regular expression without nested repeats finds the words that
could belong to a pattern (a trie of the patterns' stems), each found word's stem is
looked up in a dict, and each pattern chains its found words with a binary search.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from typing import Any

from .matcher import Hit
from .sections import Region

GAP_MARKS = ("...", "…")
MAX_BETWEEN = 4  # words between the two ends; enough for "screen prompts and generated outputs"
NUMBER = "#"
ARTICLES = frozenset({"a", "an", "the"})
# A word that counts: any but an article (the lookahead is fixed-length, no repeat).
_WORD = re.compile(r"(?<!\w)(?!(?:a|an|the)(?!\w))\w+")
_DIGITS = re.compile(r"\d+")
GAP_CHARS = 200  # past this many characters, the words between are not counted


def is_work_phrase(phrase: str) -> bool:
    return any(mark in phrase for mark in GAP_MARKS)


# Nouns of their own that the rules below would fold into another word's stem, and
# verbs whose base form ends in -ed.
KEEP = frozenset({"tooling", "clustering", "modeling", "modelling", "sting", "thing"})
ENDS_IN_ED = frozenset({"embed", "imbed", "shred"})


def stem(word: str) -> str:
    """A crude stem, the same for a word's inflections: plural, -ed, -ing, a final e, a
    doubled last consonant ("ships", "shipped", "shipping" -> "ship"; "traces", "traced",
    "tracing" -> "trac"). Short words stay as they are."""
    w = word
    if w in KEEP:
        return w
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w in ENDS_IN_ED:
        return w
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] != "e":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _alternatives(side: str) -> list[tuple[str, ...]]:
    out = []
    for entry in side.split("|"):
        words = tuple(
            NUMBER if word == NUMBER else stem(word.casefold())
            for word in re.findall(r"#|\w+", entry)
            if word.casefold() not in ARTICLES
        )
        if words and words not in out:  # "model" and "models" are one entry
            out.append(words)
    return out


def parse(phrase: str) -> list[list[tuple[str, ...]]] | None:
    """The lists of a work phrase, in order, each entry a tuple of stems; None when the
    phrase is plain or a list is empty."""
    text = phrase.replace(GAP_MARKS[1], GAP_MARKS[0])
    if GAP_MARKS[0] not in text:
        return None
    parts = [_alternatives(part) for part in text.split(GAP_MARKS[0])]
    return parts if all(parts) else None


class WorkMatcher:
    def __init__(self, phrases: list[tuple[str, Any]]) -> None:
        # pattern number -> payloads, and how many lists it has
        self.payloads: list[list[Any]] = []
        self.sizes: list[int] = []
        # first stem of an entry -> (entry, pattern number, list number)
        self.starts: dict[str, list[tuple[tuple[str, ...], int, int]]] = defaultdict(list)
        vocabulary: set[str] = set()
        seen: dict[tuple, int] = {}
        for phrase, payload in phrases:
            parts = parse(phrase)
            if parts is None:
                continue
            key = tuple(tuple(sorted(part)) for part in parts)
            number = seen.get(key)
            if number is None:
                number = seen[key] = len(self.payloads)
                self.payloads.append([])
                self.sizes.append(len(parts))
                for side, entries in enumerate(parts):
                    for entry in entries:
                        self.starts[entry[0]].append((entry, number, side))
                        vocabulary.update(entry)
            if payload not in self.payloads[number]:
                self.payloads[number].append(payload)
        self.vocabulary = frozenset(vocabulary)
        self.regex = _candidates(vocabulary)
        self._stems: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self.payloads)

    def find(self, text: str, folded: str, regions: list[Region]) -> list[Hit]:
        """Each place a pattern's lists follow each other closely in one of `regions`."""
        if not self.payloads:
            return []
        words = self._words(folded, regions)
        return self._chains(text, folded, words, self._found(folded, words))

    def _words(self, folded: str, regions: list[Region]) -> list[tuple[int, int, str, int]]:
        """(start, end, stem, sentence) of each word that may belong to a pattern."""
        stems, vocabulary = self._stems, self.vocabulary
        if len(stems) > 50_000:
            stems.clear()  # odd words without end must not grow it forever
        region_starts = [r.start for r in regions]
        out = []
        for match in self.regex.finditer(folded):
            word = match.group()
            token = stems.get(word)
            if token is None:
                token = stems[word] = NUMBER if _DIGITS.fullmatch(word) else stem(word)
            if token not in vocabulary:
                continue
            begin = match.start()
            r = bisect_right(region_starts, begin) - 1
            sentence = r if r >= 0 and begin < regions[r].end else -1 - begin
            out.append((begin, match.end(), token, sentence))
        return out

    def _found(self, folded, words) -> dict[int, list[list[tuple[int, int]]]]:
        """Pattern number -> per list, the (first word, last word) of each entry found."""
        found: dict[int, list[list[tuple[int, int]]]] = {}
        starts, sizes = self.starts, self.sizes
        for i, word in enumerate(words):
            for entry, number, side in starts.get(word[2], ()):
                last = i + len(entry) - 1
                if len(entry) > 1 and not _adjacent(entry, folded, words, i, last):
                    continue
                lists = found.get(number)
                if lists is None:
                    lists = found[number] = [[] for _ in range(sizes[number])]
                lists[side].append((i, last))
        return found

    def _chains(self, text, folded, words, found) -> list[Hit]:
        hits = []
        for number, lists in found.items():
            if not all(lists):
                continue
            heads = [[first for first, _ in places] for places in lists]
            previous = None
            for first, last in lists[0]:
                if first == previous:
                    continue  # one hit per place, however many entries start there
                previous = first
                end = _chain(folded, words, lists, heads, first, last)
                if end is not None:
                    begin, stop = words[first][0], words[end][1]
                    hits.append(Hit(begin, stop, text[begin:stop], tuple(self.payloads[number])))
        return hits


def _chain(folded, words, lists, heads, first, last) -> int | None:
    """The last word of the chain from one place of the first list: each next list's
    nearest entry after the one before, close enough and in the same sentence."""
    sentence = words[first][3]
    for places, starts in zip(lists[1:], heads[1:], strict=True):
        k = bisect_right(starts, last)
        if k == len(places):
            return None
        start, end = places[k]
        if words[start][3] != sentence or _between(folded, words[last][1], words[start][0]) > (
            MAX_BETWEEN
        ):
            return None
        last = end
    return last


def _between(folded: str, begin: int, end: int) -> int:
    """How many words (articles aside) stand between two offsets."""
    if end - begin > GAP_CHARS:
        return MAX_BETWEEN + 1
    return len(_WORD.findall(folded, begin, end))


def _adjacent(entry, folded, words, first: int, last: int) -> bool:
    """Whether the words first..last spell the entry, one right after the other."""
    if last >= len(words):
        return False
    sentence = words[first][3]
    for k in range(1, len(entry)):
        word, before = words[first + k], words[first + k - 1]
        if word[2] != entry[k] or word[3] != sentence or _between(folded, before[1], word[0]):
            return False
    return True


def _candidates(vocabulary: set[str]) -> re.Pattern:
    """A word that starts like one of the stems: a trie of the stems' beginnings (a stem
    ending in y is written with i: "policies"), then the rest of the word."""
    trie: dict = {}
    for token in vocabulary:
        if token == NUMBER:
            continue
        node = trie
        for ch in token[:-1] if token.endswith("y") else token:
            node = node.setdefault(ch, {})
        node[""] = True
    body = _trie(trie) or r"(?!x)x"
    number = r"|\d" if NUMBER in vocabulary else ""
    return re.compile(r"(?<!\w)(?:" + body + number + r")\w*")


def _trie(node: dict) -> str:
    alternatives = [re.escape(ch) + _trie(node[ch]) for ch in sorted(k for k in node if k)]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return "(?:" + body + ")?" if "" in node else body

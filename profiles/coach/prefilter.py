r"""One pass over a text for every pattern rule: which rules can find anything in it.

Checking each rule's pattern over every text made the coach's cost grow with the number
of rules: most of the messaging and review pages. Here every rule's pattern is put in an
RE2 set (google-re2 `Set`), which scans the text once, in time linear in the text, and
answers which patterns occur in it. Only those rules are then confirmed with their own
pattern (engine._check_one, unchanged); the rest are skipped without reading the text.

A rule may be skipped only when its check can find nothing unless its pattern occurs in the
text — wording to avoid, vague claims, framework names (PRESENCE_CHECKS). Every other check
(a number it needs, a first sentence, a length, and any kind added later) is visited on
every text: a new check kind is correct by default and may opt in here once its findings
need its pattern.

The sets answer a superset of the real matches, never less. Regular expressions that run on
RE2 anyway go in one set over the text as it is. Patterns that run on Python's engine go in
the other, rewritten to match at least what Python matches: a phrase without its word-edge
lookarounds, a regular expression without its lookarounds and word boundaries (they only
narrow a match), Python's Unicode \w \s \d as Unicode classes, $ also before a line break
that ends the text (as Python reads it), over a text where the two letters Python's
case-insensitive matching folds to "i" and RE2 does not (ı, İ) read "i". A positive
lookbehind that opens a whole match, or a positive lookahead that closes one, is kept as
text the match takes in (nothing else is matched before or after it, so that text is
there): a pattern that is mostly lookarounds still narrows the texts to visit.
A pattern that cannot be rewritten (a backreference, verbose mode) is visited on every text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import re2

from roles.models import MessagingRule
from roles.patterns import PatternError

PRESENCE_CHECKS = frozenset({MessagingRule.AVOID_WORDING, MessagingRule.VAGUE_CLAIM})
# Checks visited on every text that need only to know whether their pattern occurs (a number
# it needs; the doubled joins beside the doubled words): with a pattern RE2 runs, the set's
# answer over the text as it is is that of the rule's own search, so none is run.
GATED_CHECKS = frozenset({MessagingRule.NEEDS_NUMBER, MessagingRule.DOUBLED_WORDS})
# Every character Python's \s matches (str.isspace), as an RE2 class.
_SPACE = r"[\t-\r\x{1c}-\x{1f}\x{85}\p{Z}]+"
# Letters Python's IGNORECASE matches with "i" and RE2's case folding does not.
_FOLD = str.maketrans({"ı": "i", "İ": "i"})


def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return options


def check_of(rule: MessagingRule) -> str:
    return MessagingRule.AVOID_WORDING if rule.kind == MessagingRule.AVOID else rule.check_type


# Python's \w, \s and \d on text, as the inside of an RE2 class.
_CLASSES = {"w": r"\p{L}\p{N}_", "s": r"\t-\r\x{1c}-\x{1f}\x{85}\p{Z}", "d": r"\p{Nd}"}
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
# Whole classes Python spells with a negated class inside, which RE2 cannot: a letter or
# digit (\w but "_"), and a letter.
_NEGATED_IDIOMS = {r"[^\W_]": r"[\p{L}\p{N}]", r"[^\W\d_]": r"[\p{L}]"}
_OUTER_GROUP = re.compile(r"\(\?[a-zA-Z-]*:")


def _group_end(pattern: str, start: int) -> int:
    """The index just after the group opened at `start`."""
    for index, char, depth in _scan_groups(pattern[start:]):
        if char == ")" and depth == 1:
            return start + index + 1
    raise ValueError("unbalanced group")


def _scan_groups(text: str):
    """(index, char, depth) for each character of `text` outside classes and escapes, with
    the group depth before it: how the helpers below find top-level | and groups."""
    depth, index, in_class = 0, 0, False
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if text.startswith(("[]", "[^]"), index):
                index += 2 if text[index + 1] == "]" else 3
                continue
        else:
            yield index, char, depth
            depth += {"(": 1, ")": -1}.get(char, 0)
        index += 1


def _alternatives(text: str) -> list[str]:
    cuts = [i for i, char, depth in _scan_groups(text) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(text)]
    return [text[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _last_group(text: str) -> int | None:
    """Where the top-level group that ends `text` opens, if one does."""
    opened = None
    for index, char, depth in _scan_groups(text):
        if char == "(" and depth == 0:
            opened = index
        elif char == ")" and depth == 1 and index == len(text) - 1:
            return opened
    return None


def _kept_edges(alternative: str) -> str:
    """A top-level alternative with a positive lookbehind that opens it, and a positive
    lookahead that closes it, as text it takes in; other lookarounds there are dropped."""
    prefix = suffix = ""
    while alternative.startswith(("(?<=", "(?<!")):
        end = _group_end(alternative, 0)
        if alternative.startswith("(?<=") and not prefix:
            prefix = "(?:" + alternative[4 : end - 1] + ")"
        alternative = alternative[end:]
    while (start := _last_group(alternative)) is not None and alternative.startswith(
        ("(?=", "(?!"), start
    ):
        if alternative.startswith("(?=", start) and not suffix:
            suffix = "(?:" + alternative[start + 3 : -1] + ")"
        alternative = alternative[:start]
    return prefix + alternative + suffix


def _with_edges_kept(pattern: str) -> str:
    """The pattern with _kept_edges applied to each of its top-level alternatives (inside a
    group of flags that holds the whole pattern, as "(?-i:…)")."""
    head, body, tail = "", pattern, ""
    outer = _OUTER_GROUP.match(pattern)
    if outer and _group_end(pattern, 0) == len(pattern):
        head, body, tail = outer.group(0), pattern[outer.end() : -1], ")"
    return head + "|".join(_kept_edges(a) for a in _alternatives(body)) + tail


def regex_for_set(pattern: str) -> str | None:
    """A Python regular expression rewritten for RE2 to match at least what it matches, or
    None when it cannot be (then its rule is visited on every text)."""
    try:
        pattern = _with_edges_kept(pattern)
    except ValueError:
        return None
    out: list[str] = []
    index, in_class, class_start = 0, False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index + 1 : index + 2]
            if not escaped or escaped.isdigit() or escaped in "uUNZ":
                return None  # backreferences, and escapes RE2 spells otherwise
            if escaped in _CLASSES:
                body = _CLASSES[escaped]
                out.append(body if in_class else f"[{body}]")
            elif escaped.lower() in _CLASSES:
                if in_class:
                    return None  # a negated class inside a class has no RE2 spelling
                out.append(f"[^{_CLASSES[escaped.lower()]}]")
            elif escaped in "bB":
                out.append(r"\x08" if in_class else "")  # a word edge only narrows
            else:
                out.append(char + escaped)
            index += 2
            continue
        if in_class:
            if char == "]" and index > class_start:
                in_class = False
            out.append(char)
        elif char == "[":
            idiom = next((i for i in _NEGATED_IDIOMS if pattern.startswith(i, index)), None)
            if idiom is not None:
                out.append(_NEGATED_IDIOMS[idiom])
                index += len(idiom)
                continue
            in_class = True
            class_start = index + (2 if pattern.startswith("[^", index) else 1)
            out.append(pattern[index:class_start])
            index = class_start
            continue
        elif pattern.startswith(_LOOKAROUNDS, index):
            try:
                index = _group_end(pattern, index)  # a lookaround only narrows: dropped
            except ValueError:
                return None
            continue
        elif char == "$":
            # Python's $ also matches before a closing line break; RE2's only at the end.
            out.append(r"(?:\n?$)")
        else:
            out.append(char)
        index += 1
    return "".join(out).translate(_FOLD)


def phrase_for_set(phrase: str) -> str:
    """A phrase as roles.patterns compiles it, without the word-edge lookarounds RE2 lacks."""
    words = [re.escape(w).replace("'", "['’]") for w in phrase.split()]
    return _SPACE.join(words)


def _shape(rule: MessagingRule) -> tuple:
    """All that `Prefilter._sort` reads of a rule."""
    return (check_of(rule), rule.kind, rule.terms, rule.match_as, rule.pattern)


# Compiled sets by the shape of their rule list, most recently used last; a handful of
# entries (each the size of the guide's own rules), whatever the users do.
_BUILT: dict[tuple, tuple] = {}
_BUILT_MAX = 8
_BUILT_LOCK = threading.Lock()


class Prefilter:
    """The rules of one rule list, sorted into what the sets decide and what is always
    visited; `candidates(text)` gives the rules to check on a text, in the list's order."""

    def __init__(self, rules: Sequence[MessagingRule]):
        self.rules = tuple(rules)
        # The sets depend only on what each rule matches, by position: rule lists that
        # match alike share them (a content edit elsewhere in the guide, each test's
        # fresh load of the same rows), so compiling them is paid once per rule content.
        shape = tuple(_shape(rule) for rule in self.rules)
        with _BUILT_LOCK:
            built = _BUILT.pop(shape, None)
        if built is None:
            built = self._build()
        with _BUILT_LOCK:  # a threaded server shares it
            _BUILT[shape] = built
            while len(_BUILT) > _BUILT_MAX:
                _BUILT.pop(next(iter(_BUILT)))
        (
            self.always,
            self._phrases,
            self._regexes,
            self._phrase_owner,
            self._regex_owner,
            self._gated,
        ) = built

    def _build(self) -> tuple:
        self.always: list[int] = []
        self._phrases = re2.Set.SearchSet(_options())
        self._regexes = re2.Set.SearchSet(_options())
        self._phrase_owner: list[int] = []
        self._regex_owner: list[int] = []
        self._gated: set[int] = set()
        for position, rule in enumerate(self.rules):
            self._sort(position, rule)
        self._phrases.Compile()
        self._regexes.Compile()
        return (
            self.always,
            self._phrases,
            self._regexes,
            self._phrase_owner,
            self._regex_owner,
            frozenset(self._gated),
        )

    def _sort(self, position: int, rule: MessagingRule) -> None:
        check = check_of(rule)
        if check == MessagingRule.FRAMEWORK_COUNT and rule.is_requirement:
            # Found only when its names occur; each name is a phrase.
            for term in rule.terms_list:
                self._add_phrase(position, term)
            if not rule.terms_list:
                self.always.append(position)
            return
        if check not in PRESENCE_CHECKS:
            self.always.append(position)
            if check in GATED_CHECKS:
                self._gate(position, rule)
            return
        try:
            compiled = rule.regex()
        except PatternError:
            return  # the engine finds nothing with a pattern it cannot run
        if compiled is None:
            return  # nor without a pattern
        if rule.match_as != MessagingRule.REGEX:
            self._add_phrase(position, rule.pattern.strip())
        elif isinstance(compiled, re.Pattern):
            # Lookaround: Python's engine confirms; the set finds where it could match.
            rewritten = regex_for_set(rule.pattern.strip())
            if rewritten is None:
                self.always.append(position)
            else:
                self._add(self._phrases, self._phrase_owner, position, rewritten)
        else:
            self._add(self._regexes, self._regex_owner, position, rule.pattern.strip())

    def _gate(self, position: int, rule: MessagingRule) -> None:
        try:
            compiled = rule.regex()
        except PatternError:
            return
        if compiled is None or isinstance(compiled, re.Pattern):
            return  # none to search for, or Python's engine: the rule searches itself
        before = len(self._regex_owner)
        self._add(self._regexes, self._regex_owner, position, rule.pattern.strip())
        if len(self._regex_owner) > before:
            self._gated.add(position)

    def _add_phrase(self, position: int, phrase: str) -> None:
        if phrase.split():
            self._add(self._phrases, self._phrase_owner, position, phrase_for_set(phrase))

    def _add(self, into: re2.Set, owners: list[int], position: int, pattern: str) -> None:
        try:
            into.Add(pattern)
        except re2.error:
            self.always.append(position)  # never skipped for want of a set entry
        else:
            owners.append(position)

    def candidates(self, text: str) -> list[MessagingRule]:
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[list[MessagingRule], dict[int, bool]]:
        """The rules to check on `text`, in the list's order, and for each gated rule
        (GATED_CHECKS), by id(), whether its pattern occurs in the text."""
        found = set(self.always)
        if self._phrase_owner:
            # translate() looks up every character: only a text holding ı or İ needs it.
            folded = text.translate(_FOLD) if "ı" in text or "İ" in text else text
            found.update(self._phrase_owner[i] for i in self._phrases.Match(folded) or ())
        occurs = dict.fromkeys(self._gated, False)
        if self._regex_owner:
            for i in self._regexes.Match(text) or ():
                position = self._regex_owner[i]
                found.add(position)
                if position in occurs:
                    occurs[position] = True
        rules = self.rules
        return (
            [rules[position] for position in sorted(found)],
            {id(rules[position]): there for position, there in occurs.items()},
        )

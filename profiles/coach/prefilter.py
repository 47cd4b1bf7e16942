"""One pass over a text for every pattern rule: which rules can find anything in it.

Checking each rule's pattern over every text made the coach's cost grow with the number
of rules: most of the messaging and review pages. Here every rule's pattern is put in an
RE2 set (google-re2 `Set`), which scans the text once, in time linear in the text, and
answers which patterns occur in it. Only those rules are then confirmed with their own
pattern (engine._check_one, unchanged); the rest are skipped without reading the text.

A rule may be skipped only when its check can find nothing unless its pattern occurs in the
text — wording to avoid, vague claims, framework names (PRESENCE_CHECKS). Every other check
(a number it needs, a first sentence, a length, and any kind added later) is visited on
every text, as is a pattern that needs Python's engine (lookaround): a new check kind is
correct by default and may opt in here once its findings need its pattern.

The set is a superset of the real matches, never narrower: a phrase is matched without its
word-edge lookarounds, over any Unicode space, on a text where the two letters Python's
case-insensitive matching folds to "i" but RE2 does not (ı, İ) are read as "i". Regular
expressions that run on RE2 anyway go in a second set over the text as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import re2

from roles.models import MessagingRule
from roles.patterns import PatternError

PRESENCE_CHECKS = frozenset({MessagingRule.AVOID_WORDING, MessagingRule.VAGUE_CLAIM})
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


def phrase_for_set(phrase: str) -> str:
    """A phrase as roles.patterns compiles it, without the word-edge lookarounds RE2 lacks."""
    words = [re.escape(w).replace("'", "['’]") for w in phrase.split()]
    return _SPACE.join(words)


class Prefilter:
    """The rules of one rule list, sorted into what the sets decide and what is always
    visited; `candidates(text)` gives the rules to check on a text, in the list's order."""

    def __init__(self, rules: Sequence[MessagingRule]):
        self.rules = tuple(rules)
        self.always: list[int] = []
        self._phrases = re2.Set.SearchSet(_options())
        self._regexes = re2.Set.SearchSet(_options())
        self._phrase_owner: list[int] = []
        self._regex_owner: list[int] = []
        for position, rule in enumerate(self.rules):
            self._sort(position, rule)
        self._phrases.Compile()
        self._regexes.Compile()

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
            self.always.append(position)  # lookaround: Python's engine, checked on every text
        else:
            self._add(self._regexes, self._regex_owner, position, rule.pattern.strip())

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
        found = set(self.always)
        if self._phrase_owner:
            found.update(
                self._phrase_owner[i] for i in self._phrases.Match(text.translate(_FOLD)) or ()
            )
        if self._regex_owner:
            found.update(self._regex_owner[i] for i in self._regexes.Match(text) or ())
        return [self.rules[position] for position in sorted(found)]

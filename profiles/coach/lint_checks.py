"""The copy lint's checks that are not one pattern: doubled words, a figure stated twice,
an artifact name written in another case. The engine hands a rule of these kinds here
(engine._check_one); their wording (name, explanation, fix, severity) is the rule row's.

Each check returns (quote, message) pairs, like the engine's own branches, and skips a
span an earlier rule already reported (`taken`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from roles.models import MessagingRule

from ..rendering import prescan

Found = list[tuple[str, str]]

# "the the": a word written twice in a row (letters only; across spaces, not lines).
DOUBLED = re.compile(r"\b([^\W\d_]+)[ \t]+(\1)\b", re.IGNORECASE)
# Grammatical doubles: "I said that that approach…", "we had had three outages".
ALLOWED_DOUBLES = {"had"}
THAT_THAT_AFTER = re.compile(
    r"\b(?:said|say|says|think|thought|know|knew|believe|believed|mean|means|meant|found|"
    r"show|showed|shows|is|was|so|realised|realized|noticed|saw)[ \t]+$",
    re.IGNORECASE,
)

# A figure: a range ("11 to 4", "11 → 4"), an amount with a currency, a unit or a
# multiplier ("$1.2M", "94%", "3x", "300 ms"), or a bare number with the word after it.
FIGURE = re.compile(
    r"(?<![\w.,$€£])(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:(?P<range>\s*(?:to|→|->|–)\s*[$€£]?\d[\d,]*(?:\.\d+)?)"
    r"|(?P<unit>\s?(?:%|x\b|×|k\b|K\b|M\b|B\b|bn\b|ms\b)))?"
    r"(?:\s+(?P<next>[^\W\d_]+))?"
)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# A second mention said on purpose: "Cost fell 40% too."
ON_PURPOSE = re.compile(r"\b(?:too|also|both|each|likewise|as\s+well)\b", re.IGNORECASE)


def doubled_words(text: str, regex: re.Pattern | None, taken: list[tuple[int, int]]) -> Found:
    """A word written twice in a row, and every match of the rule's pattern (doubled joins)."""
    spans = []
    # DOUBLED scans every character in Python's engine: most of the lint's time on a page.
    for match in DOUBLED.finditer(text) if prescan.may_double(text) else ():
        word = match.group(1).casefold()
        if word in ALLOWED_DOUBLES:
            continue
        if word == "that" and THAT_THAT_AFTER.search(text, 0, match.start()):
            continue
        spans.append((match.span(), f"“{match.group(1)}” is written twice."))
    if regex is not None:
        spans += [(m.span(), "Two joins in a row.") for m in regex.finditer(text) if m.group(0)]
    return _report(text, sorted(spans), taken)


def _figure_key(match: re.Match) -> str | None:
    """What identifies a figure across mentions; None for one a reader would not track."""
    num = match.group("num").replace(",", "")
    dec = match.group("dec") or ""
    if match.group("range"):
        return num + dec + " " + re.sub(r"[\s,$€£]|to|→|->|–", "", match.group("range"))
    unit = (match.group("unit") or "").strip().lower()
    if match.group("cur") or unit:
        return (match.group("cur") or "") + num + dec + unit
    value = float(num + dec)
    if 1900 <= value <= 2100 and not dec:
        return None  # a year
    if value >= 100 or dec:
        return num + dec
    if value >= 10 and match.group("next"):
        # "12 years" and "12 engineers" are two facts; "12 years" twice is one.
        return f"{num} {match.group('next').casefold()[:5]}"
    return None


CURRENCIES = "$€£"


def _figures(text: str):
    """FIGURE.finditer(text), trying FIGURE only where it can start (a run of digits, or a
    currency sign just before one) rather than at every character."""
    resume = 0
    for start in prescan.digit_runs(text):
        if start < resume:
            continue
        match = None
        if start - 1 >= resume and text[start - 1] in CURRENCIES:
            match = FIGURE.match(text, start - 1)
        if match is None:
            match = FIGURE.match(text, start)
        if match is not None:
            resume = match.end()
            yield match


def repeated_figures(text: str, taken: list[tuple[int, int]]) -> Found:
    seen: dict[str, int] = {}
    spans = []
    for match in _figures(text):
        key = _figure_key(match)
        if key is None:
            continue
        if key not in seen:
            seen[key] = match.start()
            continue
        if ON_PURPOSE.search(_sentence_around(text, match.start())):
            continue
        end = match.end("next") if match.group("next") else match.end()
        figure = text[match.start() : end].strip()
        spans.append(((match.start(), end), f"“{figure}” is already stated earlier in this text."))
    return _report(text, spans, taken)


def _sentence_around(text: str, at: int) -> str:
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)]


def _is_plain_words(name: str) -> bool:
    """A name made of ordinary words in sentence case ("Relay", "Eval gate"): written in
    lower case mid-sentence, it is the words, not a changed name. "EvalKit", "menu-parser"
    and "Runbook Copilot" are names in any position."""
    words = name.split()
    return all(w.isalpha() for w in words) and name[1:] == name[1:].lower()


def _in_word(text: str, index: int) -> bool:
    """A letter, digit, "_" or "-" at `index` (what \\w and "-" match), not an edge."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_-")


def name_case(text: str, names: Sequence[str], taken: list[tuple[int, int]]) -> Found:
    spans = []
    for name in dict.fromkeys(n.strip() for n in names):
        if len(name) < 2:
            continue
        if name.isascii() and not prescan.has_any(text, (name.lower(),)):
            continue  # not in the text in any case
        # The name on its own (not inside a longer word or a hyphenated one), found as
        # (?<![\w-])name(?![\w-]) finds it, without trying the lookbehind at every place.
        pattern = re.compile(re.escape(name), re.IGNORECASE)
        at = 0
        while (match := pattern.search(text, at)) is not None:
            start, end = match.span()
            if _in_word(text, start - 1) or _in_word(text, end):
                at = start + 1
                continue
            at = end
            written = match.group(0)
            if written == name or (_is_plain_words(name) and written.islower()):
                continue
            spans.append((match.span(), f"You named it “{name}”; here it reads “{written}”."))
    return _report(text, sorted(spans), taken)


def _report(text: str, spans, taken: list[tuple[int, int]]) -> Found:
    found = []
    for (start, end), message in spans:
        if any(start < stop and begin < end for begin, stop in taken):
            continue
        taken.append((start, end))
        found.append((" ".join(text[start:end].split()), message))
    return found


Check = Callable[..., Found]
KINDS: dict[str, Check] = {
    MessagingRule.DOUBLED_WORDS: lambda text, regex, names, taken: doubled_words(
        text, regex, taken
    ),
    MessagingRule.REPEATED_FIGURE: lambda text, regex, names, taken: repeated_figures(text, taken),
    MessagingRule.NAME_CASE: lambda text, regex, names, taken: name_case(text, names, taken),
}


def run(check: str, text: str, *, regex, names: Sequence[str], taken) -> Found:
    """(quote, message) pairs for a lint check kind on one text."""
    return KINDS[check](text, regex, names, taken)

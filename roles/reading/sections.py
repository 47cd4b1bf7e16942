"""Splits a posting into regions: title, body, required, nice to have, boilerplate.

Headings ("Requirements", "Nice to have", "Benefits", "About us") set the kind of every
line after them; "Bonus: ..." on one line sets only that line; and single sentences
carry their own cues ("... is a plus", "equal opportunity employer").

Every pattern here is written in lower case and runs on the folded posting (fold.py):
the same places re.IGNORECASE would find, found faster.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ..patterns import SPACE, linear
from .fold import fold

TITLE, BODY, REQUIRED, NICE, BOILERPLATE = "title", "body", "required", "nice", "boilerplate"


def _words(*patterns: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)")


NICE_HEADING = _words(
    r"nice[\s-]to[\s-]haves?",
    r"bonus(?:\s+points?)?",
    r"preferred(?:\s+\w+)?",
    r"pluses",
    r"desirable",
    r"extra\s+credit",
    r"good\s+to\s+have",
    r"nice",
)
REQUIRED_HEADING = _words(
    r"requirements?",
    r"(?:basic\s+|minimum\s+|required\s+|key\s+)?qualifications?",
    r"must[\s-]haves?",
    r"what\s+you(?:'ll|\s+will)?\s+need",
    r"you\s+(?:have|bring|are|should\s+have)",
    r"about\s+you",
    r"who\s+you\s+are",
    r"what\s+we(?:'re|\s+are)?\s+look(?:ing)?\s+for",
    r"(?:we\s+are\s+)?looking\s+for",
    r"required\s+(?:skills?|experience)",
    r"skills",
    r"we\s+need",
    r"ideal(?:\s+\w+)?",
    r"you",
)
BOILERPLATE_HEADING = _words(
    r"benefits?",
    r"perks?",
    r"(?:what\s+)?we\s+offer",
    r"why\s+(?:join|us|work)\b.*",
    r"about\s+(?!(?:the\s+)?(?:team|role|job|position|you)\b)[\w .&'-]+",
    r"who\s+we\s+are",
    r"compensation",
    r"salary",
    r"equal\s+opportunit\w*",
    r"eeo",
    r"our\s+(?:values|culture|benefits|mission)",
    r"life\s+at\s+\w+",
    r"location",
    r"wir\s+bieten",
    r"ofrecemos",
)
BODY_HEADING = _words(
    r"(?:(?:key|main|core|primary|your|role|job|position)\s+)?(?:responsibilit\w+|duties)",
    r"(?:team|role|job|position)\s+(?:description|overview|summary)",
    r"what\s+you(?:'ll|\s+will)\s+(?:do|own|build)",
    r"(?:about\s+)?the\s+(?:role|team|job|position)",
    r"your\s+work",
    r"in\s+this\s+role(?:\s+you\s+will)?",
    r"what\s+the\s+job\s+is",
    r"you(?:'ll|\s+will)",
    r"day[\s-]to[\s-]day",
    r"tech(?:\s+stack)?",
    r"our\s+stack",
)

NICE_CUE = _words(
    r"nice[\s-]to[\s-]have",
    r"(?:is\s+|are\s+)?a\s+(?:big\s+)?plus",
    r"bonus",
    r"preferred",
    r"ideally",
    r"desirable",
    r"would\s+be\s+great",
    r"extra\s+credit",
    r"not\s+required",
    r"good\s+to\s+have",
)
BOILERPLATE_CUE = _words(
    r"equal\s+opportunit\w*",
    r"without\s+regard\s+to",
    r"regardless\s+of",
    r"sexual\s+orientation",
    r"national\s+origin",
    r"veteran\s+status",
    r"reasonable\s+accommodations?",
    r"diverse\s+and\s+inclusive",
    r"inclusive\s+(?:workplace|workforce|culture)",
    r"all\s+backgrounds",
    r"401\s*\(?k\)?",
    r"(?:health|dental|vision|medical)\s+(?:insurance|plan|care)",
    r"dental",
    r"paid\s+time\s+off",
    r"pto",
    r"parental\s+leave",
    r"pension",
    r"stipend",
    r"wellness",
    r"gym",
    r"relocation",
    r"sponsor\s+visas?",
    r"we\s+offer",
    r"founded\s+in",
    r"our\s+mission",
    r"backed\s+by",
    r"headquartered",
    r"investors",
    r"(?:we\s+are|we're)\s+(?:a|an)\s+(?!team\b)",
    r"annual\s+leave",
    r"days\s+(?:holiday|pto|off)",
    r"learning\s+(?:budget|stipend)",
)

# The first line saying the company is hiring: the role line written as a sentence.
HIRING_LINE = linear(r"(?:^|[^a-z])(?:is|are)\s+(?:now\s+)?hiring(?:$|[^a-z])")

MULTIPLIER = {TITLE: 1.5, BODY: 1.0, REQUIRED: 1.0, NICE: 0.5, BOILERPLATE: 0.2}
# A skill named once under "Bonus" is still asked for; the title proves nothing extra.
SKILL_MULTIPLIER = {**MULTIPLIER, TITLE: 1.0, NICE: 1.0}

_LIST_TAIL = linear(rf"{SPACE}*(?:,|&|\band\b)")  # RE2: linear on a run of spaces
_LINES = re.compile(r"[^\n]*\n?")
# A full stop inside "Node.js" or "3.5" does not end a sentence. The repeats are
# possessive (never give back what they took), so a line of 20,000 dots cannot make the
# engine backtrack; the lookahead says where a sentence may start, which the plain
# form `(?:[^.!?;]|[.!?;]+(?!\s|$))+[.!?;]*` decided by backtracking (same matches).
_SENTENCES = re.compile(
    r"(?=[^.!?;]|[.!?;]{2}|[.!?;][^\s.!?;])(?:[^.!?;]|[.!?;]++(?!\s|$))*+[.!?;]*"
)
_BULLET = re.compile(r"^[\s#>*•·\-–—\d.)]*")


class Region(NamedTuple):
    # A tuple, not a dataclass: a long posting has hundreds, and a tuple is made faster.
    start: int
    end: int
    kind: str


def regions(text: str, folded: str | None = None) -> list[Region]:
    """`folded` is fold(text) when the caller has it already; offsets are the same."""
    text = fold(text) if folded is None else folded
    out: list[Region] = []
    section = BODY
    seen_title = False
    for line_match in _LINES.finditer(text):
        line = line_match.group()
        start = line_match.start()
        if not line:
            break
        stripped = line.strip()
        if not stripped:
            continue
        bullet = len(_BULLET.match(line).group())
        # "**What we offer**": the bullet pattern takes the opening marks, and the
        # closing ones must go too, or Markdown's bold headings read as body text
        content = line[bullet:].rstrip().rstrip("*").rstrip()
        if not seen_title:
            seen_title = True
            if len(content) <= 90 and not content.endswith("."):
                out.append(Region(start, start + len(line), TITLE))
                continue
            if HIRING_LINE.search(content):
                # "Kindling (pre-seed, backed by two angels) is hiring a Founding AI
                # Engineer.": the role line said as a sentence is the job's, whatever cue
                # of the company's story ("backed by") its aside holds
                out.append(Region(start, start + len(line.rstrip()), BODY))
                continue
        heading = _heading_kind(content)
        if heading is not None:
            section = heading
            out.append(Region(start, start + len(line), heading))
            continue
        line_kind = section
        head, colon, rest = content.partition(":")
        if colon and rest.strip() and len(head) <= 40:
            inline = _heading_kind(head)
            if inline is not None:
                line_kind = inline
        out.extend(_sentences(line, start, line_kind))
    return out


_HEADINGS = (
    (NICE_HEADING, NICE),
    (BOILERPLATE_HEADING, BOILERPLATE),
    (BODY_HEADING, BODY),
    (REQUIRED_HEADING, REQUIRED),
)


def heading_kind(content: str) -> str | None:
    """The kind a heading line sets for the lines after it, or None if it is no heading."""
    return _heading_kind(content)


def _heading_kind(content: str) -> str | None:
    text = content.strip().rstrip(":").strip()
    if not text or len(text) > 60 or text.endswith((".", ",")) or len(text.split()) > 7:
        return None
    colon = content.rstrip().endswith(":")
    for pattern, kind in _HEADINGS:
        head = pattern.match(text)
        if head is None:
            continue  # nor can it match the whole line: one call for most lines
        if colon or pattern.fullmatch(text):
            return kind
        # "Required qualifications, capabilities and skills": the first words decide
        if _LIST_TAIL.match(text, head.end()):
            return kind
    return None


def _sentences(line: str, offset: int, kind: str) -> list[Region]:
    out = []
    for match in _SENTENCES.finditer(line):
        sentence = match.group()
        if not sentence.strip():
            continue
        sentence_kind = kind
        if BOILERPLATE_CUE.search(sentence):
            sentence_kind = BOILERPLATE
        elif kind != BOILERPLATE and NICE_CUE.search(sentence):
            sentence_kind = NICE
        out.append(Region(offset + match.start(), offset + match.end(), sentence_kind))
    return out


def kind_at(found: list[Region], starts: list[int], position: int) -> str:
    index = bisect_right(starts, position) - 1
    if index >= 0 and found[index].start <= position < found[index].end:
        return found[index].kind
    return BODY

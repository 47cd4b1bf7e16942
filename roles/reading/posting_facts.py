"""The role title and the company name, read from a posting when it says them.

Only suggestions: the person sees both in editable fields before anything uses them, so
a wrong guess costs a correction, never a wrong label saved unseen.
"""

from __future__ import annotations

from collections import Counter

import re2

from .role_line import COMPANY_MAX, TITLE_MAX, read_head
from .role_words import plain_name
from .sections import TITLE, Region

__all__ = ["COMPANY_MAX", "TITLE_MAX", "suggested", "suggested_company", "suggested_title"]

# Postings are pasted by anyone (the reader is open to visitors), so every pattern here
# runs on RE2, whose matching time is linear in the text: under Python's engine `A` *
# 20,000 took 30 s. RE2's \w, \s and \b are ASCII-only, so the Unicode classes are
# spelled out, and a word edge is a character that is not a word character (RE2 has
# no lookaround). tests/test_reading_patterns_linear.py finds every pattern here.
_W = r"\pL\pN\pM_"
_S = r"[\t\n\v\f\r \x1c-\x1f\x85\pZ]"
_EDGE_BEFORE = rf"(?:^|[^{_W}])"
_EDGE_AFTER = rf"(?:$|[^{_W}])"
# A name stays on one line: "at Pace.\n\nBenefits" is a name and a heading, not one name.
_H = r"[\t\p{Zs}]"
# A dot stays inside a word ("Dr.Ink", "A.I") or ends the name ("Inc."): "Southeast.
# Commonplate" is the end of one sentence and the start of the next, never one name.
_WORD = rf"[A-Z](?:[{_W}&'-]|\.[{_W}])*"
# A number may sit inside a name ("Studio 54 Lighting"), never start or end it.
_NAME = rf"{_WORD}(?:{_H}+(?:&{_H}+|[0-9]+{_H}+)?{_WORD}){{0,3}}\.?"
# After a "Company:" label a name may hold "of" ("Office of Land Records").
_LABELLED = rf"{_NAME}(?:{_H}+(?:of|for|and|de|the){_H}+{_NAME})?"
COMPANY_WORDS = 6  # a company is one short line; more is a sentence or a heading


def _compile(pattern: str) -> re2._Regexp:
    options = re2.Options()
    options.log_errors = False
    return re2.compile(pattern, options)


# Words that end a company's full name: "Harborstone" is "Harborstone Insurance" where
# the posting says so.
_KIND = _compile(
    rf"^{_H}+((?:Inc|Ltd|LLC|GmbH|AG|Labs?|Group|Holdings|Insurance|Bank|Mutual|Health"
    rf"|Healthcare|Motors|Logistics|Diagnostics|Pharmaceuticals|Technologies|Systems"
    rf"|Robotics|Energy|Networks|Financial|Capital|Partners|Media|Press|Games|Interactive"
    rf"|Bio|Cloud|Fibre|Fiber|Telecom|Agency|Foods|Retail|Studios|Software|Therapeutics"
    rf"|Utilities|Homes)){_EDGE_AFTER}"
)
# "About the role", "Why you'll love it", "About us": headings that name no company.
_NOT_ABOUT = _compile(rf"(?:[Tt]he|[Yy]ou|[Uu]s|[Tt]his){_EDGE_AFTER}")
_ABOUT = _compile(rf"(?m)^{_S}*(?:[Aa]bout|[Ww]hy){_S}+({_NAME}){_S}*(?::|$)")
# Strongest first: a pattern's weight is added once per place it finds the name.
_COMPANY_PATTERNS = [
    (
        _compile(
            rf"(?m)^{_S}*(?:[Cc]ompany|[Ee]mployer|[Oo]rgani[sz]ation){_H}*:{_H}*({_LABELLED})"
        ),
        5,
    ),
    # "Northwall Analytics, Inc. is an Equal Opportunity/Affirmative Action Employer"
    (
        _compile(
            rf"({_NAME})(?:,?{_H}+(?:Inc|LLC|Ltd|PLC)\.?)?{_S}+is{_S}+an?{_S}+"
            rf"[Ee]qual{_S}+[Oo]pportunit"
        ),
        4,
    ),
    (_ABOUT, 4),
    (_compile(rf"(?m)\A[^\n]*?{_S}(?:at|@){_S}+({_NAME}){_S}*$"), 4),
    (
        _compile(
            rf"({_NAME}),?{_S}+(?:is{_S}+)?the{_S}+[{_W}]+(?:{_S}+[{_W}]+)?{_S}+"
            rf"(?:app|platform|company|marketplace){_EDGE_AFTER}"
        ),
        2,
    ),
    # A paragraph that opens on a name doing something is about the employer: "Fieldsight
    # turns football video into data.", "Harlow & Finch is one of Britain's...".
    # ("About us" is a heading: the verb is "is" or a word of three letters or more.)
    (_compile(rf"(?m)^({_NAME}){_H}+(is|[a-z]{{2,}}s){_EDGE_AFTER}"), 3),
    # The subject renamed between commas: "The regional call centre for the valley,
    # Dalmore 24 Rescue, answers 90,000 calls a year." names the employer in prose.
    (
        _compile(
            rf"(?m)^(?:The|Our){_H}[^\n.,]{{0,100}},{_H}+({_NAME}),{_H}+[a-z]{{2,}}s{_EDGE_AFTER}"
        ),
        3,
    ),
    (_compile(rf"{_EDGE_BEFORE}(?:inside|join){_S}+({_NAME})"), 2),
    (_compile(rf"{_EDGE_BEFORE}at{_S}+({_NAME})"), 2),
    (_compile(rf"({_NAME}){_S}+is{_S}+(?:hiring|looking{_S}+for|building)"), 2),
]
_NOT_VERBS = frozenset({"this", "his", "its", "thus", "plus", "unless", "across", "less"})
# Capitalised words that start sentences or name tools, never an employer here.
_NOT_COMPANIES = {
    "a", "an", "ai", "all", "and", "in", "it", "llm", "llms", "our", "the", "this", "we",
    "you", "your", "least", "scale", "home", "work", "remote", "anthropic", "openai",
}  # fmt: skip


def suggested_title(text: str, regions: list[Region] | tuple[Region, ...]) -> str:
    """The posting's first line when the reader took it for a title."""
    for region in regions:
        if region.kind == TITLE:
            line = text[region.start : region.end].strip().strip("#*•·-– ").strip()
            return line[:TITLE_MAX]
        break
    return ""


def suggested(text: str, regions) -> tuple[str, str]:
    """(title, company) as the posting gives them; '' for what it does not say. The title
    is the role's name alone: company, place, remote terms and team come apart from it
    (role_line.py); without a line that names a role, the reader's title line."""
    hint = suggested_company(text)
    role = read_head(text, company_hint=hint)
    return (role.title or suggested_title(text, regions)), _one_line(role.company or hint)


def _one_line(company: str) -> str:
    """The company as one short line, else nothing: a wrong guess must not be a paragraph."""
    company = company.strip()
    if "\n" in company or "\r" in company or len(company.split()) > COMPANY_WORDS:
        return ""
    return company


def suggested_company(text: str) -> str:
    votes: Counter[str] = Counter()
    for pattern, weight in _COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            if pattern is _ABOUT and _NOT_ABOUT.match(match.group(1)):
                continue
            if pattern.groups > 1 and match.group(2) in _NOT_VERBS:
                continue  # "Getting this wrong": a gerund and a determiner, not a name
            name = match.group(1).strip(" .'-")
            if name and _may_be_company(name.split()):
                votes[name] += weight
    if not votes:
        return ""
    # Ties go to the name the posting repeats most.
    best = max(votes, key=lambda name: (votes[name], text.count(name), -len(name)))
    return _one_line(plain_name(_full_name(best, text))[:COMPANY_MAX])


def _may_be_company(words: list[str]) -> bool:
    # "The Meridian Press Group" is a name; "The" alone, or "The AI team", is not.
    if words[0] == "The" and len(words) >= 3:
        words = words[1:]
    return words[0].casefold() not in _NOT_COMPANIES


def _full_name(name: str, text: str) -> str:
    """The name with the kind of company the posting writes after it, where it does."""
    for _ in range(3):  # "Carrow" -> "Carrow Energy" -> "Carrow Energy Networks"
        at = text.find(name + " ")
        kind = _KIND.match(text[at + len(name) : at + len(name) + 40]) if at >= 0 else None
        if kind is None:
            break
        name = f"{name} {kind.group(1)}"
    return name


def company_names(text: str, regions) -> list[tuple[int, int]]:
    """Where the posting names its company ("Northwall Analytics", "Cirrostrata AI"): the
    company's name is not the job's words, whatever words it is made of."""
    _, company = suggested(text, regions)
    if len(company) < 3:
        return []
    spans, at = [], text.find(company)
    while at >= 0:
        spans.append((at, at + len(company)))
        at = text.find(company, at + len(company))
    return spans

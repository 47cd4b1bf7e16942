"""A line's parts and labels, and the words role_line.py sorts them by: a role's, a
place's, the job's terms. Kept apart so the reading of a posting's head stays short.

Every pattern here runs on RE2, whose time is linear in the text.
"""

from __future__ import annotations

import re2


def compile_pattern(pattern: str, *, case_sensitive: bool = False):
    options = re2.Options()
    options.case_sensitive = case_sensitive
    return re2.compile(pattern, options)


_compile = compile_pattern

# "Job title: X", "Post title: X", "The role: X", "Company: Y": a label and its value.
LABELLED = _compile(
    r"^\s*(?:the\s+|your\s+|our\s+)?((?:job|post|position|role)\s+title|position|role|title|"
    r"company|employer|organi[sz]ation|location|standort|team|department)\s*:\s*(.+)$"
)
TITLE_KEYS = ("title", "position", "role")
# Spaced dashes, bars, dots, slashes, "@" and a spaced "at": between the parts of a line.
# A dot written inside a word is French inclusive writing ("Ingénieur·e"), not a break.
SEPARATOR = _compile(r"\s+(?:[—–|·/@-]|at)\s+|\s*\|\s*|\s+·|·\s+|\s+[—–]|[—–]\s+")
PARENTHESES = _compile(r"\(([^()]*)\)")
AT_START = _compile(r"^(?:at|@)\s+")

# "(m/w/d)", "(H/F)", "(all genders)": who may apply, never part of the role's name.
GENDERS = _compile(r"\(\s*(?:(?:[mwdfhx]|div)(?:\s*/\s*(?:[mwdfhx]|div))+|all\s+genders?)\s*\)")
# "Machine Learning Engineer (Speech)": a bracketed field of machine learning qualifies
# the role as "Research Engineer, Vision" does; a bracketed unit ("Claims") is the team.
# "AI Engineer (LLM Agents)" alike: the kind of model the role builds is its field too
# (a broad "(Generative AI)" after "Senior Developer" is the unit's, not the role's).
FIELD = _compile(
    r"^(?:speech|vision|computer\s+vision|audio|nlp|perception|multimodal|"
    r"(?:llms?\s+)?agents|llms?)$"
)
# A word that names a role: a part holding one is the title. Banks title by rank: "Vice
# President, AI Engineering" and "Associate, Machine Learning" are roles.
ROLE_WORD = _compile(
    r"\b(?:engineers?|developers?|scientists?|architects?|leads?|head|managers?|"
    r"researchers?|analysts?|designers?|cto|cio|vp|svp|avp|evp|president|associate|"
    r"officer|director|specialist|consultant|"
    r"mlops|sre|intern|founding|principal|staff|programmer|administrator|ingénieur|"
    r"ingeniero|ingenieur(?:in)?|entwickler(?:in)?|desarrollador)\b"
)
PLACE_WORDS = _compile(
    r"\b(?:remote|hybrid|on[\s-]?site|in[\s-]person|onsite|anywhere|relocation|"
    r"us|usa|uk|eu|emea|apac|latam|europe|canada|india|worldwide|global|timezones?|"
    r"days?\s+(?:a|per)\s+week|office|standort|télétravail|híbrido|remoto|hybride|"
    r"england|scotland|wales|ireland|united\s+(?:kingdom|states)|germany|france|spain|"
    r"portugal|italy|netherlands|sweden|norway|denmark|switzerland|austria|australia|"
    r"north\s+america)\b|,\s*[a-z]{2}\s*$|^(?:location|lieu|ubicación)\s*:"
)
# Terms of the job, LinkedIn's counts and reference numbers: neither a name nor a place.
TERMS = _compile(
    r"\b(?:full[\s-]?time|part[\s-]?time|permanent|contract|temporary|fixed[\s-]term|"
    r"freelance|vollzeit|teilzeit|unbefristet|befristet|cdi|cdd|cadre|applicants?|ago|"
    r"salary|bonus|grade|ref|id)\b|^[a-z][a-z ]{1,19}:|^[£$€]"
)
# "SF or Seattle", "New York / London": two places joined ("Trust & Safety" is a team).
PLACE_PAIR = _compile(r"^\p{Lu}[\pL.' ]*\s+(?:or|/)\s+\p{Lu}[\pL.' ]*$")


def is_place(part: str) -> bool:
    return bool(PLACE_WORDS.search(part)) or bool(PLACE_PAIR.match(part))


def is_term(part: str) -> bool:
    return bool(TERMS.search(part))


def names_role(part: str) -> bool:
    return bool(ROLE_WORD.search(part))


def title_field(bracketed: str) -> bool:
    return bool(FIELD.match(bracketed))


# "Hiring: Founding Engineer", "The Opportunity: Principal AI Engineer": a heading ahead
# of the role's name, dropped when it names no role itself and what follows does.
HEADED = _compile(r"^([^:]{1,30}):\s+(.+)$")


def clean(part: str) -> str:
    part = AT_START.sub("", part.strip().strip("#*•·-–—|:,;/ ").strip())
    headed = HEADED.match(part)
    if headed and names_role(headed.group(2)) and not names_role(headed.group(1)):
        return headed.group(2)
    return part


def parts_of(line: str) -> tuple[list[str], list[str]]:
    """(the parts outside parentheses, the parenthesised ones), each cleaned. A bracket of
    a name and a place ("Vantor Motors, Munich or Gothenburg") gives both apart."""
    inside = []
    for match in PARENTHESES.finditer(line):
        whole = clean(match.group(1))
        pieces = [clean(p) for p in whole.split(",")]
        if len(pieces) > 1 and not is_place(whole) and any(map(is_place, pieces[1:])):
            inside.extend(pieces)
        else:
            inside.append(whole)
    outside = PARENTHESES.sub(" | ", line)
    parts = [clean(p) for p in SEPARATOR.split(outside)]
    return [p for p in parts if p], [p for p in inside if p]


def labels(lines: list[str]) -> tuple[dict[str, str], int | None]:
    """Each label's first value, and the index of the line labelling the title. A line of
    facts ("Role: X · Team: Y · Location: Z") is cut where a separator starts a label."""
    labelled, title_at = {}, None
    for index, line in enumerate(lines):
        segments: list[str] = []
        for part in SEPARATOR.split(line):
            if segments and not LABELLED.match(part):
                segments[-1] += f" — {part}"
            else:
                segments.append(part)
        for match in filter(None, map(LABELLED.match, segments)):
            key = match.group(1).casefold().split()[-1]
            if key in TITLE_KEYS and title_at is None:
                title_at = index
            labelled.setdefault(key, clean(match.group(2)))
    return labelled, title_at

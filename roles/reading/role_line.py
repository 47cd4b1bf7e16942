"""The role's name alone, taken apart from what postings write around it.

A posting's first lines mix the role with the company, the place, remote terms and the
team: "AI Engineer, LLM Applications — Lanebridge Logistics (Chicago or remote, US)",
"Applied AI Engineer | Disputes & Chargebacks | Coinflux | Remote (EU)", or headings
("Job title:", "Company:"). Parentheses and the separators (—, –, -, |, ·, /, @, "at")
cut a line into parts; each part is then a title (it names a role), a place, or a name
(the company, else the team).

Every pattern here runs on RE2, whose time is linear in the text (no lookaround, no
backreferences), so a pasted posting cannot stall a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

import re2

TITLE_MAX = 80
COMPANY_MAX = 80
HEAD_LINES = 6  # a posting states its role within its first few lines


def _compile(pattern: str):
    options = re2.Options()
    options.case_sensitive = False
    return re2.compile(pattern, options)


# "Job title: X", "Company: Y": a labelled line, its label and its value.
LABELLED = _compile(
    r"^\s*(job\s+title|position|role|title|company|employer|organi[sz]ation|location|team|"
    r"department)\s*:\s*(.+)$"
)
# "Aurelis Labs is hiring: Research Engineer, Speech Recognition", "Versalingo is looking
# for a Staff AI Engineer": the company, then the role line. "We're hiring" names no
# company (PRONOUNS).
HIRING = _compile(
    r"^\s*(.{1,60}?)(?:\s+(?:is|are)|'re|’re)\s+(?:hiring|looking\s+for)\s*(?:an?\s+)?"
    r"[:—–-]?\s*(.+)$"
)
PRONOUNS = frozenset({"we", "they", "our team", "the team"})
# Spaced dashes, bars, dots, slashes, "@" and a spaced "at": between the parts of a line.
SEPARATOR = _compile(r"\s+(?:[—–|·/@-]|at)\s+|\s*[|·]\s*|\s+[—–]|[—–]\s+")
PARENTHESES = _compile(r"\(([^()]*)\)")
# A word that names a role: a part holding one is the title. Banks title by rank: "Vice
# President, AI Engineering" and "Associate, Machine Learning" are roles.
ROLE_WORD = _compile(
    r"\b(?:engineers?|developers?|scientists?|architects?|leads?|head|managers?|"
    r"researchers?|analysts?|designers?|cto|cio|vp|svp|avp|evp|president|associate|"
    r"officer|director|specialist|consultant|"
    r"mlops|sre|intern|founding|principal|staff|programmer|administrator|ingénieur|"
    r"ingeniero|entwickler|desarrollador)\b"
)
PLACE_WORDS = _compile(
    r"\b(?:remote|hybrid|on[\s-]?site|in[\s-]person|onsite|anywhere|relocation|"
    r"us|usa|uk|eu|emea|apac|latam|europe|canada|india|worldwide|global|timezones?|"
    r"days?\s+(?:a|per)\s+week|office)\b|,\s*[a-z]{2}\s*$"
)
# "SF or Seattle", "New York / London": two places joined ("Trust & Safety" is a team).
PLACE_PAIR = _compile(r"^\p{Lu}[\pL.' ]*\s+(?:or|/)\s+\p{Lu}[\pL.' ]*$")


@dataclass(frozen=True)
class RoleLine:
    title: str = ""
    company: str = ""
    location: str = ""
    team: str = ""


AT_START = _compile(r"^(?:at|@)\s+")


def _clean(part: str) -> str:
    part = part.strip().strip("#*•·-–—|:,;/ ").strip()
    return AT_START.sub("", part)


def is_place(part: str) -> bool:
    return bool(PLACE_WORDS.search(part)) or bool(PLACE_PAIR.match(part))


def names_role(part: str) -> bool:
    return bool(ROLE_WORD.search(part))


def parts_of(line: str) -> tuple[list[str], list[str]]:
    """(the parts outside parentheses, the parenthesised ones), each cleaned. A bracket of
    a name and a place ("Vantor Motors, Munich or Gothenburg") gives both apart."""
    inside = []
    for match in PARENTHESES.finditer(line):
        whole = _clean(match.group(1))
        pieces = [_clean(p) for p in whole.split(",")]
        if len(pieces) > 1 and not is_place(whole) and any(map(is_place, pieces[1:])):
            inside.extend(pieces)
        else:
            inside.append(whole)
    outside = PARENTHESES.sub(" | ", line)
    parts = [_clean(p) for p in SEPARATOR.split(outside)]
    return [p for p in parts if p], [p for p in inside if p]


def read_line(line: str, *, company_hint: str = "", body: str = "") -> RoleLine:
    """One line taken apart. `company_hint`: the employer as the rest of the posting names
    it, if known; `body`: the rest of the posting, where a company's name recurs."""
    hiring = HIRING.match(line)
    if hiring and not names_role(hiring.group(1)):
        # "Aurelis Labs is hiring: Research Engineer, Speech Recognition (London)"
        who = _clean(hiring.group(1))
        found = read_line(hiring.group(2), company_hint=company_hint, body=body)
        if who.casefold() in PRONOUNS or found.company or not found.title:
            return found
        return RoleLine(found.title, who[:COMPANY_MAX], found.location, found.team)
    parts, bracketed = parts_of(line)
    title_at = next((i for i, p in enumerate(parts) if names_role(p)), None)
    if title_at is None:
        return RoleLine()
    title = parts[title_at]
    rest = [p for i, p in enumerate(parts) if i != title_at]
    places = [p for p in rest + bracketed if is_place(p)]
    names = [p for p in rest if not is_place(p) and not names_role(p)]
    company = _company(names, company_hint, body)
    if not company:
        # "Forward Deployed AI Engineer, Clausewise (New York / London)"
        title, company = _comma_company(title, company_hint, body)
    if not company:
        # "AI Reliability Engineer, In-Car Assistant (Vantor Motors, Munich or Gothenburg)":
        # a name bracketed with a place; a bracket of a name alone is the team.
        paired = [p for p in bracketed if f"({p}," in line and not names_role(p)]
        company = _company([p for p in paired if not is_place(p)], company_hint, body)
    teams = [p for p in names + bracketed if p != company and not is_place(p)]
    teams = [t for t in teams if t.split(",")[0].strip() != company]
    return RoleLine(
        title=title[:TITLE_MAX],
        company=company[:COMPANY_MAX],
        location=", ".join(places),
        team=teams[0] if teams else "",
    )


def _significant(name: str) -> str:
    words = [w for w in name.split() if w.casefold() not in ("the", "a", "an")]
    return words[0] if words else name


def _company(names: list[str], hint: str, body: str) -> str:
    # "Voltaic Grid, Austin TX": what follows a comma in a name part is its place.
    names = [n.split(",")[0].strip() for n in names if n.split(",")[0].strip()]
    if hint:
        for name in names:
            if name.casefold() == hint.casefold() or hint.casefold() in name.casefold():
                return name
    if not names:
        return ""
    # The employer's name recurs in the posting ("Lanebridge moves..."); a team's rarely.
    scored = [(body.count(_significant(name)), -i, name) for i, name in enumerate(names)]
    best = max(scored)
    if best[0]:
        return best[2]
    # Names the posting never repeats: the first after the title is the company (the
    # order postings write), unless the posting names another one elsewhere.
    return names[0] if not hint else ""


def _comma_company(title: str, hint: str, body: str) -> tuple[str, str]:
    head, comma, last = title.rpartition(", ")
    if not comma or names_role(last) or is_place(last):
        return title, ""
    starts_a_sentence = f"\n{last} " in body or f". {last} " in body or body.startswith(last)
    if last == hint or (" " not in last and last[:1].isupper() and starts_a_sentence):
        return head, last
    return title, ""


def head_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[:HEAD_LINES]


def read_head(text: str, *, company_hint: str = "") -> RoleLine:
    """The role as the posting's first lines give it: a labelled "Job title:" line first,
    else the first line that names a role; a following line of names and places (the
    company under the title) fills what the title line left out."""
    lines = head_lines(text)
    labelled = {}
    for line in lines:
        match = LABELLED.match(line)
        if match:
            key = match.group(1).casefold().split()[-1]
            labelled.setdefault(key, _clean(match.group(2)))
    body = text
    if "title" in labelled or "position" in labelled or "role" in labelled:
        raw = labelled.get("title") or labelled.get("position") or labelled.get("role")
        found = read_line(raw, company_hint=company_hint, body=body)
    else:
        found = RoleLine()
        for index, line in enumerate(lines):
            if names_role(line) and len(line) <= 160 and not line.endswith("."):
                body = text.replace(line, "", 1)  # a name counts where the rest repeats it
                found = read_line(line, company_hint=company_hint, body=body)
                if index + 1 < len(lines):
                    found = _next_line(found, lines[index + 1], company_hint, body)
                if index:
                    found = _line_above(found, lines[index - 1], company_hint, body)
                break
    employer = ("company", "employer", "organisation", "organization")
    company = next((labelled[k] for k in employer if k in labelled), found.company)
    return RoleLine(
        title=found.title,
        company=company[:COMPANY_MAX],
        location=labelled.get("location") or found.location,
        team=labelled.get("team") or labelled.get("department") or found.team,
    )


def _next_line(found: RoleLine, line: str, hint: str, body: str) -> RoleLine:
    """The company from the line under the title when the title line gave none, or gave a
    name the posting never repeats while the line under it gives one the posting does:
    "Principal MLOps Engineer – Regulated AI" over "Lindqvist Diagnostics, Copenhagen"
    (the dash led to the team)."""
    if not found.company:
        return _fill_from(found, line, hint, body)
    if hint and hint.casefold() in found.company.casefold():
        return found
    below = _fill_from(RoleLine(found.title), line, hint, body)
    if below.company and body.count(_significant(below.company)) > body.count(
        _significant(found.company)
    ):
        team = found.team or found.company
        return RoleLine(found.title, below.company, found.location or below.location, team)
    return found


def _fill_from(found: RoleLine, line: str, hint: str, body: str) -> RoleLine:
    """ "Genovia Bio · Cambridge, MA · Hybrid" under the title: names and places only."""
    if names_role(line) or line.endswith(".") or len(line) > 80:
        return found
    parts, bracketed = parts_of(line)
    if len(parts) < 2 and not any(map(is_place, bracketed)):
        return found  # "About Harborstone" is a heading, not the company's line
    names = [p for p in parts if not is_place(p)]
    company = _company(names, hint, body)
    places = [p for p in parts + bracketed if is_place(p)]
    return RoleLine(found.title, company, found.location or ", ".join(places), found.team)


def _line_above(found: RoleLine, line: str, hint: str, body: str) -> RoleLine:
    """A name alone on the line over the title ("Hirewell" over "Senior AI Evaluation
    Engineer – Responsible AI") is the company, when it is the employer the posting names
    elsewhere or the posting repeats it more than the name the title line gave (a team)."""
    if names_role(line) or LABELLED.match(line) or line.endswith(".") or len(line) > 80:
        return found
    parts, _ = parts_of(line)
    names = [p for p in parts if not is_place(p)]
    if len(names) != 1 or len(names[0].split()) > 6 or not names[0][:1].isupper():
        return found
    name = names[0]
    if hint and hint.casefold() in found.company.casefold():
        return found
    # The line itself is in the body: a name the posting repeats is there twice or more.
    said = body.count(_significant(name))
    other = body.count(_significant(found.company)) if found.company else 0
    named = bool(hint) and hint.casefold() in name.casefold()
    if not named and (said < 2 or said <= other):
        return found
    team = found.team or found.company
    return RoleLine(found.title, name[:COMPANY_MAX], found.location, team)

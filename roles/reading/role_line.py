"""The role's name alone, taken apart from what postings write around it.

A posting's first lines mix the role with the company, the place, remote terms and the
team: "AI Engineer, LLM Applications — Lanebridge Logistics (Chicago or remote, US)",
"Applied AI Engineer | Disputes & Chargebacks | Coinflux | Remote (EU)", or headings
("Job title:", "Company:"). Parentheses and the separators (—, –, -, |, ·, /, @, "at")
cut a line into parts; each part is then a title (it names a role), a place, or a name
(the company, else the team); role_words.py keeps those words and the cutting.

Every pattern here runs on RE2, whose time is linear in the text (no lookaround, no
backreferences), so a pasted posting cannot stall a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from .role_words import (
    FOREIGN_AT,
    GENDERS,
    HIRING,
    IN_PROSE,
    LABELLED,
    PARENTHESES,
    PRONOUNS,
    TITLE_KEYS,
    clean,
    dash_field,
    in_english,
    is_place,
    is_term,
    labels,
    names_role,
    parts_of,
    placed_in_prose,
    plain_name,
    title_field,
    uncapitalised,
)

TITLE_MAX = 80
COMPANY_MAX = 80
HEAD_LINES = 6  # a posting states its role within its first few lines


@dataclass(frozen=True)
class RoleLine:
    title: str = ""
    company: str = ""
    location: str = ""
    team: str = ""


def read_line(
    line: str, *, company_hint: str = "", body: str = "", labelled: bool = False
) -> RoleLine:
    """One line taken apart. `company_hint`: the employer as the rest of the posting names
    it, if known; `body`: the rest of the posting, where a company's name recurs;
    `labelled`: the line is a "Job title:" label's value, a title whatever its words."""
    line = GENDERS.sub(" ", uncapitalised(line))
    hiring = HIRING.match(line)
    if hiring and not names_role(hiring.group(1)):
        # "Aurelis Labs is hiring: Research Engineer, Speech Recognition (London)"
        who = clean(PARENTHESES.sub(" ", hiring.group(1)))
        role = hiring.group(2).rstrip(". ")
        found = read_line(role, company_hint=company_hint, body=body)
        if who.casefold() in PRONOUNS or found.company or not found.title:
            return found
        return RoleLine(found.title, who[:COMPANY_MAX], found.location, found.team)
    parts, bracketed = parts_of(line)
    title_at = next((i for i, p in enumerate(parts) if names_role(p)), None)
    english = [i for i, p in enumerate(parts) if in_english(p)]
    if english and title_at not in english:
        title_at = english[0]  # "Ingénieur·e supervision IA / AI Oversight Engineer"
    if title_at is None and labelled and parts:
        title_at = 0  # "Job title: Agency Partnerships Lead" names it, whatever its words
    if title_at is None:
        return RoleLine()
    title = parts[title_at]
    after = parts[title_at + 1] if title_at + 1 < len(parts) else ""
    if after and dash_field(after) and any(f"{title} {d} {after}" in line for d in "—–-"):
        title, parts = f"{title}, {after}", parts[: title_at + 1] + parts[title_at + 2 :]
    fields = [b for b in bracketed if title_field(b) and f"{title} ({b})" in line]
    if fields:
        title, bracketed = f"{title} ({fields[0]})", [b for b in bracketed if b != fields[0]]
    rest = [p for i, p in enumerate(parts) if i != title_at]
    places = [p for p in rest + bracketed if is_place(p)]
    names = [p for p in rest if not is_place(p) and not names_role(p) and not is_term(p)]
    company = _company(names, company_hint, body)
    if not company:
        # "Principal AI Engineer, Greystone Homes, Bristol", "Ingeniero/a de IA en Cláusula"
        title, company, after = _trailing_company(title, company_hint, body)
        places = [after, *places] if after else places
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
    # "0.75% – 1.50% equity" is a startup board's fact, "the province of Namur" a place.
    names = [n for n in names if n[:1].isalpha() and not placed_in_prose(n, body)]
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


def _trailing_company(title: str, hint: str, body: str) -> tuple[str, str, str]:
    """(title, company, place) when the title runs on into the company: "Title, Company,
    City" with commas, or "at" in another language. The company is the piece the posting
    opens a sentence with (its name as subject), or the employer named elsewhere; the
    title's own qualifiers ("Editorial Tools") start no sentence."""
    pieces = FOREIGN_AT.sub(r", \1", title).split(", ")
    for at in range(1, len(pieces)):
        piece = pieces[at]
        if names_role(piece) or is_place(piece) or not piece[:1].isupper():
            continue
        opens = f"\n{piece} " in body or f". {piece} " in body or body.startswith(piece)
        if piece == hint or (opens and len(piece.split()) <= 4):
            return ", ".join(pieces[:at]), piece, ", ".join(pieces[at + 1 :])
    return title, "", ""


def head_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[:HEAD_LINES]


def read_head(text: str, *, company_hint: str = "") -> RoleLine:
    """The role as the posting's first lines give it: a labelled "Job title:" line first,
    else the first line that names a role; a following line of names and places (the
    company under the title) fills what the title line left out. Without either, the role
    said in a sentence ("We are hiring our first AI Engineer"), else a labelled facts line
    further down (a hiring manager's letter ends with "Role: X · Team: Y")."""
    lines = head_lines(text)
    labelled, title_at = labels(lines)
    if title_at is not None:
        found = read_line(_title_of(labelled), company_hint=company_hint, body=text, labelled=True)
        if title_at:  # "Ashgrove City Council" over "Post title: AI Assurance Engineer"
            found = _line_above(found, lines[title_at - 1], company_hint, text)
        under = lines[title_at + 1] if title_at + 1 < len(lines) else ""
        if under and not LABELLED.match(under):  # "Job title: X" over "Name | City | terms"
            found = _next_line(found, under, company_hint, text)
    else:
        found = _role_line(text, lines, company_hint)
    if not found.title:
        found = _said_in_prose(lines)
    if not found.title:
        anywhere, at = labels([line.strip() for line in text.splitlines()])
        if at is not None:
            found = read_line(
                _title_of(anywhere), company_hint=company_hint, body=text, labelled=True
            )
    employer = ("company", "employer", "organisation", "organization")
    company = next((labelled[k] for k in employer if k in labelled), found.company)
    return RoleLine(
        title=found.title,
        company=plain_name(company)[:COMPANY_MAX],
        location=labelled.get("location") or labelled.get("standort") or found.location,
        team=labelled.get("team") or labelled.get("department") or found.team,
    )


def _title_of(labelled: dict[str, str]) -> str:
    return next(labelled[k] for k in TITLE_KEYS if k in labelled)


def _role_line(text: str, lines: list[str], hint: str) -> RoleLine:
    for index, line in enumerate(lines):
        if names_role(line) and len(line) <= 160 and not line.endswith("."):
            body = text.replace(line, "", 1)  # a name counts where the rest repeats it
            found = read_line(line, company_hint=hint, body=body)
            if index + 1 < len(lines):
                found = _next_line(found, _company_lines(lines[index + 1 :]), hint, body)
            if index:
                found = _line_above(found, lines[index - 1], hint, body)
            return found
    return RoleLine()


def _said_in_prose(lines: list[str]) -> RoleLine:
    """ "Plumbline (seed) is hiring a Founding Engineer.", "We are hiring our first AI
    Engineer to build...": the capitalised words after "hiring" are the role's name."""
    for line in lines:
        match = IN_PROSE.search(line)
        words = []
        for word in match.group(1).split() if match else ():
            bare = word.strip(",.;:!?")
            if not (bare[:1].isupper() or bare == "&"):
                break
            words.append(bare)
            if bare != word:
                break  # punctuation ends the name
        title = " ".join(words)
        if names_role(title):
            hiring = HIRING.match(line)
            who = clean(PARENTHESES.sub(" ", hiring.group(1))) if hiring else ""
            company = "" if who.casefold() in PRONOUNS or names_role(who) else who
            return RoleLine(title[:TITLE_MAX], company[:COMPANY_MAX])
    return RoleLine()


def _company_lines(lines: list[str]) -> str:
    """LinkedIn writes the company alone under the title and its place on the line after
    ("Vellora Therapeutics" / "Boston, MA · Hybrid · 3 days ago"): one line, read as one."""
    under = parts_of(lines[1])[0] if len(lines) > 1 and not names_role(lines[1]) else []
    lone_name = len(parts_of(lines[0])[0]) == 1 and not LABELLED.match(lines[0])
    if lone_name and under and is_place(under[0]):
        return f"{lines[0]} · {lines[1]}"
    return lines[0]


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
    parts, bracketed = parts_of(line)
    # A long line is a sentence, unless it is short facts between separators (LinkedIn's
    # "Kessler Automotive · Stuttgart, Germany · Job ID 2026-11873 · Full-time").
    facts = len(parts) >= 3 and max(map(len, parts)) <= 40
    if names_role(line) or line.endswith(".") or (len(line) > 80 and not facts):
        return found
    if len(parts) < 2 and not any(map(is_place, bracketed)):
        return found  # "About Harborstone" is a heading, not the company's line
    names = [p for p in parts if not is_place(p) and not is_term(p)]
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
    names = [p for p in parts if not is_place(p) and not is_term(p)]
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

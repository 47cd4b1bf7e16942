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

# "Aurelis Labs is hiring: Research Engineer, Speech Recognition", "Versalingo is looking
# for a Staff AI Engineer": the company, then the role line. "We're hiring" names no
# company (PRONOUNS). An aside may follow the name: "Rotaly (pre-seed, 3 people) is".
HIRING = _compile(
    r"^\s*([^()]{1,60}?(?:\s*\([^()]*\))?)(?:\s+(?:is|are)|'re|’re)\s+"
    r"(?:hiring|looking\s+for)\s*(?:an?\s+)?[:—–-]?\s*(.+)$"
)
PRONOUNS = frozenset({"we", "they", "our team", "the team"})
# "We are hiring our first AI Engineer to build...": the role in a sentence, its words
# capitalised where the sentence's are not.
IN_PROSE = _compile(
    r"\b(?:hiring|looking\s+for|recruiting|seeking)\s+(?:(?:an?|our|the|its)\s+)?"
    r"(?:(?:first|new|next)\s+)?(.+)$"
)
# "Ingeniero/a de IA en Cláusula", "Ingénieur chez Valmont": "at" in other languages,
# a break only before a capital, since "Ingeniero en Sistemas" is one title.
FOREIGN_AT = _compile(r"\s+(?:en|chez|bei)\s+(\p{Lu})", case_sensitive=True)
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
# The same words in English: a line giving the role in two languages ("Ingénieur·e
# supervision IA / AI Oversight Engineer") is read in the posting's own, English.
ENGLISH_ROLE_WORD = _compile(
    r"\b(?:engineers?|developers?|scientists?|architects?|leads?|head|managers?|"
    r"researchers?|analysts?|designers?|officer|director|specialist|consultant)\b"
)
# A job whose title names no role word is still titled where a label says so; these are
# common enough to know unlabelled too ("Category Buyer", "Senior Biostatistician").
OTHER_ROLE_WORD = _compile(r"\b(?:executive|buyer|(?:bio)?statistician|coordinator|technician)\b")
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
    return bool(ROLE_WORD.search(part)) or bool(OTHER_ROLE_WORD.search(part))


def in_english(part: str) -> bool:
    return bool(ENGLISH_ROLE_WORD.search(part))


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


# "Sonora Hearing A/S", "Quillmark Ltd", "Kessler Werkstatt GmbH": the legal form is the
# register's; the posting, and the person applying, call the employer by its name.
LEGAL_FORM = _compile(
    r",?\s+(?:Inc|Ltd|LLC|PLC|plc|GmbH|AG|A/S|a\.s|S\.A|SA|SAS|SARL|B\.V|BV|N\.V|NV|Oy|AB|"
    r"Limited|Pty(?:\s+Ltd)?|S\.p\.A|SpA|S\.r\.l|Srl)\.?$",
    case_sensitive=True,
)


def plain_name(name: str) -> str:
    return LEGAL_FORM.sub("", name.strip()).strip()


# "RENTWISE ADVICE – AI SAFETY & QUALITY ENGINEER": a line in capitals is read as the
# posting writes the names elsewhere; acronyms stay as they are written.
ACRONYMS = {"MLOPS": "MLOps", "DEVOPS": "DevOps", "LLMOPS": "LLMOps"}
KEPT_CAPS = frozenset(
    "AI ML LLM LLMS NLP SRE QA UX UI CTO CIO CEO VP SVP EVP AVP IT HR GPU API AWS GCP "  # noqa: SIM905
    "R&D BI ETL IOT RAG CV MLE SDK".split()
)
SMALL_WORDS = frozenset({"and", "of", "for", "the", "to", "in", "at", "on", "or", "with"})


def uncapitalised(line: str) -> str:
    """The line as a title is written when it is all capitals, else the line."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return line
    words = []
    for index, word in enumerate(line.split(" ")):
        bare = word.strip("()[],:;")
        if bare in KEPT_CAPS or bare in ACRONYMS:
            words.append(word.replace(bare, ACRONYMS.get(bare, bare)))
        elif index and word.casefold() in SMALL_WORDS:
            words.append(word.casefold())
        else:
            words.append("-".join(w[:1] + w[1:].casefold() for w in word.split("-")))
    return " ".join(words)


# "the province of Namur", "based in Tarnow": a name the posting writes as a place.
PLACE_NOUNS = ("province of", "city of", "region of", "county of", "canton of",
               "town of", "state of", "based in", "located in", "offices in")  # fmt: skip


def placed_in_prose(name: str, body: str) -> bool:
    folded = body.casefold()
    return any(f"{noun} {name.casefold()}" in folded for noun in PLACE_NOUNS)


# "Machine Learning Engineer — Conservation Vision": after a dash, the field of AI the
# role works in qualifies the role; a unit after it ("Lab Automation", "Regulated AI")
# is the team's.
DASH_FIELD = _compile(r"\s(?:vision|speech|knowledge|language|perception|retrieval|audio|nlp)$")


def dash_field(part: str) -> bool:
    return bool(DASH_FIELD.search(part))

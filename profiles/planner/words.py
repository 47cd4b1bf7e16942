"""Normalizing what people type into words a sentence can hold.

Names are never touched here: an artifact's name is kept exactly as typed everywhere.
These helpers work on the free text around names (what it is, results, credibility):
spacing, symbols a reader would not say ("~", "→", "w/"), a lower-case "i", acronyms
typed in lower case ("rag" → "RAG"), private asides, and the shape a phrase starts with.
"""

from __future__ import annotations

import re

from ..rendering import prescan
from ..rendering.english import IRREGULAR_PAST, PRESENT_VERBS

# Words typed in lower case that readers expect as acronyms (whole words only).
ACRONYMS = {
    w.lower(): w
    for w in """AI ML LLM LLMs RAG GPU GPUs API APIs AWS GCP SQL HITL MCP NLP OCR CI CD SRE
    QA SLO SLOs SLA SLAs KYC CRM ETL PDF PDFs UI UX iOS vLLM SaaS B2B K8s Python Java
    Kotlin Kubernetes Terraform Slack Postgres TypeScript JavaScript Node MVP""".split()  # noqa: SIM905
}
# Asides people write for themselves, never for the public: dropped from public text.
PRIVATE = re.compile(
    r"can'?t share|cannot share|can’t share|\bnda\b|confidential|internal only|"
    r"customer data|can'?t name|can’t name|don'?t share|not public|no public links",
    re.IGNORECASE,
)
# What every PRIVATE match holds, in lower case: a text without any of them has no aside.
PRIVATE_WORDS = ("share", "nda", "confidential", "internal only", "customer data", "name", "public")
PRONOUNS = frozenset(["i", "we", "it", "they", "he", "she", "you", "this", "that", "these"])
# Verbs whose subject is the person ("helped", "was part of"), not the artifact.
PERSON_VERBS = frozenset(
    [
        "helped",
        "was",
        "were",
        "led",
        "built",
        "designed",
        "wrote",
        "shipped",
        "managed",
        "owned",
        "got",
        "grew",
        "took",
        "am",
    ]
)
# Finite verbs that make a noun-led phrase a clause ("editors accept 45%").
_FINITE = frozenset(
    """is are was were has have had went rose fell dropped grew accept accepts use uses
    get gets check checks spend spends moved improved signs sign shortlist
    complain complains saw see sees end ends need needs pass passes close closes buy buys
    reach reaches stay stays say says make makes take takes work works finish finishes
    come comes return returns reply replies open opens run runs""".split()  # noqa: SIM905
)
_PREPOSITIONS = frozenset(
    """in on at for with from to by of over across per into onto under after before without
    within via than and or but as like""".split()  # noqa: SIM905
)
_OBJECTS = frozenset(("a", "an", "the", "it", "them", "us", "their", "our", "its"))
_PARTICIPLES = frozenset(
    [
        "used",
        "adopted",
        "onboarded",
        "deployed",
        "rolled",
        "saved",
        "answered",
        "handled",
        "trusted",
        "run",
    ]
)
# (?<!\S) and (?<!\s): a match starts where its run of (non-)spaces starts, as the leftmost
# match always does; without it every position inside a long run is tried again, which
# is quadratic in the run (seconds for 20,000 characters; tests/patterns_support.py).
_ARROW = re.compile(r"(?<!\S)(\S+)\s*(?:→|->|=>)\s*(\S+)")
_TILDE = re.compile(r"~\s*(?=\d)")
_LOWER_I = re.compile(r"(?<![\w'’-])i(?=\b(?![-.]\w))")
_PAREN = re.compile(r"(?<!\s)\s*\(([^()]*)\)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Compiled once: these run on every answer a text is planned from, many times a page.
_LIST_MARKER = re.compile(r"^(?:[-*•]|\d+[.)])\s+")
_INITIALS_END = re.compile(r"\b\w\.\w\.$")
_WITH = re.compile(r"(?<!\w)w/\s*")
# These two start only where their run starts (the lookbehind), so a long run of blanks or
# dots is scanned once, not once from each of its characters; what they find is the same.
_COLON_BEFORE_ARROW = re.compile(r"(?:(?<!\s)\s+)?:\s*(?=\S+\s*(?:→|->|=>))")
_FROM_FROM = re.compile(r"\bfrom from\b")
_AFTER_CLAUSE = re.compile(r"(?<=[.;,])\s+")
_DIGIT = re.compile(r"\d")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_SAID_WORD = re.compile(r"(?<![\w’'%.,-])[\w’'%.,-]*\w")


def squash(text) -> str:
    """One line, single spaces, no list marker in front, no closing full stop."""
    text = " ".join(str(text or "").split())
    text = _LIST_MARKER.sub("", text)
    text = text.rstrip(" ;,")
    while text.endswith(".") and not text.endswith("..") and not _INITIALS_END.search(text):
        text = text[:-1].rstrip()
    return text


def spoken(text: str) -> str:
    """Symbols said as words: '~40' → 'about 40', '2.1s → 0.9s' → 'from 2.1s to 0.9s',
    'w/' → 'with'. Each pattern runs only on a text holding the sign it looks for."""
    if "~" in text:
        text = _TILDE.sub("about ", text)
    if "w/" in text:
        text = _WITH.sub("with ", text)
    if "→" in text or "->" in text or "=>" in text:
        text = _COLON_BEFORE_ARROW.sub(" ", text)
        text = _ARROW.sub(r"from \1 to \2", text)
    return _FROM_FROM.sub("from", text) if "from from" in text else text


# A whole word typed in lower case that is an acronym's ('rag', 'aws'), not part of a longer
# or hyphenated word: only these are looked at, not every lower-case word.
_ACRONYM_WORD = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(ACRONYMS, key=len, reverse=True))
    + r")(?![\w-])"
)


def fix_case(text: str, names: tuple[str, ...] = ()) -> str:
    """'i' → 'I' and lower-case acronyms ('rag', 'aws') in capitals, names left alone."""
    protected = {n.lower() for n in names}

    def word(match: re.Match) -> str:
        w = match.group(0)
        return w if w in protected else ACRONYMS[w]

    lower = prescan.lower_words(text)  # None: not plain ASCII, the patterns decide
    if lower is None or "i" in lower:
        text = _LOWER_I.sub("I", text)
    if lower is None or not lower.isdisjoint(ACRONYMS):
        text = _ACRONYM_WORD.sub(word, text)
    return text


def without_private(text: str) -> tuple[str, list[str]]:
    """The text without asides that look private; what was taken out, to tell the person."""
    removed = []

    def drop(match: re.Match) -> str:
        if PRIVATE.search(match.group(1)):
            removed.append(match.group(1))
            return ""
        return match.group(0)

    if not prescan.has_any(text, PRIVATE_WORDS):
        return " ".join(_AFTER_CLAUSE.split(text)).strip(), removed
    if "(" in text:
        text = _PAREN.sub(drop, text)
    parts = _AFTER_CLAUSE.split(text)
    kept = []
    for part in parts:
        if PRIVATE.search(part):
            removed.append(part)
        else:
            kept.append(part)
    return " ".join(kept).strip(), removed


def first_word(text: str) -> str:
    match = _WORD.match(text.strip())
    return match.group(0) if match else ""


# Base verbs whose "-s" form starts a phrase saying what a thing does ("explains bills").
BASE_VERBS = frozenset(
    """explain replay rank route serve plan pack turn draft answer check flag score track
    build write read review grade summarize summarise classify detect extract generate
    monitor predict recommend schedule tag translate transcribe match merge label test
    evaluate compare convert compute cache store sync stream parse search find fix file book
    handle help log measure alert notify send sort filter index embed retrieve rewrite
    resolve suggest triage pull push spill pack""".split()  # noqa: SIM905
)


def _present_s(w: str) -> bool:
    """'explains', 'replays', 'matches', 'classifies' from a base verb."""
    stems = {w[:-1], w[:-2]} if w.endswith("es") else {w[:-1]}
    if w.endswith("ies"):
        stems.add(w[:-3] + "y")
    return w.endswith("s") and bool(stems & BASE_VERBS)


def is_verb(word: str) -> bool:
    """A past or present verb a phrase starts with: 'cut', 'reduced', 'routes'."""
    w = word.lower()
    return (
        _present_s(w)
        or w in IRREGULAR_PAST
        or w in PRESENT_VERBS
        or w in PERSON_VERBS
        or (w.endswith("ed") and len(w) > 4 and not w.endswith("eed") and "-" not in w)
    )


def starts_with_verb(text: str) -> bool:
    return is_verb(first_word(text))


def is_clause(text: str) -> bool:
    """A phrase with its own subject: 'It resolves…', 'editors accept 45%…',
    'field-level accuracy went from 81% to 96%'."""
    words = [w.lower().strip(",;:") for w in text.split()]
    if not words:
        return False
    if words[0] in PRONOUNS:
        return True
    if is_verb(words[0]) or words[0] in _PARTICIPLES:
        return False
    raws = text.split()
    for index, raw in enumerate(raws[1:8], start=1):
        if raw.endswith((",", ":", ";")):  # a list or a label, not a subject and its verb
            return False
        w = raw.lower()
        if w in _FINITE or w in IRREGULAR_PAST or (w in PRESENT_VERBS and w != "cuts"):
            return True
        if w.endswith("ed") and len(w) > 4 and w not in _PARTICIPLES and "-" not in w:
            return True
        following = raws[index + 1].lower() if index + 1 < len(raws) else ""
        plural_before = raws[index - 1].lower().endswith("s")
        if following in _OBJECTS and plural_before and w.isalpha() and w not in _PREPOSITIONS:
            return True  # "candidates rate it", "teams ship a new endpoint"
    return False


def starts_with_participle(text: str) -> bool:
    return first_word(text).lower() in _PARTICIPLES


def has_number(text: str) -> bool:
    return bool(_DIGIT.search(text or ""))


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str, names: tuple[str, ...] = ()) -> str:
    """'Reduced adjuster time' → 'reduced adjuster time'; 'RAG bot', 'Kubernetes …' and
    names stay as typed (a word with more capitals, or one in a short list of proper nouns)."""
    word = first_word(text)
    if not word or any(text.startswith(n) for n in names if n):
        return text
    token = text.split(" ", 1)[0]
    single = len([c for c in token if c.isalpha()]) == 1  # "C++", "C#", "R"
    if single or any(c.isupper() for c in token[1:]) or word in PROPER_NOUNS:
        return text
    return text[:1].lower() + text[1:]


PROPER_NOUNS = frozenset(
    """Kubernetes Slack Shopify Python Go Java Kotlin Azure Google GitHub Jira Salesforce
    Zendesk Excel Android Linux Postgres Kafka Spark Terraform Docker React WhatsApp
    OpenAI Anthropic Bedrock Snowflake BigQuery Airflow Flink Grafana Prometheus
    English French Arabic Spanish German Dutch Portuguese Node Rust Ruby Swift Scala
    Elixir Rails Django Flask FastAPI Rust Haskell Erlang Unity Unreal""".split()  # noqa: SIM905
)


def sentence(text: str, names: tuple[str, ...] = ()) -> str:
    """A phrase as a finished sentence: a capital first (unless it starts with a name as
    typed), one full stop (or the person's own ? or !)."""
    text = squash(text)
    if not text:
        return ""
    if not any(text.startswith(n) for n in names if n):
        text = capitalise(text)
    return text if text[-1] in ".!?" else text + "."


def sentences_of(text: str) -> list[str]:
    """The person's own sentences: split at '. ' followed by a capital or a digit."""
    parts = _SENTENCE_SPLIT.split(" ".join(str(text or "").split()))
    return [squash(p) for p in parts if squash(p)]


def words(text: str) -> int:
    return len(_SAID_WORD.findall(text))

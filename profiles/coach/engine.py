"""The messaging coach: checks texts against the MessagingRule rows staff edit in admin.

Used by the messaging step, the review page (a count) and the LinkedIn page. Rules come
from the guide's rows each process keeps (roles/guide.py) until content changes, so a rule
edited in admin applies to the next check. Each text's findings go in the one cache of
computed results (pivotapp/computed.py) under the text, its checks' inputs and the
content stamp: the live preview checks again only the texts that typing changed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pivotapp import computed
from roles import guide
from roles.models import MessageTemplate, MessagingRule
from roles.patterns import PatternError

from .. import services
from ..exports.limits import EXTRA_LIMITS
from . import lint_checks
from .prefilter import Prefilter

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
QUOTE_MAX = 120


# What backs a claim in the same sentence: a digit, a percent sign or a number word.
FIGURE = re.compile(
    r"\d|%|\b(?:half|halved|double[ds]?|twice|triple[ds]?|quadrupled|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|"
    r"millions?|billions?|dozens?)\b",
    re.IGNORECASE,
)
# A sentence ends at . ! ? followed by a space (so 8.5 and $1.2M stay whole) or a line break.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s|\n")


@dataclass(frozen=True)
class Finding:
    text_key: str  # which text it is about, e.g. "pitch" or "linkedin_about"
    rule_slug: str
    rule_name: str
    severity: str  # "error" | "warning" | "info"
    quote: str  # the words that triggered it ("" for a missing-something finding)
    message: str  # what is wrong
    fix: str  # how to fix it
    dismissed: bool = False


def char_count(text: str) -> int:
    """Characters as LinkedIn counts them: code points, a line break counting once."""
    return len(normalise(text))


def normalise(text: str) -> str:
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1].rstrip() + "…"


def first_sentence(text: str) -> str:
    text = normalise(text).strip()
    match = re.search(r"(?<=[.!?])\s|\n", text)
    return text[: match.start()].strip() if match else text


def _scope(rule: MessagingRule) -> tuple[frozenset[str], frozenset[str]]:
    """The text keys and lane slugs a rule is limited to (empty: all).

    Kept on a row whose lanes were prefetched (the guide's rows, kept per content stamp,
    roles/guide.py): those rows never change, and reading the lanes through the related
    manager on every rule of every text was a third of a page's checking time.
    """
    scope = rule.__dict__.get("_coach_scope")
    if scope is None:
        scope = (
            frozenset(rule.applies_to_keys),
            frozenset(lane.slug for lane in rule.lanes.all()),
        )
        if "lanes" in getattr(rule, "_prefetched_objects_cache", {}):
            rule.__dict__["_coach_scope"] = scope
    return scope


def _rule_applies(rule: MessagingRule, key: str, lane_slug: str | None) -> bool:
    keys, lanes = _scope(rule)
    return (not keys or key in keys) and (not lanes or lane_slug in lanes)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _vague_claims(
    regex: re.Pattern, text: str, explanation: str, taken: list[tuple[int, int]]
) -> list[tuple[str, str]]:
    """Matches of the rule's pattern in a sentence that gives no figure to back them."""
    breaks = [(m.start(), m.end()) for m in SENTENCE_BREAK.finditer(text)]
    backed: dict[tuple[int, int], bool] = {}  # one figure search per sentence
    found = []
    for match in regex.finditer(text):
        span = match.span()
        if span[0] == span[1] or _overlaps(span, taken):
            continue
        start = max((end for begin, end in breaks if end <= span[0]), default=0)
        stop = min((begin for begin, end in breaks if begin >= span[1]), default=len(text))
        if (start, stop) not in backed:
            backed[start, stop] = FIGURE.search(text, start, stop) is not None
        if backed[start, stop]:
            continue
        taken.append(span)
        found.append((_quote(match.group(0)), explanation or "A claim without a figure."))
    return found


def _term_regex(term: str) -> re.Pattern:
    return MessagingRule.compile_pattern(term, regex=False)


def _check_one(
    rule: MessagingRule,
    key: str,
    text: str,
    *,
    limit: int | None,
    artifacts: Sequence[str],
    taken: list[tuple[int, int]],
    names: Sequence[str] = (),
    occurs: bool | None = None,
) -> list[tuple[str, str]]:
    """(quote, message) pairs for one rule on one text. `occurs`: whether the rule's
    pattern occurs in the text, when the prefilter knows (prefilter.GATED_CHECKS)."""
    explanation = rule.explanation
    check = MessagingRule.AVOID_WORDING if rule.kind == MessagingRule.AVOID else rule.check_type
    try:
        regex = rule.regex()
    except PatternError:  # admin refuses these; an old bad row must not break a page
        return []

    if check == MessagingRule.AVOID_WORDING:
        if regex is None:
            return []
        found = []
        for match in regex.finditer(text):
            span = match.span()
            if span[0] == span[1] or _overlaps(span, taken):
                continue
            taken.append(span)
            found.append((_quote(match.group(0)), explanation or "Wording to avoid."))
        return found

    if check == MessagingRule.VAGUE_CLAIM:
        return [] if regex is None else _vague_claims(regex, text, explanation, taken)

    if check == MessagingRule.NEEDS_NUMBER:
        if regex is None or not text.strip():
            return []
        if occurs if occurs is not None else regex.search(text):
            return []
        return [("", explanation or "It is missing what this rule asks for.")]

    if check == MessagingRule.LEADS_WITH_SHIPPED_WORK:
        sentence = first_sentence(text)
        if not sentence:
            return []
        if regex is not None and regex.search(sentence):
            return []
        lowered = sentence.casefold()
        if any(a.casefold() in lowered for a in artifacts if len(a.strip()) >= 3):
            return []
        return [(_quote(sentence), explanation or "The first sentence names no shipped work.")]

    if check == MessagingRule.FRAMEWORK_COUNT:
        terms = [t for t in rule.terms_list if _term_regex(t).search(text)]
        if len(terms) < (rule.threshold or 3):
            return []
        return [(", ".join(terms), explanation or f"{len(terms)} framework names in one text.")]

    if check == MessagingRule.MAX_LENGTH:
        count = char_count(text)
        if limit is None or count <= limit:
            return []
        message = f"{count:,} characters: {count - limit:,} over the {limit:,}-character limit."
        for larger, who in EXTRA_LIMITS.get(key, []):
            message += f" (A {who} allows {larger:,}.)"
        return [("", message)]

    if check in lint_checks.KINDS:  # the copy lint's checks that are not one pattern
        if occurs is False:
            regex = None  # nothing of it to find
        found = lint_checks.run(check, text, regex=regex, names=names, taken=taken)
        return [(quote, f"{message} {explanation}".strip()) for quote, message in found]

    return []  # guidance only


def active_rules() -> tuple[MessagingRule, ...]:
    # Phrases to avoid first, so a snippet is reported under its own name and a broader
    # wording rule does not report the same words again.
    return guide.cached(
        "coach:rules",
        lambda: tuple(
            sorted(
                guide.active_rules(),
                key=lambda r: (r.kind != MessagingRule.AVOID, r.order, r.pk),
            )
        ),
    )


def prefilter_for(rules: Sequence[MessagingRule]) -> Prefilter:
    """The guide's rules' prefilter, built once per content stamp; another list's, now."""
    if rules is active_rules():
        return guide.cached("coach:prefilter", lambda: Prefilter(rules))
    return Prefilter(rules)


def template_limits() -> dict[str, int]:
    return {t.key: t.max_length for t in guide.message_templates() if t.max_length}


def check_texts(
    texts: Mapping[str, str],
    *,
    lane_slug: str | None,
    dismissed: Mapping[str, list[str]] | None = None,
    artifacts: Iterable[str] = (),
    limits: Mapping[str, int | None] | None = None,
    rules: Sequence[MessagingRule] | None = None,
    names: Iterable[str] = (),
) -> dict[str, list[Finding]]:
    """Findings per text key, for every text in `texts` (key -> plain text).

    `artifacts` are what names the person's artifacts (artifact_names): a first sentence
    naming one counts as leading with shipped work. `names` are the artifact names alone,
    as typed: the copy lint flags one written in another case. `limits` defaults to
    the templates' max_length. Three queries unless rules and limits are passed in.
    """
    dismissed = dismissed or {}
    artifacts = tuple(a for a in artifacts if a)
    names = tuple(n for n in names if n)
    the_guides = rules is None or rules is active_rules()
    rules = active_rules() if rules is None else rules
    limits = template_limits() if limits is None else limits
    normalised = {key: normalise(raw) for key, raw in texts.items()}

    def check(keys) -> dict:
        prefilter = prefilter_for(rules)
        return {
            key: _check_text(
                *prefilter.scan(normalised[key]),
                key,
                normalised[key],
                lane_slug,
                artifacts,
                limits.get(key),
                names,
            )
            for key in keys
        }

    if the_guides:
        # Cached only for the guide's own rules (the stamp names them); a rule list passed
        # in (the evaluation's) is checked afresh.
        inputs = {
            key: [key, text, lane_slug, artifacts, names, limits.get(key)]
            for key, text in normalised.items()
        }
        found_for = computed.remember_many("coach-findings", inputs, check)
    else:
        found_for = check(normalised)
    results: dict[str, list[Finding]] = {}
    for key in texts:
        found = found_for[key]
        hidden = set(dismissed.get(key) or [])
        findings = [
            dataclasses.replace(f, dismissed=True) if f.rule_slug in hidden else f for f in found
        ]
        findings.sort(key=lambda f: (f.dismissed, SEVERITY_ORDER.get(f.severity, 9)))
        results[key] = findings
    return results


def _check_text(
    rules: Sequence[MessagingRule],
    occurs: Mapping[int, bool],
    key: str,
    text: str,
    lane_slug: str | None,
    artifacts: Sequence[str],
    limit: int | None,
    names: Sequence[str] = (),
) -> tuple[Finding, ...]:
    """One text's findings, none dismissed, in rule order; `rules` are the ones that may
    find anything in it and `occurs` which gated rules' patterns occur in it, by id()
    (prefilter.py: one pass over the text for every pattern)."""
    taken: list[tuple[int, int]] = []
    findings = []
    for rule in rules:
        if not _rule_applies(rule, key, lane_slug):
            continue
        for quote, message in _check_one(
            rule,
            key,
            text,
            limit=limit,
            artifacts=artifacts,
            taken=taken,
            names=names,
            occurs=occurs.get(id(rule)),
        ):
            findings.append(
                Finding(
                    text_key=key,
                    rule_slug=rule.slug,
                    rule_name=rule.text,
                    severity=rule.severity,
                    quote=quote,
                    message=message,
                    fix=rule.fix,
                )
            )
    return tuple(findings)


def artifact_names(answers: Mapping) -> list[str]:
    """What names a person's artifacts in their texts: each name and its one-liner (the
    {artifact} slot shows the name with its result; an override may quote either)."""
    background = answers.get("background") or {}
    names: list[str] = []
    for artifact in background.get("artifacts") or []:
        if not isinstance(artifact, Mapping):
            continue
        for part in ("name", "proves"):
            value = str(artifact.get(part) or "").strip()
            if value:
                names.append(value)
    return names


def names_only(answers: Mapping) -> list[str]:
    """The person's artifact names as typed, for the copy lint's name-case check."""
    background = answers.get("background") or {}
    return [
        str(a.get("name") or "").strip()
        for a in background.get("artifacts") or []
        if isinstance(a, Mapping) and str(a.get("name") or "").strip()
    ]


def dismissed_for(answers: Mapping) -> dict[str, list[str]]:
    return dict(((answers.get("messaging") or {}).get("dismissed")) or {})


def open_count(findings: Mapping[str, list[Finding]]) -> int:
    """Findings not dismissed: the number the review page shows."""
    return sum(1 for items in findings.values() for f in items if not f.dismissed)


def set_dismissed(*, profile, text_key: str, rule_slug: str, dismissed: bool = True):
    """Dismiss (or bring back) a rule's findings for one text of the working copy.

    Stored in answers["messaging"]["dismissed"][text_key], so saved versions keep it. The
    row is locked so a concurrent step save cannot lose the dismissal or be lost by it.
    Raises ValueError for a text or rule that does not exist.
    """
    if not MessageTemplate.objects.filter(key=text_key).exists():
        raise ValueError("Unknown text.")
    if not MessagingRule.objects.filter(slug=rule_slug).exists():
        raise ValueError("Unknown rule.")

    def change(answers: dict) -> dict | None:
        messaging = dict(answers.get("messaging") or {})
        by_text = {k: list(v or []) for k, v in (messaging.get("dismissed") or {}).items()}
        slugs = by_text.get(text_key, [])
        if dismissed and rule_slug not in slugs:
            slugs.append(rule_slug)
        elif not dismissed and rule_slug in slugs:
            slugs.remove(rule_slug)
        else:
            return None  # nothing changes: a double submit is not a new revision
        if slugs:
            by_text[text_key] = slugs
        else:
            by_text.pop(text_key, None)
        messaging["dismissed"] = by_text
        return answers | {"messaging": messaging}

    return services.update_answers(profile, revision=None, change=change)

"""Which of the person's facts speaks to a posting: each artifact and credibility answer
scored against the reading, the best one leading the tailored copy.

A fact scores for
- the checklist skills it names that the posting asks for (required ones count double),
- the lane and group signals it shares with the posting's reading,
- the posting's own words it uses ("carrier emails", "EDI", "summaries"): the domain of
  the work, which no checklist names,
each weighted by the posting's section as the reader weighs it (a word in the title
counts more than one in the benefits). Deterministic, and explained: every score keeps
the posting's words that earned it.
"""

from __future__ import annotations

from dataclasses import dataclass

import re2

from roles.reading import Catalog, Reading
from roles.reading.catalog import ARCHETYPE, GROUP
from roles.reading.matching import named_skills
from roles.reading.sections import MULTIPLIER, kind_at

from .shape import entry_text

SKILL_REQUIRED, SKILL_NICE, ROLE_SIGNAL = 1.5, 0.75, 0.75
REPEAT_BONUS, REPEAT_CAP = 0.25, 0.5
STEM = 6  # "summaries", "summary" and "summarizer" share their first six letters
BECAUSE_LIMIT = 4
_WORD = re2.compile(r"[A-Za-z][A-Za-z0-9+#]*")
# Words every posting and profile use: they say nothing about which work matches.
COMMON = frozenset(
    """
    a about across after again against all also an and any are as at be been before
    being both but by can could did do does done each either every except few for from
    had has have having how i in into is it its just may me might more most much must my
    new no not of off on one only or other our out over own per same should so some such
    than that the their them then there these they this those three through to two under
    up us very was we were what when where which while who will with would you your ai
    llm llms ml model models data system systems service services tool tools product
    products production team teams build builds built building work works working worked
    user users customer customers company companies role roles engineer engineers
    engineering experience year years time day days week weeks month months make makes
    made get gets first help helps use used using real people person way like want need
    needs lead leads own owns owned based feature features thing things lot part end
    """.split()  # noqa: SIM905 - a word list reads best as words
)
NAME_KEYS = ("name", "what", "result", "scale", "proves", "text")


def key(word: str) -> str:
    """A word's comparable form: lower case, singular, cut to its stem's first letters."""
    word = word.casefold()
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return word[:STEM] if len(word) > STEM else word


@dataclass(frozen=True)
class Token:
    key: str
    text: str
    weight: float  # the section's multiplier where the posting says it


@dataclass(frozen=True)
class Match:
    kind: str  # "artifact" or "credibility"
    name: str  # the artifact's name as typed, or the credibility point's slug
    index: int  # place in the person's own order
    score: float
    because: tuple[str, ...]  # the posting's words that earned the score, strongest first


def posting_tokens(reading: Reading) -> list[Token]:
    text, found = reading.text, list(reading.regions)
    starts = [r.start for r in found]
    out = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.casefold() in COMMON or len(word) < 3 and not word.isupper():
            out.append(Token("", word, 0.0))  # keeps adjacency honest
            continue
        region = kind_at(found, starts, match.start())
        out.append(Token(key(word), word, MULTIPLIER[region]))
    return out


def fact_text(entry) -> str:
    if isinstance(entry, dict):
        return " ".join(str(entry.get(k) or "") for k in NAME_KEYS)
    return entry_text(entry)


class Scorer:
    """Scores facts against one reading; built once per tailoring."""

    def __init__(self, catalog: Catalog, reading: Reading) -> None:
        self.catalog, self.reading = catalog, reading
        self.tokens = posting_tokens(reading)
        self.weights: dict[str, float] = {}
        for token in self.tokens:
            if token.key:
                seen = self.weights.get(token.key)
                self.weights[token.key] = (
                    token.weight
                    if seen is None
                    else max(seen, token.weight) + min(REPEAT_BONUS, REPEAT_CAP)
                )
        self.asked = reading.skill_flags
        self.evidence = {s.slug: (s.evidence[0].text if s.evidence else s.skill.name)
                         for s in reading.skills}  # fmt: skip
        self.role_targets = self._role_targets()

    def _role_targets(self) -> set[tuple[str, str]]:
        targets = {(GROUP, self.reading.group.group.letter)} if self.reading.group else set()
        targets |= {(ARCHETYPE, a.archetype.slug) for a in self.reading.archetypes[:2] if a.score}
        return targets

    def score(self, text: str) -> tuple[float, tuple[str, ...]]:
        reasons: list[tuple[float, str]] = []
        for slug in sorted(named_skills(text, self.catalog) & set(self.asked)):
            points = SKILL_REQUIRED if self.asked[slug] else SKILL_NICE
            reasons.append((points, self.evidence[slug]))
        roles, _ = self.catalog.matchers
        shared = {
            (s.kind, s.target, s.phrase)
            for hit in roles.find(text)
            for s in hit.payloads
            if (s.kind, s.target) in self.role_targets and s.weight > 0
        }
        reasons += [(ROLE_SIGNAL, phrase) for _, _, phrase in sorted(shared)]
        mine = {key(w) for w in _WORD.findall(text) if w.casefold() not in COMMON}
        reasons += self._words(mine)
        total = round(sum(points for points, _ in reasons), 2)
        ordered = sorted(reasons, key=lambda r: -r[0])
        return total, tuple(distinct_terms([words for _, words in ordered])[:BECAUSE_LIMIT])

    def _words(self, mine: set[str]) -> list[tuple[float, str]]:
        """The posting's words the fact shares, adjacent ones as one phrase
        ("carrier emails"), each phrase once, scored by its words' weights."""
        out, used = [], set()
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if not token.key or token.key not in mine or token.key in used:
                continue
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].key and tokens[j + 1].key in mine:
                j += 1
            keys = [t.key for t in tokens[i : j + 1] if t.key not in used]
            if not keys:
                continue
            used.update(keys)
            phrase = " ".join(t.text for t in tokens[i : j + 1])
            out.append((sum(self.weights[k] for k in keys), phrase))
        return out


def shown(term: str) -> str:
    """A posting's words as a sentence shows them: 'Speech' in a title reads 'speech';
    'EDI' and 'PyTorch' stay as written."""
    return " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in term.split())


def distinct_terms(terms: list[str]) -> list[str]:
    """Each term once: 'search' goes when 'semantic search' is there, strongest place kept."""
    out: list[str] = []
    for term in (shown(t) for t in terms):
        words = {key(w) for w in term.split()}
        covered = [c for c in out if words <= {key(w) for w in c.split()}]
        if covered:
            continue
        wider = [i for i, c in enumerate(out) if {key(w) for w in c.split()} < words]
        if wider:
            out[wider[0]] = term
            out = [c for i, c in enumerate(out) if i not in wider[1:]]
        else:
            out.append(term)
    return out


def rank_facts(answers: dict, catalog: Catalog, reading: Reading) -> list[Match]:
    """The person's artifacts and credibility answers, best match first; equal scores
    keep the person's order, artifacts before credibility answers."""
    scorer = Scorer(catalog, reading)
    background = answers.get("background") if isinstance(answers, dict) else None
    artifacts = [a for a in (background or {}).get("artifacts") or [] if isinstance(a, dict)]
    matches = []
    for index, artifact in enumerate(artifacts):
        score, because = scorer.score(fact_text(artifact))
        matches.append(Match("artifact", artifact.get("name") or "", index, score, because))
    credibility = answers.get("credibility") if isinstance(answers, dict) else None
    items = (
        list(credibility.items())
        if isinstance(credibility, dict)
        else [(c.get("slug"), c) for c in credibility or [] if isinstance(c, dict)]
    )
    for index, (slug, entry) in enumerate(items):
        score, because = scorer.score(fact_text(entry))
        matches.append(Match("credibility", slug or "", index, score, because))
    matches.sort(key=lambda m: (-m.score, m.kind != "artifact", m.index))
    return matches


def artifact_matches(matches: list[Match]) -> list[Match]:
    return [m for m in matches if m.kind == "artifact"]

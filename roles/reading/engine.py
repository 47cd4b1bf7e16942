"""Reads a posting: scores every signal found, region by region, into a Reading.

Signals are found as phrases (matcher.py) and as work written out ("screen ... output",
work.py); a skill found just after a negation in its sentence ("you will not be writing
prompts") is not counted.

Scoring, in words: a phrase counts its weight times its region's multiplier (boilerplate
counts a fifth); the same signal found again counts half as much each time, so one
repeated buzzword cannot carry a posting. A group's score is its own signals, all of
its primary lane's score (its first in the guide: Applied for B) and a quarter of any
other's (Lead is Applied work led, a level, not another kind of work); the top group must
reach MIN_GROUP_SCORE, with AI work among its evidence (ai_context.py), to be named.
Archetypes are ranked on their own signals, and each group's primary lane also gets half
its group's: a posting full of red-teaming words is a Reliability/Evals job even if it
never says "eval". Where the posting's group is not Lead's, Lead ranks at a quarter: a
lead of an eval team is a Reliability/Evals job at lead level.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from .ai_context import MIN_AI_POINTS, NOT_AN_AI_ROLE, ai_sentences, names_ai_work
from .catalog import ARCHETYPE, GROUP, SKILL, ArchetypeInfo, Catalog, GroupInfo, SkillInfo
from .fold import fold
from .language import looks_english
from .negation import negated_after
from .sections import BOILERPLATE, MULTIPLIER, NICE, SKILL_MULTIPLIER, Region, kind_at, regions

REPEAT_DECAY = 0.5
OTHER_ARCHETYPES_IN_GROUP = 0.25
GROUP_TO_LANE = 0.5
LEVEL_ELSEWHERE = 0.25
MIN_GROUP_SCORE = 3.0
MIN_SKILL_SCORE = 2.5
DECISIVE_LIMIT = 8
EVIDENCE_LIMIT = 5
NOT_ENGLISH = "This posting doesn't look like English; results may be poor."
TOO_FEW_SIGNALS = (
    "The posting names too few of the signals Pivot knows to tell its group. "
    "Paste the whole posting, including what the role does and what it asks for."
)


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str
    phrase: str  # the signal's main phrase, which the found text may be a synonym of
    points: float
    region: str

    @property
    def in_boilerplate(self) -> bool:
        return self.region == BOILERPLATE


@dataclass(frozen=True)
class GroupReading:
    group: GroupInfo
    score: float
    share: int  # percent of all positive group points
    evidence: tuple[Evidence, ...]

    @property
    def phrases(self) -> list[str]:
        """The deciding words once each, as the posting wrote them first."""
        seen: dict[str, str] = {}
        for e in self.evidence:
            seen.setdefault(e.text.casefold(), e.text)
        return list(seen.values())


@dataclass(frozen=True)
class ArchetypeReading:
    archetype: ArchetypeInfo
    score: float
    percent: int  # of the top archetype's score, for the bar
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class SkillAsk:
    skill: SkillInfo
    required: bool  # False: every mention sits in a nice-to-have place
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def slug(self) -> str:
        return self.skill.slug


@dataclass(frozen=True)
class Reading:
    text: str
    group: GroupReading | None
    groups: tuple[GroupReading, ...]
    archetypes: tuple[ArchetypeReading, ...]
    skills: tuple[SkillAsk, ...]
    regions: tuple[Region, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def required_skills(self) -> tuple[SkillAsk, ...]:
        return tuple(s for s in self.skills if s.required)

    @property
    def nice_skills(self) -> tuple[SkillAsk, ...]:
        return tuple(s for s in self.skills if not s.required)

    @property
    def skill_flags(self) -> dict[str, bool]:
        """Skill slug -> required?, for matching against a person's profile later."""
        return {s.slug: s.required for s in self.skills}

    @property
    def decisive(self) -> tuple[Evidence, ...]:
        return self.group.evidence if self.group else ()

    @property
    def top_archetype(self) -> ArchetypeReading | None:
        return self.archetypes[0] if self.archetypes and self.archetypes[0].score > 0 else None

    @property
    def boilerplate_chars(self) -> int:
        return sum(r.end - r.start for r in self.regions if r.kind == BOILERPLATE)


# While scoring, a found phrase is a plain tuple (-points, start, end, text, phrase,
# region): hundreds per long posting, sorted strongest first on its first two fields.
# An Evidence is made only for the few a Reading shows.
_STRONGEST = itemgetter(0, 1)


def _loudest(found: tuple) -> tuple[float, int]:
    # Repeats decay from the strongest mention, negative ones included.
    return (-abs(found[0]), found[1])


def read_posting(text: str, catalog: Catalog) -> Reading:
    folded = fold(text)
    found = regions(text, folded)
    starts = [r.start for r in found]
    per_signal: dict[int, list[tuple]] = defaultdict(list)
    hits = [hit for matcher in catalog.matchers for hit in matcher.find(text, folded)]
    hits += catalog.work.find(text, folded, found)
    negated = negated_after(folded, starts)
    about_ai = ai_sentences(folded, found)
    ai_points = 0.0  # what was found where the posting names AI work
    for hit in hits:
        region = kind_at(found, starts, hit.start)
        in_ai_sentence = bisect_right(starts, hit.start) - 1 in about_ai
        names_ai = in_ai_sentence and names_ai_work(folded, hit.start, hit.end)
        for signal in hit.payloads:
            if signal.kind == SKILL and negated(hit.start):
                continue
            table = SKILL_MULTIPLIER if signal.kind == SKILL else MULTIPLIER
            # a skill counts only where it names AI itself ("video models"): "alerting"
            # in an aside about AI-powered tools says nothing of the job
            if in_ai_sentence and signal.weight > 0 and (signal.kind != SKILL or names_ai):
                ai_points += signal.weight * table[region]
            per_signal[signal.id].append(
                (-(signal.weight * table[region]), hit.start, hit.end, hit.text)
                + (signal.phrase, region)
            )

    signals_by_id = catalog.signals_by_id
    totals: dict[tuple[str, str], float] = defaultdict(float)
    evidence: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for signal_id in sorted(per_signal):
        signal = signals_by_id[signal_id]
        key = (signal.kind, signal.target)
        found_here = per_signal[signal_id]
        found_here.sort(key=_loudest)
        totals[key] += sum(-f[0] * REPEAT_DECAY**i for i, f in enumerate(found_here))
        evidence[key].extend(found_here)

    own = _archetype_scores(catalog, totals)
    groups = _rank_groups(catalog, totals, evidence, own)
    # `own` is ranked, so the first lane seen per group is the one its words support
    primary = _primary_lanes(catalog)
    best = groups[0].group.letter if groups and groups[0].score > 0 else ""
    # Lead is Applied work led; where the posting's work is another group's (a lead of
    # evals, a principal MLOps engineer), its leadership words give the level of that
    # group's lane, not a move to the Lead lane.
    secondary = [a for a in catalog.archetypes if a.slug not in primary.values()]
    elsewhere = {a.slug for a in secondary if a.group_letter != best}
    archetypes = _rank_archetypes(
        catalog, totals, evidence, supported=set(primary.values()), elsewhere=elsewhere
    )
    top = groups[0] if groups and groups[0].score >= MIN_GROUP_SCORE else None
    warnings = []
    if not looks_english(text):
        warnings.append(NOT_ENGLISH)
    if top is not None and ai_points < MIN_AI_POINTS:
        top = None  # its words fit the job without AI in it (ai_context.py)
        warnings.append(NOT_AN_AI_ROLE)
    elif top is None:
        warnings.append(TOO_FEW_SIGNALS)
    return Reading(
        text=text,
        group=top,
        groups=groups,
        archetypes=archetypes,
        skills=_skills(catalog, totals, evidence),
        regions=tuple(found),
        warnings=tuple(warnings),
    )


def _primary_lanes(catalog) -> dict[str, str]:
    """Group letter -> its first lane in the guide's order: the group's own kind of work
    (Applied for B). Another lane of the group is that work at another level (Lead)."""
    primary: dict[str, str] = {}
    for archetype in catalog.archetypes:
        primary.setdefault(archetype.group_letter, archetype.slug)
    return primary


def _best(items: list[tuple], limit: int) -> tuple[Evidence, ...]:
    # Strongest first; one entry per place in the text, positive evidence only.
    seen, out = set(), []
    for neg, start, end, text, phrase, region in sorted(items, key=_STRONGEST):
        if neg >= 0 or len(out) == limit:
            break  # sorted: the rest scores nothing, or enough were found
        if (start, end) not in seen:
            seen.add((start, end))
            out.append(Evidence(start, end, text, phrase, -neg, region))
    return tuple(out)


def _archetype_scores(catalog, totals, supported=frozenset(), elsewhere=frozenset()) -> list:
    """(score, order, archetype), best first. `elsewhere`: secondary lanes of a group that
    is not the posting's, counted at LEVEL_ELSEWHERE."""

    def score(a: ArchetypeInfo) -> float:
        group = max(totals[(GROUP, a.group_letter)], 0.0) if a.slug in supported else 0.0
        own = max(totals[(ARCHETYPE, a.slug)], 0.0) + GROUP_TO_LANE * group
        return own * LEVEL_ELSEWHERE if a.slug in elsewhere else own

    scored = [(score(a), i, a) for i, a in enumerate(catalog.archetypes)]
    scored.sort(key=lambda t: (-t[0], t[1]))
    return scored


def _rank_archetypes(catalog, totals, evidence, supported=frozenset(), elsewhere=frozenset()):
    scored = _archetype_scores(catalog, totals, supported, elsewhere)
    top = scored[0][0] if scored else 0.0
    return tuple(
        ArchetypeReading(
            archetype=a,
            score=round(score, 1),
            percent=round(100 * score / top) if top else 0,
            evidence=_best(
                evidence[(ARCHETYPE, a.slug)]
                + (evidence[(GROUP, a.group_letter)] if a.slug in supported else []),
                EVIDENCE_LIMIT,
            ),
        )
        for score, _, a in scored
    )


def _rank_groups(catalog, totals, evidence, archetypes) -> tuple[GroupReading, ...]:
    primary_lanes = _primary_lanes(catalog)
    scored = []
    for order, group in enumerate(catalog.groups):
        score = totals[(GROUP, group.letter)]
        items = list(evidence[(GROUP, group.letter)])
        lanes = [(s, a) for s, _, a in archetypes if a.group_letter == group.letter]
        for lane_score, archetype in lanes:
            lane_score = round(lane_score, 1)
            primary = archetype.slug == primary_lanes.get(group.letter)
            score += lane_score * (1.0 if primary else OTHER_ARCHETYPES_IN_GROUP)
            items.extend(evidence[(ARCHETYPE, archetype.slug)])
        scored.append((max(score, 0.0), order, group, items))
    scored.sort(key=lambda t: (-t[0], t[1]))
    positive = sum(s for s, *_ in scored) or 1.0
    return tuple(
        GroupReading(group, round(s, 1), round(100 * s / positive), _best(items, DECISIVE_LIMIT))
        for s, _, group, items in scored
    )


def _skills(catalog, totals, evidence) -> tuple[SkillAsk, ...]:
    asks = []
    for skill in catalog.skills:
        score = totals[(SKILL, skill.slug)]
        if score < MIN_SKILL_SCORE:
            continue
        counted = [f for f in evidence[(SKILL, skill.slug)] if f[5] != BOILERPLATE]
        required = any(f[5] != NICE for f in counted)
        asks.append(SkillAsk(skill, required, round(score, 1), _best(counted, EVIDENCE_LIMIT)))
    asks.sort(key=lambda a: (not a.required, a.skill.order, a.skill.slug))
    return tuple(asks)

"""Reads a posting: scores every signal found, region by region, into a Reading.

Signals are found as phrases (matcher.py) and as work written out ("screen ... output",
work.py); a skill negated in its clause ("you will not be writing prompts") or done by
another team to the candidate's work ("our platform team packages your models") is not
counted (negation.py), nor is anything found in "agents" that are people, in a word of
another sense or in the company's name (word_sense.py). Anything in the company's story
rather than the job's counts at half (addressed.py); faint signals alone, or work put
outside the job ("not part of this role"), ask for no skill (asked.py).

Scoring, in words: a phrase counts its weight times its region's multiplier (boilerplate
counts a fifth); the same signal found again counts half as much each time, so one
repeated buzzword cannot carry a posting. A group's score is its own signals, all of
its primary lane's score (its first in the guide: Applied for B) and a quarter of any
other's (Lead is Applied work led, a level, not another kind of work), unless the lead's
words name the work ("Principal AI Engineer"); the top group must reach MIN_GROUP_SCORE,
with AI work in the job's own sentences (ai_context.py), to be named. Archetypes are
ranked on their own signals, and each group's primary lane also gets half its group's: a
posting full of red-teaming words is a Reliability/Evals job even if it never says
"eval". Where the posting's group is not Lead's, Lead ranks at a quarter: a lead of an
eval team is a Reliability/Evals job at lead level; and the group's lanes rank first.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from operator import itemgetter

from .addressed import prose_sentences, story_factor
from .ai_context import (
    FOUNDING_LANE,
    NOT_AN_AI_ROLE,
    AiPoints,
    ai_sentences,
    is_ai_role,
    names_ai_work,
    other_teams,
)
from .asked import asked_enough, not_the_jobs, only_ai_work_asks
from .catalog import ARCHETYPE, GROUP, SKILL, ArchetypeInfo, Catalog
from .fold import fold
from .language import looks_english
from .negation import negated_after
from .neighbours import point_to_the_work
from .posting_facts import company_names
from .results import ArchetypeReading, Evidence, GroupReading, Reading, SkillAsk
from .sections import BOILERPLATE, MULTIPLIER, NICE, SKILL_MULTIPLIER, kind_at, regions
from .word_sense import (
    blanked,
    names_people,
    other_senses,
    other_skill_sense,
    people_agents,
    within,
)

REPEAT_DECAY = 0.5
OTHER_ARCHETYPES_IN_GROUP = 0.25
GROUP_TO_LANE = 0.5
LEVEL_ELSEWHERE = 0.25
MIN_GROUP_SCORE = 3.0
MIN_SKILL_SCORE = 2.5
# A faint signal (weight 2: "logs", "dashboard", "network", "testing") is a common word
# that names a skill only sometimes; a skill found by faint signals alone needs several
# mentions (asked.py).
FAINT_WEIGHT = 2
DECISIVE_LIMIT = 8
EVIDENCE_LIMIT = 5
NOT_ENGLISH = "This posting doesn't look like English; results may be poor."
TOO_FEW_SIGNALS = (
    "The posting names too few of the signals Pivot knows to tell its group. "
    "Paste the whole posting, including what the role does and what it asks for."
)


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
    theirs = not_the_jobs(folded, found, starts)
    prose = prose_sentences(folded, found)
    others_ai = other_teams(folded, found)
    mentions: dict[str, set[int]] = defaultdict(set)  # a skill's places in the job's words
    ai_points = AiPoints()  # what was found where the posting names AI work
    plain: set[str] = set()  # skills found by a signal stronger than FAINT_WEIGHT
    agents = [h for h in hits if h.text.lower() in ("agent", "agents")]
    people_sense = people_agents(folded, [h.start for h in agents])
    # "agent" that names people or programs does not make its sentence one about AI
    people = [h for h in agents if names_people(folded, h.start, h.end, people_sense)]
    # nor does a model of data, threats or prices ("dbt models"), nor a coding tool
    senses = other_senses(folded) + company_names(text, found)
    ai_text = blanked(folded, [(h.start, h.end) for h in people] + senses)
    about_ai = ai_sentences(ai_text, found)
    for hit in hits:
        if names_people(folded, hit.start, hit.end, people_sense) or within(hit, senses):
            continue  # "support agents", "EDR agents", "GitHub Copilot": not AI work
        region = kind_at(found, starts, hit.start)
        index = bisect_right(starts, hit.start) - 1
        other_sense = other_skill_sense(folded, hit, found[index] if index >= 0 else None)
        in_prose = index in prose
        # AI that another team does ("our data science team trains models") does not
        # make this job an AI one
        in_ai_sentence = index in about_ai and index not in others_ai
        names_ai = in_ai_sentence and names_ai_work(ai_text, hit.start, hit.end)
        for signal in hit.payloads:
            if signal.kind == SKILL and (
                negated(hit.start) or theirs(hit.start, hit.end) or other_sense(signal)
            ):
                continue
            table = SKILL_MULTIPLIER if signal.kind == SKILL else MULTIPLIER
            # a skill counts only where it names AI itself ("video models"): "alerting"
            # in an aside about AI-powered tools says nothing of the job
            if in_ai_sentence and signal.weight > 0 and (signal.kind != SKILL or names_ai):
                ai_points.add(signal.weight * table[region], in_prose, index)
            points = signal.weight * table[region]
            if in_prose:
                # the company's words, not the job's: its product's AI features do not
                # say which lane the job is in, nor another team's work ever (addressed.py)
                points *= story_factor(signal.kind == SKILL, index in others_ai)
            elif signal.kind == SKILL and region != BOILERPLATE:
                # only the job's sentences make a skill plain or count a faint one's
                # mentions: the story can add to what the job asks, not ask it
                mentions[signal.target].add(hit.start)
                if signal.weight > FAINT_WEIGHT:
                    plain.add(signal.target)
            per_signal[signal.id].append(
                (-points, hit.start, hit.end, hit.text) + (signal.phrase, region)
            )

    signals_by_id = catalog.signals_by_id
    totals: dict[tuple[str, str], float] = defaultdict(float)
    evidence: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    primary = _primary_lanes(catalog)
    level_lanes = {
        a.slug: a.group_letter for a in catalog.archetypes if a.slug not in primary.values()
    }
    for signal_id in sorted(per_signal):
        signal = signals_by_id[signal_id]
        key = (signal.kind, signal.target)
        found_here = per_signal[signal_id]
        found_here.sort(key=_loudest)
        totals[key] += sum(-f[0] * REPEAT_DECAY**i for i, f in enumerate(found_here))
        evidence[key].extend(found_here)
        if signal.kind == ARCHETYPE and signal.target in level_lanes:
            # "Principal AI Engineer" names a level and the group's work (an AI engineer):
            # that work counts for the group in full, not as a level's quarter
            named = [f for f in found_here if names_ai_work(fold(f[3]), 0, len(f[3]))]
            totals[(GROUP, level_lanes[signal.target])] += sum(
                -f[0] * REPEAT_DECAY**i for i, f in enumerate(named)
            )

    own = _archetype_scores(catalog, totals)
    groups = _rank_groups(catalog, totals, evidence, own)
    best = groups[0].group.letter if groups and groups[0].score > 0 else ""
    # Lead is Applied work led; where the posting's work is another group's (a lead of
    # evals, a principal MLOps engineer), its leadership words give the level of that
    # group's lane, not a move to the Lead lane.
    secondary = [a for a in catalog.archetypes if a.slug not in primary.values()]
    elsewhere = {a.slug for a in secondary if a.group_letter != best}
    archetypes = _rank_archetypes(catalog, totals, evidence, set(primary.values()), elsewhere, best)
    top = groups[0] if groups and groups[0].score >= MIN_GROUP_SCORE else None
    point_to_the_work(totals, evidence, plain, mentions, best)  # gates run evals
    warnings = []
    if not looks_english(text):
        warnings.append(NOT_ENGLISH)
    founding = bool(groups) and primary.get(groups[0].group.letter) == FOUNDING_LANE
    # the job's own sentences name AI work, plainly, and do not say it is not AI work
    job_ai = about_ai - others_ai - prose
    ai_work = is_ai_role(ai_points, founding, (text, folded, ai_text), found, hits, job_ai)
    if top is not None and not ai_work:
        top = None  # its words fit the job without AI in it (ai_context.py)
        warnings.append(NOT_AN_AI_ROLE)
    elif top is None:
        warnings.append(TOO_FEW_SIGNALS)
    return Reading(
        text=text,
        group=top,
        groups=groups,
        archetypes=archetypes,
        skills=_skills(catalog, totals, evidence, plain, mentions, top is not None),
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


def _rank_archetypes(catalog, totals, evidence, supported, elsewhere, best=""):
    scored = _archetype_scores(catalog, totals, supported, elsewhere)
    # The posting's lanes are its group's: an LLMOps job whose product story is full of
    # prompts is an AI Platform job, its Applied words a neighbour's. Where a group is
    # read, its lanes come first (stable: each part keeps its order by score).
    scored.sort(key=lambda t: not (t[2].group_letter == best and t[0] > 0))
    top = scored[0][0] if scored else 0.0
    return tuple(
        ArchetypeReading(
            archetype=a,
            score=round(score, 1),
            percent=min(100, round(100 * score / top)) if top else 0,
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


def _skills(catalog, totals, evidence, plain, mentions, ai_group) -> tuple[SkillAsk, ...]:
    asks = []
    for skill in catalog.skills:
        score = totals[(SKILL, skill.slug)]
        if score < MIN_SKILL_SCORE:
            continue
        counted = [f for f in evidence[(SKILL, skill.slug)] if f[5] != BOILERPLATE]
        if not ai_group and only_ai_work_asks(skill, counted):
            continue  # no AI group read (no AI work, or too little): no AI skill (round 9)
        if not asked_enough(skill, plain, mentions[skill.slug], counted):
            continue  # "logs" once or twice, "HIPAA" once: not an ask (asked.py)
        required = any(f[5] != NICE for f in counted)
        asks.append(SkillAsk(skill, required, round(score, 1), _best(counted, EVIDENCE_LIMIT)))
    asks.sort(key=lambda a: (not a.required, a.skill.order, a.skill.slug))
    return tuple(asks)

"""Whether a sentence speaks of the job, or only of the company around it.

A posting's prose often describes the company, its product, its customers and its stack
in the third person ("Keystead is where 14,000 estate agents run their business", "when
an engineer opens a pull request that changes Kubernetes manifests, Stackmint comments").
The skills named there are the product's, not the job's. A sentence speaks of the job
when it is a bullet (duties and requirements are listed), sits under a heading that
says so (requirements, nice to have), or addresses the candidate or the role ("you",
"your", "the role", "we're looking for", "experience with"). Skills found in any other
body sentence count at PROSE_SKILL_FACTOR: a skill named only there, once, is not
listed; named there and asked for elsewhere, it still is.

The patterns have no nested repeats (tests/test_reading_patterns_linear.py) and run once
per sentence on the folded posting.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .sections import BODY, TITLE, Region, heading_kind

PROSE_SKILL_FACTOR = 0.5


def story_factor(skill: bool, other_team: bool) -> float:
    """What a signal in the company's story counts for. Another team's work told there
    ("events flow into a warehouse our data team models with dbt and Airflow") says
    nothing of which group or lane the job is in (issue 21's tenth round); its skills
    keep the story's half, as before, since the labels tick some of them."""
    return 0.0 if other_team and not skill else PROSE_SKILL_FACTOR


# Lower case: it runs on the folded posting.
ADDRESSED = re.compile(
    r"(?<!\w)(?:you|your|you['’](?:ll|re|ve|d)|yourself|candidates?|applicants?|"
    r"(?:this|the)\s+(?:role|position|job|engineer|hire)|in\s+this\s+role|"
    r"(?:we['’]re|we\s+are)\s+(?:looking|hiring|seeking)|looking\s+for|"
    r"(?:we|i)\s+(?:need|want\s+(?:someone|an?\s+engineer))|expect\s+to|help\s+us|"
    r"(?:we|you)\s+(?:write|work\s+in|code\s+in|use|build\s+(?:in|with|on))|"
    # "tech" as a label ("Tech: Python, Go"); "our Editorial Tech team" is another team
    r"stack|tech\s*:|tools?\s*:|priorit(?:y|ies)|"
    r"experience\s+(?:with|in|of|building|running)|familiarity|knowledge\s+of|"
    r"ability\s+to|must|required?|responsib\w+|will\s+(?:own|build|lead|design|work)|"
    r"(?:we['’]ll|we\s+will)\s+(?:ask|expect|want)\s+you|"
    # the candidate addressed in other languages: du, dein, vous, votre, tu, usted
    r"du|dein\w*|ihr|vous|votre|vos|tu|ton|tes|usted|un\s+plus|erfahrung|expérience|"
    r"experiencia)(?!\w)"
)
# What follows "Responsibilities" or "What you'll do" is the job's duties, in prose or not
# ("Design and train ranking models for search."); "About the role", "About the team" and
# "Tech stack" also tell the situation around it.
DUTY_HEADING = re.compile(
    r"(?:(?:key|main|core|primary|your|role|job|position)\s+)?(?:responsibilit\w+|duties)|"
    r"what\s+you(?:['’]ll|\s+will)\s+(?:do|own|build|work\s+on)|"
    r"your\s+(?:work|role|tasks|day)|in\s+this\s+role(?:\s+you\s+will)?|"
    r"day[\s-]to[\s-]day|you(?:['’]ll|\s+will)"
)
# A sentence of a few words ("Python and Go.", "Python on AWS.") is a list item written
# as prose: what the job uses, not a description of the company.
FRAGMENT_WORDS = 6
# Starts only where a run of blanks starts: a scan of a long blank run stays linear.
_BULLET_START = re.compile(r"(?<![ \t])[ \t]*(?:[-*•·–—>]|\d{1,2}[.)])")


def prose_sentences(folded: str, found: list[Region]) -> frozenset[int]:
    """Indices of the body regions that neither address the job nor sit in a list."""
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", folded)]
    out = set()
    addressed_line = -1  # the line (paragraph) whose sentences follow an address
    duties = False  # under a heading that names the job's duties
    title_words = {
        w
        for r in found
        if r.kind == TITLE
        for w in re.findall(r"[a-z]{4,}", folded[r.start : r.end])
        if w not in GENERIC_TITLE_WORDS
    }
    for index, region in enumerate(found):
        heading = folded[region.start : region.end].strip(" \t\n#*>:-")
        if heading_kind(heading) is not None:
            duties = DUTY_HEADING.fullmatch(heading) is not None
            continue
        if region.kind != BODY or duties:
            continue
        line = bisect_right(line_starts, region.start) - 1
        if line == addressed_line or _BULLET_START.match(folded, line_starts[line]):
            continue
        if ADDRESSED.search(folded, region.start, region.end):
            # "You'll work on everything. The GitHub app, in Python.": the rest of the
            # paragraph goes on speaking of the job
            addressed_line = line
            continue
        if folded.count(" ", region.start, region.end) < FRAGMENT_WORDS:
            continue
        if _names_the_jobs_team(folded, region, title_words):
            continue
        out.add(index)
    return frozenset(out)


# "The platform team runs model serving for every product team", in a posting titled
# "Platform Engineer": a team named by a word of the job's own title is the team the job
# joins, and what it does is the job's work, told in the third person.
TEAM = re.compile(r"(?<!\w)(?:the|our)\s+([a-z]+)\s+(?:([a-z]+)\s+)?(?:team|squad|group)(?!\w)")
GENERIC_TITLE_WORDS = frozenset(
    {
        "senior",
        "staff",
        "lead",
        "principal",
        "engineer",
        "engineering",
        "software",
        "developer",
        "manager",
        "head",
        "remote",
        "hybrid",
        "full",
        "time",
        "junior",
        "intern",
        "with",
    }
)


def _names_the_jobs_team(folded: str, region: Region, title_words: set[str]) -> bool:
    for match in TEAM.finditer(folded, region.start, region.end):
        if match.group(1) in title_words or match.group(2) in title_words:
            return True
    return False

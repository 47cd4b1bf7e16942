"""Words a job shares with AI work when they speak of its people, its trade or its team
(issue 21's tenth round): spans word_sense.other_senses blanks, so they neither make a
sentence one about AI nor count for a group, a lane or a skill.

- Training people is teaching: "train new technicians", "training of junior
  statisticians", "completed training as a mechanic", "paid further training". A model
  is trained on data; people are trained in a workflow, or hold a trade's training.
- "Generative design" is a CAD method (a tool proposes shapes within constraints), not
  generative AI.
- "We are starting a small product team ..., and you'll be its first engineer": the first
  engineer of a new team at a company that has engineers, not a founding engineer (as
  word_sense.FIRST_IN_A_FUNCTION reads "the first engineer in a small X team").
- "Support the applied AI teams who ...": the name of a team the job serves tells that
  team's work, not the job's.

Every pattern runs on RE2 (linear time) over the folded posting (lower case).
"""

from __future__ import annotations

from ..patterns import linear

# The people a job trains (optionally "new", "junior"...), straight after the verb or
# after "training of/for".
_PEOPLE = (
    r"(?:(?:new|junior|our|the|other|fellow|more)\s+){0,2}"
    r"(?:technicians|staff|colleagues|apprentices|volunteers|operators|juniors|trainees|"
    r"team\s+members|new\s+hires|nurses|clinicians|statisticians|advisers|advisors|"
    r"caseworkers|drivers|mechanics|designers|buyers|users|people)"
)
TRAINING_PEOPLE = linear(
    rf"(?:^|[^a-z])(train|trains|training|trained)\s+(?:of\s+|for\s+)?{_PEOPLE}(?:$|[^a-z])"
)
# A trade's qualification and the staff development a benefit offers.
TRADE_TRAINING = linear(
    r"(?:^|[^a-z])(?:completed|vocational|further|in-house|on-the-job|paid|ongoing|"
    r"professional|formal|apprenticeship)\s+(training)(?:$|[^a-z])|"
    r"(?:^|[^a-z])(training)\s+as\s+(?:an?\s+)?[a-z]"
)
GENERATIVE_DESIGN = linear(r"(?:^|[^a-z])(generative)\s+design(?:$|[^a-z])")
# A team named first in the sentence, then "its/their first engineer". A founding or
# engineering team is the company's own, and "a small team" or "a three-person team" is
# the company told by its size: their first engineer founds it. (Agents are left out of
# the people trained: "train agents with reinforcement learning" is AI work.)
TEAM_FIRST = linear(
    r"(?:^|[^a-z])([a-z-]+)\s+(?:team|squad|group|function|department)(?:$|[^a-z])"
    r"[^.;\n]{0,120}?(?:^|[^a-z])(?:its|their)\s+(first\s+(?:[a-z-]+\s+)?(?:engineer|hire))"
)
# The teams a job serves are named, not joined: "support the applied AI teams who build
# on your data" names their work, not this job's.
SERVED_TEAM = linear(
    r"(?:^|[^a-z])(?:support|supports|supporting|serve|serves|serving|enable|enables|"
    r"enabling|unblock|unblocks)\s+(?:the|our|other|every|each)\s+([a-z-]+(?:\s+[a-z-]+)?)"
    r"\s+(?:teams?|squads?|groups?)(?:$|[^a-z])"
)
_COMPANY_TEAMS = frozenset(
    {"founding", "engineering", "tech", "technical", "core", "small", "tiny", "little", "lean"}
)


def staff_senses(folded: str) -> list[tuple[int, int]]:
    """Spans of the words above in the folded posting."""
    spans = [m.span(1) for m in TRAINING_PEOPLE.finditer(folded)]
    for match in TRADE_TRAINING.finditer(folded):
        group = 1 if match.group(1) is not None else 2
        spans.append(match.span(group))
    spans += [m.span(1) for m in GENERATIVE_DESIGN.finditer(folded)]
    spans += [m.span(1) for m in SERVED_TEAM.finditer(folded)]
    spans += [
        m.span(2)
        for m in TEAM_FIRST.finditer(folded)
        if m.group(1) not in _COMPANY_TEAMS and not m.group(1).endswith(("-person", "-strong"))
    ]
    return spans

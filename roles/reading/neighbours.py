"""Neighbouring skills of the checklist that the same words can point to.

The checklist has pairs of skills where one is a kind of work and the other its
machinery or its heavier form; the same words can point to either, and which one they
name depends on the posting:

- A gate: evals (measuring a model's or assistant's outputs) and eval pipelines (the
  automation that runs them in CI and gates releases). A posting that says only that
  checks run at a gate ("run those checks before every release", "block a merge that
  regresses") tells that evals are run, which every AI role that ships does; whether the
  job builds the machinery depends on its lane. Groups whose work is that machinery (an
  AI platform, reliability and evals) build the gate; in others (applied, founding,
  research, leadership of applied work) the gate words point to the evals they run, and
  the pipeline skill needs words of its own ("eval pipeline", "evals in CI").

- Labels: human-in-the-loop data loops (people reviewing a model's outputs, their
  corrections fed back) and data quality. A posting that builds models (group A) labels
  its training data ("annotations from our labelling vendor", "tutors labelling the
  recordings"): the labels' quality is the data's, and only words of review or
  correction ("review queue", "corrections flow back") name the loop there. Elsewhere
  labels are what reviewers give a live system's outputs.

A heavier form named once ("HIPAA" once for compliance-heavy governance) was tried the
same way in round 7 and left out: the labels split evenly between the two skills.
"""

from __future__ import annotations

from ..patterns import linear
from .catalog import SKILL

LABEL_WORDS = linear(r"\b(?:label|annotat)")  # on the found text, in lower case

# (the skill, the neighbour its words may point to, the signal rows that say only that,
# the words that say only that (None: any), the groups whose job the skill is)
NEIGHBOURS = (
    ("eval-pipelines", "evals", frozenset({"without passing"}), None, frozenset("CD")),
    (
        "hitl-data-loops",
        "data-quality",
        frozenset({"human-in-the-loop", "human oversight", "labelling guidelines"}),
        LABEL_WORDS,
        frozenset("BCDE"),
    ),
)


def point_to_the_work(totals, evidence, plain, mentions, group: str) -> None:
    """Moves a skill's evidence to its neighbour's (NEIGHBOURS), in place, where its words
    point there. `group`: the posting's top group's letter; `totals` and `evidence` are
    keyed (kind, slug), `plain` and `mentions` (the job's own places) by slug."""
    for skill, neighbour, rows, words, builders in NEIGHBOURS:
        found = evidence.get((SKILL, skill))
        if group in builders or not found:
            continue
        if any(f[4] not in rows or (words and not words.search(f[3].lower())) for f in found):
            continue
        totals[(SKILL, neighbour)] += totals.pop((SKILL, skill), 0.0)
        evidence[(SKILL, neighbour)].extend(evidence.pop((SKILL, skill)))
        if skill in plain:
            plain.discard(skill)
            plain.add(neighbour)
        mentions[neighbour] |= mentions.pop(skill, set())

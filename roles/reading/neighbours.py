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

A heavier form named once ("HIPAA" once for compliance-heavy governance) was tried the
same way in round 7 and left out: the labels split evenly between the two skills.
"""

from __future__ import annotations

from .catalog import SKILL

# (the machinery's skill, the skill its gate words point to, the signal rows that only
# say the work is run at a gate, the groups whose job is the machinery)
NEIGHBOURS = (("eval-pipelines", "evals", frozenset({"without passing"}), frozenset("CD")),)


def point_to_the_work(totals, evidence, plain, mentions, group: str) -> None:
    """Moves a skill's evidence to its neighbour's (NEIGHBOURS), in place, where its words
    point there. `group`: the posting's top group's letter; `totals` and `evidence` are
    keyed (kind, slug), `plain` and `mentions` (the job's own places) by slug."""
    for skill, neighbour, gate_rows, builders in NEIGHBOURS:
        found = evidence.get((SKILL, skill))
        if group in builders or not found or any(f[4] not in gate_rows for f in found):
            continue
        totals[(SKILL, neighbour)] += totals.pop((SKILL, skill), 0.0)
        evidence[(SKILL, neighbour)].extend(evidence.pop((SKILL, skill)))
        if skill in plain:
            plain.discard(skill)
            plain.add(neighbour)
        mentions[neighbour] |= mentions.pop(skill, set())

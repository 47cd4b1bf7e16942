"""Which artifact leads every text: a score the page shows, or the person's pin.

The score is deliberately simple so a person can check it by eye:
- 2 when its result has a number (a reader looks for one in the first lines);
- 1 when it names AI work (a model, an agent, RAG, evals…);
- 1 for each of the lane's signals it names (the posting reader's catalog), at most 2.
Ties keep the person's own order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .facts import Artifact, Person, read_person

AI_WORDS = re.compile(
    r"\b(?:AI|LLMs?|agents?|agentic|RAG|models?|evals?|evaluation|prompts?|judge|"
    r"embeddings?|vectors?|GPT|classifier|chatbot|bot|copilot|assistant|inference|vLLM|"
    r"GPUs?|summari[sz]\w*|ML|NLP|OCR|speech|semantic|retrieval|red-team|guardrails?)\b",
    re.IGNORECASE,
)
NUMBER_POINTS, AI_POINTS, MAX_SIGNAL_POINTS = 2, 1, 2


@dataclass
class ScoredArtifact:
    artifact: Artifact
    score: int
    reasons: list[str] = field(default_factory=list)
    pinned: bool = False

    @property
    def name(self) -> str:
        return self.artifact.name


def artifact_text(artifact: Artifact) -> str:
    return " ".join((artifact.name, artifact.what, artifact.result, artifact.scale))


def score(
    artifact: Artifact, signals: Callable[[str], int] | None, lane_name: str
) -> ScoredArtifact:
    points, reasons = 0, []
    if artifact.has_number:
        points += NUMBER_POINTS
        reasons.append(f"a number in its result (+{NUMBER_POINTS})")
    if AI_WORDS.search(artifact_text(artifact)):
        points += AI_POINTS
        reasons.append(f"names AI work (+{AI_POINTS})")
    if signals is not None:
        fit = min(MAX_SIGNAL_POINTS, signals(artifact_text(artifact)))
        if fit:
            points += fit
            lane = f" of {lane_name}" if lane_name else ""
            reasons.append(f"{fit} signal{'s' if fit > 1 else ''}{lane} (+{fit})")
    return ScoredArtifact(artifact, points, reasons)


def pinned_name(answers: Mapping) -> str:
    return str(((answers.get("messaging") or {}).get("lead")) or "")


def rank_artifacts(
    answers: Mapping,
    *,
    signals: Callable[[str], int] | None = None,
    lane_name: str = "",
    lead: str | int | None = None,
    person: Person | None = None,
) -> list[ScoredArtifact]:
    """The artifacts best first: `lead` (a name as typed or an index) first when given,
    else the person's pin, else by score (ties in the person's order). `person`: the
    answers already read (read_person), so they are read once."""
    artifacts = (person or read_person(answers)).artifacts
    scored = [score(a, signals, lane_name) for a in artifacts]
    ranked = sorted(scored, key=lambda s: -s.score)
    chosen = lead if lead not in (None, "") else pinned_name(answers)
    for item in scored:
        if chosen == item.name or (isinstance(chosen, int) and chosen == item.artifact.index):
            item.pinned = True
            ranked.remove(item)
            ranked.insert(0, item)
            break
    return ranked

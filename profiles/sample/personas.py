"""The persona set: many people's answers, to judge generated copy on (issue 20).

Each file in tests/data/personas/ is one person, in the answers shape of
profiles/answers.py: `{"id", "name", "about", "answers"}`. Files under `holdout/` are the
held-out part: written before the generator was changed for them and never tuned on;
`make eval-copy` reports them apart. Ids are the file names and stay stable: other
evaluations (the copy lint, tailoring) refer to people by id.

    from profiles.sample.personas import load_personas

    for person in load_personas(holdout=False):  # the tuning set
        texts = current_texts(person.answers)
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path

PERSONAS_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "personas"
HOLDOUT_DIR = PERSONAS_DIR / "holdout"


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    about: str
    holdout: bool
    raw_answers: dict

    @property
    def answers(self) -> dict:
        """A deep copy, safe to change."""
        return copy.deepcopy(self.raw_answers)

    @property
    def lane(self) -> str:
        return self.raw_answers.get("lane") or ""


def _read(path: Path, *, holdout: bool) -> Persona:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("id") != path.stem:
        raise ValueError(f"{path}: id {data.get('id')!r} is not the file name")
    return Persona(
        id=data["id"],
        name=data["name"],
        about=data.get("about", ""),
        holdout=holdout,
        raw_answers=data["answers"],
    )


def load_personas(*, holdout: bool | None = None) -> list[Persona]:
    """Every persona (holdout=None), or only the tuning (False) or held-out (True) ones,
    sorted by id within each part, tuning first."""
    parts = []
    if holdout in (None, False):
        parts += [_read(p, holdout=False) for p in sorted(PERSONAS_DIR.glob("*.json"))]
    if holdout in (None, True):
        parts += [_read(p, holdout=True) for p in sorted(HOLDOUT_DIR.glob("*.json"))]
    return parts


def persona(persona_id: str) -> Persona:
    """One persona by id, from either part."""
    for item in load_personas():
        if item.id == persona_id:
            return item
    raise KeyError(persona_id)

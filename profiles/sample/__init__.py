"""Pivot's sample profile: one realistic person with every step answered.

The data is profile.json beside this file (the answers shape of profiles/answers.py), so
it is read and reviewed like copy, not code. It feeds `make sample`, the copy quality test
(tests/test_copy_quality.py) and the worked example.

    from profiles.sample import load_sample_answers, sample_name

    answers = load_sample_answers(lane="founding")  # a fresh copy, safe to change
    Profile.objects.create(owner=user, name=sample_name(), answers=answers, lane=...)

Slugs in the file are the guide's seeded ones; a slug staff later delete in admin is
ignored by every reader, like any saved answer.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path

SAMPLE_FILE = Path(__file__).with_name("profile.json")


@cache
def _sample() -> dict:
    return json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))


def sample_name() -> str:
    """The sample's profile name, e.g. for a copy made from it."""
    return _sample()["name"]


def load_sample_answers(lane: str | None = None) -> dict:
    """A deep copy of the sample's answers; `lane` (a RoleArchetype slug) replaces its lane."""
    answers = copy.deepcopy(_sample()["answers"])
    if lane is not None:
        answers["lane"] = lane
    return answers

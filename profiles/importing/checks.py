"""Reading an uploaded export and deciding whether it can be imported. Writes nothing.

In order, each failing with a message that names what is wrong: size, UTF-8 text, JSON,
shape limits (nesting, array and object sizes, string lengths, and no NUL or lone
surrogate, which PostgreSQL cannot store: checked before the schema so a hostile file
costs little), schema version, the JSON Schema in docs/export-schema.json, the lane and
skill slugs this Pivot knows, and last each step's own form (profiles/steps/validation.py),
the same rules as typing the answers in. Unknown lane and skill slugs are not an error:
they are listed, and the rest imports only if the person confirms.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from functools import cache

from jsonschema import Draft202012Validator

from roles.models import RoleArchetype, Skill

from ..answers import credibility_items, credibility_list, skill_ratings, skills_list
from ..exports.files import JSON_SCHEMA_VERSION
from ..steps.validation import InvalidAnswers, check_answers, schema, where

MAX_BYTES = 1_000_000
MAX_DEPTH = 12
MAX_ITEMS = 1_000  # entries in any one array or object
MAX_STRING = 20_000  # characters in any one string (LinkedIn's longest text is 2,600)
MAX_ERRORS_SHOWN = 5
UPGRADABLE = {1}  # older schema versions read by converting (see upgrade)


class ImportProblem(Exception):
    """The file cannot be imported; the message says why, for the person to read."""


@dataclass
class Checked:
    document: dict
    unknown_lane: str | None = None
    lane_id: int | None = None
    unknown_skills: list[str] = field(default_factory=list)

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.unknown_lane or self.unknown_skills)

    @property
    def answers(self) -> dict:
        return self.document["answers"]

    @property
    def name(self) -> str:
        return self.document["profile"]["name"].strip()


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def _where(path) -> str:
    path = list(path)
    if len(path) > 1 and path[0] == "answers":
        return where(path[1:])  # "Gaps step → mcp": the step the person knows
    parts = [f"item {p + 1}" if isinstance(p, int) else str(p) for p in path]
    return " → ".join(parts) or "the top level"


def parse(raw: bytes) -> object:
    if len(raw) > MAX_BYTES:
        raise ImportProblem(
            f"The file is {len(raw) / 1_000_000:.1f} MB: a Pivot export is at most 1 MB."
        )
    if not raw.strip():
        raise ImportProblem("The file is empty.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            f"The file is not UTF-8 text (byte {exc.start + 1}): choose the .json file "
            "Pivot downloaded."
        ) from exc
    try:
        return json.loads(text, parse_constant=_not_a_number, parse_float=_finite)
    except RecursionError as exc:
        raise ImportProblem(f"The file is nested more than {MAX_DEPTH} levels deep.") from exc
    except json.JSONDecodeError as exc:
        raise ImportProblem(not_json(exc)) from exc
    except ValueError as exc:  # an integer of more digits than Python converts (4,300)
        raise ImportProblem(
            "The file holds a number of thousands of digits, more than Pivot reads."
        ) from exc


def _not_a_number(name: str):
    # JSON has no NaN or Infinity; Python's reader accepts them unless told not to.
    raise ImportProblem(f"The file holds {name}, which is not a number JSON allows.")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ImportProblem(f"The number {text[:40]} is too large.")
    return number


def _storable(text: str, where: str) -> None:
    """PostgreSQL refuses a NUL character and text that is not valid UTF-8 (a lone
    surrogate such as \\ud800, which JSON can spell): refused here, not as a 500."""
    if "\x00" in text:
        raise ImportProblem(f"The text at {where} holds a NUL character (\\u0000).")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ImportProblem(
            f"The text at {where} holds a lone surrogate (\\u{ord(text[exc.start]):04x}), "
            "which is not a character."
        ) from exc


def check_limits(document: object) -> None:
    """Walk the parsed file without recursion; refuse the first oversized part."""
    stack = [(document, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise ImportProblem(
                f"The file is nested more than {MAX_DEPTH} levels deep (at {_where(path)})."
            )
        if isinstance(value, dict | list) and len(value) > MAX_ITEMS:
            kind = "list" if isinstance(value, list) else "object"
            raise ImportProblem(
                f"The {kind} at {_where(path)} has {len(value):,} entries: "
                f"at most {MAX_ITEMS:,} are allowed."
            )
        if isinstance(value, str) and len(value) > MAX_STRING:
            raise ImportProblem(
                f"The text at {_where(path)} is {len(value):,} characters: "
                f"at most {MAX_STRING:,} are allowed."
            )
        if isinstance(value, str):
            _storable(value, _where(path))
        if isinstance(value, dict):
            for key in value:
                _storable(key, f"{_where(path)} (a name)")
            stack.extend((v, (*path, k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(value))


def upgrade(document: dict) -> None:
    """A version 1 file differs only in two answers' shapes (objects keyed by slug where
    version 2 has ordered lists): read them with the answers readers, store them as lists."""
    answers = document.get("answers")
    if isinstance(answers, dict):
        if isinstance(answers.get("credibility"), dict):
            answers["credibility"] = credibility_list(credibility_items(answers))
        if isinstance(answers.get("skills"), dict):
            answers["skills"] = skills_list(skill_ratings(answers).items())
    document["schema_version"] = JSON_SCHEMA_VERSION


def check_schema(document: object) -> None:
    if not isinstance(document, dict) or "schema_version" not in document:
        raise ImportProblem(
            "This is JSON, but not a Pivot export: it has no schema_version. Download the "
            ".json from a profile's LinkedIn page."
        )
    version = document["schema_version"]
    if version in UPGRADABLE:
        upgrade(document)
    elif version != JSON_SCHEMA_VERSION:
        raise ImportProblem(
            f"The file uses schema version {json.dumps(version)}; this Pivot reads schema "
            f"versions 1 to {JSON_SCHEMA_VERSION}."
        )
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        shown = "; ".join(
            f"{_where(e.absolute_path)}: {e.message}" for e in errors[:MAX_ERRORS_SHOWN]
        )
        more = len(errors) - MAX_ERRORS_SHOWN
        extra = f" (and {more} more)" if more > 0 else ""
        raise ImportProblem(f"The file does not match Pivot's export format: {shown}{extra}.")


def check_slugs(document: dict) -> Checked:
    answers = document["answers"]
    checked = Checked(document=document)
    lane = answers.get("lane")
    if lane:
        checked.lane_id = (
            RoleArchetype.objects.filter(slug=lane).values_list("pk", flat=True).first()
        )
        if checked.lane_id is None:
            checked.unknown_lane = lane
    slugs = list(skill_ratings(answers))
    if slugs:
        known = set(Skill.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        checked.unknown_skills = [slug for slug in slugs if slug not in known]
    return checked


def imported_answers(checked: Checked) -> dict:
    """The file's answers; slugs this Pivot does not know are left out (the person
    confirms that before anything is written)."""
    answers = copy.deepcopy(checked.answers)
    if checked.unknown_lane:
        answers["lane"] = None
    if checked.unknown_skills:
        unknown = set(checked.unknown_skills)
        answers["skills"] = skills_list(
            (slug, rating) for slug, rating in skill_ratings(answers).items() if slug not in unknown
        )
    return answers


def check_steps(checked: Checked) -> None:
    try:
        check_answers(imported_answers(checked), lane_id=checked.lane_id)
    except InvalidAnswers as invalid:
        raise ImportProblem(f"The file's answers cannot be imported: {invalid}.") from invalid


def check_upload(raw: bytes) -> Checked:
    document = parse(raw)
    check_limits(document)
    check_schema(document)
    checked = check_slugs(document)
    check_steps(checked)
    return checked


def not_json(exc: json.JSONDecodeError) -> str:
    """What went wrong in words a person can act on; never the parser's own message
    ("Unterminated string starting at")."""
    where = f"line {exc.lineno}, character {exc.colno}"
    if exc.pos >= len(exc.doc.rstrip()) or exc.msg.startswith("Unterminated"):
        return (
            f"The file stops part-way (at {where}): it may have been cut short while "
            "downloading or copying. Download it from Pivot again and choose the new file."
        )
    return (
        f"The file is not a Pivot export: its text is not valid JSON at {where}. "
        "Choose the .json file Pivot downloaded, unchanged."
    )

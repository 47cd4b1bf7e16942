"""One check for answers that do not come from a step's own form: an import, a restored
version. Each step's section is put back into that step's form as if the person had typed
it, and the form judges it with its own fields and limits (lengths, choices, links, the
number of artifact rows) in autosave mode, where nothing is required yet: a step save,
an autosave, an import and a restore are all held to the same rules, and a new field or
limit on a step form applies to all four at once.

Before the forms, the answers must have the shape in docs/export-schema.json, so that
the step's `initial()` can read them (an object where a list of rows belongs, say).
Raises InvalidAnswers, whose problems name the step and the field, for people to read.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.forms import BaseFormSet
from django.utils.datastructures import MultiValueDict
from jsonschema import Draft202012Validator

from ..models import Profile
from .base import STEP_BY_SLUG
from .registry import HANDLERS

SCHEMA_PATH = Path(settings.BASE_DIR) / "docs" / "export-schema.json"
MAX_PROBLEMS_SHOWN = 5


class InvalidAnswers(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        super().__init__(shown + (f" (and {more} more)" if more > 0 else ""))


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def _answers_validator() -> Draft202012Validator:
    whole = schema()
    return Draft202012Validator({**whole["properties"]["answers"], "$defs": whole["$defs"]})


def where(path) -> str:
    """'Background step → artifacts → item 2' for a path inside the answers."""
    parts = [f"item {p + 1}" if isinstance(p, int) else str(p) for p in path]
    if parts and parts[0] in STEP_BY_SLUG:
        parts[0] = f"{STEP_BY_SLUG[parts[0]].title} step"
    return " → ".join(parts) or "the answers"


def check_answers(answers: object, *, lane_id: int | None = None) -> None:
    """Raise InvalidAnswers unless every page can show `answers`. `lane_id`: the lane the
    answers will be shown under (the gaps step's order depends on it)."""
    errors = sorted(_answers_validator().iter_errors(answers), key=lambda e: list(e.path))
    if errors:
        raise InvalidAnswers([f"{where(e.absolute_path)}: {e.message}" for e in errors])
    problems: list[str] = []
    owner = Profile(lane_id=lane_id)  # unsaved: the steps' content depends only on the lane
    for slug, handler in HANDLERS.items():
        if slug in answers:
            problems += _form_problems(handler, answers, owner)
    if problems:
        raise InvalidAnswers(problems)


def _form_problems(handler, answers: dict, owner: Profile) -> list[str]:
    content = handler.load(owner)
    shown = handler.build_form(content, initial=handler.initial(answers, content))
    form = handler.build_draft(content, _as_posted(handler.form_parts(shown)))
    if handler.is_valid(form):
        return _unknown_fields(handler, answers, form, content)
    step = STEP_BY_SLUG[handler.slug].title
    problems = []
    for part in handler.form_parts(form):
        if isinstance(part, BaseFormSet):
            problems += [f"{step} step → {part.prefix} rows: {m}" for m in part.non_form_errors()]
            continue
        row = _row_label(part)
        title = getattr(part, "field_title", lambda bound: bound.label)
        for bound in part:
            problems += [f"{step} step → {row}{title(bound)}: {m}" for m in bound.errors]
        where_ = row.removesuffix(" → ") or "the form"
        problems += [f"{step} step → {where_}: {m}" for m in part.non_field_errors()]
    return problems


def _row_label(form) -> str:
    # A formset's row: its prefix is "<formset prefix>-<index>".
    prefix, _, index = (form.prefix or "").rpartition("-")
    return f"{prefix} {int(index) + 1} → " if prefix and index.isdigit() else ""


def _as_posted(parts) -> MultiValueDict:
    """What the browser would post for these unbound forms: each field's initial value."""
    data = MultiValueDict()
    for part in parts:
        if isinstance(part, BaseFormSet):
            part = part.management_form
        for bound in part:
            value = bound.initial
            if value is None:
                continue
            if isinstance(value, list | tuple):
                data.setlist(bound.html_name, [str(v) for v in value])
            else:
                data[bound.html_name] = str(value)
    data.setdefault("revision", "0")
    return data


def _unknown_fields(handler, answers: dict, form, content: dict) -> list[str]:
    """What the step's form would not store is refused rather than kept unchecked: a key
    of a section made of one form's fields (background) or of its rows, and an entry of
    a list of points (credibility) for a slug this guide does not have. Sections keyed by
    slug (gaps) keep entries for gaps since removed: no page shows them."""
    section = answers.get(handler.slug)
    step = STEP_BY_SLUG[handler.slug].title
    parts = handler.form_parts(form)
    if isinstance(section, list):
        stored = handler.to_section(form, content, answers)
        known = {row.get("slug") for row in stored if isinstance(row, dict)}
        slugs = [row.get("slug") for row in section if isinstance(row, dict)]
        return [
            f"{step} step → {slug}: not a part of this guide" for slug in slugs if slug not in known
        ]
    if not isinstance(section, dict) or not set(section) & set(getattr(parts[0], "fields", ())):
        return []
    stored = handler.to_section(form, content, answers)
    row_fields = {name for p in parts if isinstance(p, BaseFormSet) for name in p.form.base_fields}
    unknown = [name for name in section if name not in stored]
    for name, value in section.items():
        rows = value if isinstance(value, list) else []
        for index, row in enumerate(rows, start=1):
            extra = [key for key in row if key not in row_fields] if isinstance(row, dict) else []
            unknown += [f"{name} → item {index} → {key}" for key in extra]
    return [f"{step} step → {name}: not a field of this step" for name in unknown]

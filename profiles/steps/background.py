"""Step 1: level, years, domains, edge, AI work, and up to five artifact rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.shortcuts import render

from .. import forms as f
from ..answers import artifact_items, split_proves
from ..planner.preview import MAIN_SENTENCES, field_sentences
from .base import Handler, error_items

if TYPE_CHECKING:
    from .views import StepPost


class BackgroundForms:
    """The background form and its artifact rows, validated together.

    It answers like one form where the step view needs it (is_bound, fields, [name]).
    """

    def __init__(self, main: f.BackgroundForm, artifacts: f.forms.BaseFormSet):
        self.main = main
        self.artifacts = artifacts

    def is_valid(self) -> bool:
        main_ok = self.main.is_valid()
        artifacts_ok = self.artifacts.is_valid()
        return main_ok and artifacts_ok

    @property
    def is_bound(self) -> bool:
        return self.main.is_bound

    @property
    def fields(self) -> dict:
        return self.main.fields

    def __getitem__(self, name: str):
        return self.main[name]

    @property
    def cleaned_data(self) -> dict:
        return self.main.cleaned_data

    def parts(self) -> list:
        return [self.main, self.artifacts, *self.artifacts.forms]


def artifact_rows(data) -> list[dict]:
    """The artifact rows as typed, read straight from POST (for add / remove)."""
    try:
        total = int(data.get("artifact-TOTAL_FORMS", 0))
    except (TypeError, ValueError):
        total = 0
    total = max(0, min(total, f.MAX_ARTIFACTS))
    return [
        {k: data.get(f"artifact-{i}-{k}", "") for k in f.ARTIFACT_TEXT_FIELDS} for i in range(total)
    ]


def artifact_row(saved: dict) -> dict:
    """A saved artifact as the form's row; one saved as a single "proves" line before the
    fields were split is read as what it is and its result (answers.split_proves)."""
    row = {k: str(saved.get(k) or "") for k in f.ARTIFACT_TEXT_FIELDS}
    if saved.get("proves") and not (row["what"] or row["result"]):
        row["what"], row["result"], _ = split_proves(saved["proves"])
    return row


def typed_sentences(data) -> dict:
    """The sentences for the background as posted (valid or not)."""
    background = {k: data.get(k, "") for k in BackgroundHandler.fields if k != "domains"}
    background["domains"] = data.getlist("domains") if hasattr(data, "getlist") else []
    background["artifacts"] = artifact_rows(data)
    return field_sentences(background)


class BackgroundHandler(Handler):
    slug = "background"
    related = ()
    fields = ("level", "years", "domains", "domains_other", "edge", "ai_work", "strengths")

    def is_complete(self, answers):
        bg = answers.get("background") or {}
        return bool(
            bg.get("level")
            and bg.get("years") is not None
            and (bg.get("edge") or "").strip()
            and any((a.get("name") or "").strip() for a in bg.get("artifacts") or [])
        )

    def special_post(self, post: StepPost) -> HttpResponse | None:
        """'Add another artifact' / 'Remove': re-render with the rows changed, save nothing.
        'Update the sentences' (action=preview): the sentences for what is typed; with
        htmx only the sentences, swapped in place while the person types."""
        data = post.data
        if data.get("action") == "preview":
            sentences = typed_sentences(data)
            if post.partial:
                return render(
                    post.request, "profiles/_background_sentences.html", {"sentences": sentences}
                )
            return post.render(self.typed(data, artifact_rows(data)), focus="step-heading")
        if "add_artifact" not in data and "remove_artifact" not in data:
            return None
        rows = artifact_rows(data)
        if "add_artifact" in data:
            if len(rows) < f.MAX_ARTIFACTS:
                rows.append(dict.fromkeys(f.ARTIFACT_TEXT_FIELDS, ""))
            focus = f"id_artifact-{len(rows) - 1}-name"
        else:
            try:
                index = int(data["remove_artifact"])
            except ValueError:
                index = -1
            if 0 <= index < len(rows):
                rows.pop(index)
            focus = "artifacts-heading"
        return post.render(self.typed(data, rows), focus=focus)

    def initial(self, answers, content):
        bg = answers.get("background") or {}
        initial = {k: bg.get(k) for k in self.fields if bg.get(k) not in (None, "", [])}
        initial["artifacts"] = [artifact_row(a) for a in bg.get("artifacts") or []]
        return initial

    def build_form(self, content, *, data=None, initial=None):
        if data is not None:
            return BackgroundForms(
                f.BackgroundForm(data), f.ArtifactFormSet(data, prefix="artifact")
            )
        initial = dict(initial or {})
        rows = initial.pop("artifacts", None) or [{}]
        return BackgroundForms(
            f.BackgroundForm(initial=initial), f.ArtifactFormSet(initial=rows, prefix="artifact")
        )

    def form_parts(self, form):
        return form.parts()

    def typed(self, data, rows: list[dict]) -> BackgroundForms:
        """Unbound forms showing exactly what was typed (after adding or removing a row)."""
        initial = {k: data.get(k, "") for k in self.fields if k != "domains"}
        initial["domains"] = data.getlist("domains")
        initial["revision"] = data.get("revision", "")
        initial["artifacts"] = rows
        return self.build_form({}, initial=initial)

    def to_section(self, form, content, answers):
        data = form.main.cleaned_data
        artifacts = [
            {k: (row.get(k) or "").strip() for k in f.ARTIFACT_TEXT_FIELDS}
            for row in (sub.cleaned_data for sub in form.artifacts.forms)
            # A draft may hold a row with its name still to come; keep what was typed.
            if any((row.get(k) or "").strip() for k in f.ARTIFACT_TEXT_FIELDS)
        ]
        return {
            "level": data.get("level") or "",
            "years": data.get("years"),
            "domains": data.get("domains") or [],
            "domains_other": (data.get("domains_other") or "").strip(),
            "edge": (data.get("edge") or "").strip(),
            "ai_work": (data.get("ai_work") or "").strip(),
            "strengths": (data.get("strengths") or "").strip(),
            "artifacts": artifacts,
        }

    def errors(self, form):
        return error_items(form.main, form.artifacts)

    def context(self, form, content, profile, answers):
        artifacts = form.artifacts
        if form.is_bound:
            sentences = typed_sentences(form.main.data)
        else:
            sentences = field_sentences(
                {**form.main.initial, "artifacts": [r.initial for r in artifacts.forms]}
            )
        kept_whole = [
            bool(a.get("kept_whole"))
            for a in (answers.get("background") or {}).get("artifacts") or []
        ]
        return {
            "main_groups": [(form.main[name], sentences.get(name)) for name in self.fields],
            "sentence_fields": MAIN_SENTENCES,
            "artifact_rows": [
                {
                    "fields": [row[name] for name in f.ARTIFACT_TEXT_FIELDS],
                    "sentence": sentences["artifacts"][i]
                    if i < len(sentences["artifacts"])
                    else "",
                    "kept_whole": not form.is_bound and i < len(kept_whole) and kept_whole[i],
                }
                for i, row in enumerate(artifacts)
            ],
            "can_add_artifact": artifacts.total_form_count() < f.MAX_ARTIFACTS,
            "max_artifacts": f.MAX_ARTIFACTS,
            "preview": True,
        }

    def summary(self, answers, content):
        bg = answers.get("background") or {}
        domains = list(bg.get("domains") or [])
        if bg.get("domains_other"):
            domains.append(bg["domains_other"])
        rows = [
            ("Level", bg.get("level") or ""),
            ("Years of experience", "" if bg.get("years") is None else str(bg.get("years"))),
            ("Domains", ", ".join(domains)),
            ("Strongest existing edge", bg.get("edge") or ""),
            ("AI work", bg.get("ai_work") or ""),
            ("Top strengths", bg.get("strengths") or ""),
        ]
        for index, artifact in enumerate(artifact_items(answers), start=1):
            said = (artifact.get("name"), artifact.get("what"), artifact.get("result"))
            text = " — ".join(p for p in (*said, artifact.get("scale")) if p)
            if artifact.get("url"):
                text += f" ({artifact['url']})"
            rows.append((f"AI artifact {index}", text))
        return rows

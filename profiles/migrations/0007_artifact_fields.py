"""An artifact's one line, "what it is and what it proves", becomes fields (issue 20):

    {"name", "what", "result", "scale", "url"}

The line is split into what it is and its result where the boundary is clear (a "; " or
a full stop between two parts, or "that"/"which" before a past verb with a figure: "a
RAG assistant over 1,200 runbooks that cut median time from 38 to 22 minutes").
Otherwise it is kept whole as what it is, and the row is marked `kept_whole`: the
background step tells the person to split off the result themselves. Saving the step
drops the mark.

Working copies only: a saved version keeps its snapshot, and every reader of artifacts
reads the old line too (profiles/answers.py `artifact_items`). Reversible: backwards joins
what it is and its result into one line again. The splitter is copied here, not
imported, so this migration keeps working whatever profiles/answers.py becomes.
"""

import re

from django.db import migrations

_RESULT_VERB = re.compile(
    r"^(?:[a-z]+ed|cut|won|grew|took|made|kept|brought|caught|drove|halved|doubled)\b", re.I
)


def split_proves(proves: str) -> tuple[str, str, bool]:
    text = " ".join(str(proves or "").split())
    for boundary in ("; ", ". "):
        head, sep, tail = text.partition(boundary)
        if sep and head and tail:
            return head, tail, True
    match = re.search(r",? (?:that|which) (?=\S)", text)
    if match:
        head, tail = text[: match.start()], text[match.end() :]
        if _RESULT_VERB.match(tail) and any(c.isdigit() for c in tail):
            return head, tail, True
    return text, "", False


def to_fields(artifact: dict) -> dict:
    if "proves" not in artifact:
        return artifact
    what, result, split = split_proves(artifact.get("proves") or "")
    new = {
        "name": artifact.get("name") or "",
        "what": what,
        "result": result,
        "scale": "",
        "url": artifact.get("url") or "",
    }
    if what and not split:
        new["kept_whole"] = True
    return new


def to_line(artifact: dict) -> dict:
    if "proves" in artifact or "what" not in artifact:
        return artifact
    said = "; ".join(p for p in (artifact.get("what"), artifact.get("result")) if p)
    return {"name": artifact.get("name") or "", "url": artifact.get("url") or "", "proves": said}


def _convert(apps, change) -> None:
    Profile = apps.get_model("profiles", "Profile")
    for profile in Profile.objects.only("pk", "answers").iterator():
        background = (profile.answers or {}).get("background")
        artifacts = background.get("artifacts") if isinstance(background, dict) else None
        if not isinstance(artifacts, list):
            continue
        new = [change(a) if isinstance(a, dict) else a for a in artifacts]
        if new != artifacts:
            background["artifacts"] = new
            Profile.objects.filter(pk=profile.pk).update(answers=profile.answers)


def forwards(apps, schema_editor):
    _convert(apps, to_fields)


def backwards(apps, schema_editor):
    _convert(apps, to_line)


class Migration(migrations.Migration):
    dependencies = [("profiles", "0006_applications")]
    operations = [migrations.RunPython(forwards, backwards)]

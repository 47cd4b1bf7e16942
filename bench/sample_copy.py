"""`make sample`: the sample profile's copy for each of the five lanes, to read.

    .venv/bin/python -m bench.sample_copy

Renders the texts people paste into LinkedIn or say (headline, About, connection note,
intro message, 60-second opener) from profiles/sample/profile.json with the templates and
rules a fresh database is seeded with (a temporary SQLite file: no database server
needed). Each text shows its length against its limit and anything the quality checks
find; exits 1 when a check finds something (tests/test_copy_quality.py asserts the same).
"""

from __future__ import annotations

import sys
import textwrap


def report() -> tuple[str, int]:
    from profiles.sample import load_sample_answers
    from profiles.sample.quality import COPY_KEYS, checked_texts
    from roles.models import RoleArchetype

    lines, problems = [], 0
    for lane in RoleArchetype.objects.all():
        lines += ["", "=" * 78, f"{lane.name}", "=" * 78]
        texts = {t.key: t for t in checked_texts(load_sample_answers(lane=lane.slug))}
        for key in COPY_KEYS:
            item = texts.get(key)
            if item is None:
                continue
            limit = f" of {item.limit:,}" if item.limit else ""
            lines += ["", f"--- {item.name} ({item.count:,} characters{limit}) ---", item.text]
            for problem in item.problems:
                problems += 1
                lines.append(textwrap.indent(f"!! {problem}", "   "))
    lines += ["", f"{problems} problem(s) found."]
    return "\n".join(lines), problems


def main() -> int:
    from .throwaway import seeded_database

    # The seeded templates and rules, never a developer's edited ones.
    with seeded_database("sample"):
        text, problems = report()
        print(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

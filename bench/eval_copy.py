"""`make eval-copy`: every generated text for every persona, to read, and the copy
lint's findings per check, for the tuning set and the held-out set apart.

    .venv/bin/python -m bench.eval_copy [--out var/eval-copy.md]

Writes the texts to one readable Markdown file (var/eval-copy.md unless --out), with each
text's findings under it; prints the counts. Runs on a throwaway SQLite database holding
the seeded guide (no database server). Exits 1 when the tuning set has any finding or the
held-out set has more than one finding per 20 texts (the goals of issue 20).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELD_OUT_RATE = 1 / 20


def run(out: Path) -> int:
    from profiles.sample.copy_eval import judge, per_check
    from profiles.sample.personas import load_personas

    lines = ["# Generated copy for the persona set", ""]
    status = 0
    for holdout, title in ((False, "Tuning set"), (True, "Held-out set")):
        judged = []
        lines += [f"## {title}", ""]
        for person in load_personas(holdout=holdout):
            items = judge(person)
            judged += items
            lines += [f"### {person.id} — {person.lane}", "", f"_{person.about}_", ""]
            for item in items:
                lines += [f"**{item.name}** ({len(item.text):,} characters)", "", "```text"]
                lines += [item.text, "```", ""]
                lines += [f"- ⚠ {check}: {seen}" for check, seen in item.findings]
                if item.findings:
                    lines.append("")
        counts = per_check(judged)
        found = sum(counts.values())
        print(
            f"{title}: {len(judged)} texts, {found} finding(s)"
            f" ({found / max(1, len(judged)) * 20:.2f} per 20 texts)"
        )
        for check, count in counts.items():
            print(f"  {check:32} {count}")
        for item in judged:
            for check, seen in item.findings:
                print(f"    {item.persona.id} / {item.key}: {check}: {seen}")
        if (not holdout and found) or (holdout and found > HELD_OUT_RATE * len(judged)):
            status = 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"Texts written to {out}")
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="var/eval-copy.md", type=Path)
    args = parser.parse_args()
    from .throwaway import seeded_database

    with seeded_database("eval-copy"):
        return run(args.out)


if __name__ == "__main__":
    sys.exit(main())

"""`make eval-tailor`: tailoring on the labelled persona/posting pairs in
tests/data/tailoring/, the tuning and the held-out set reported apart: lead-artifact
accuracy, title accuracy and limit breaches. Seeded content in a throwaway SQLite
database. `--set tuning` or `--set holdout` for one; `--texts` prints every tailored text.
Exits 1 when the tuning set is below 100% (the suite asserts the same)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", dest="which", choices=["tuning", "holdout", "all"], default="all")
    parser.add_argument("--texts", action="store_true", help="print the tailored note and intro")
    args = parser.parse_args(argv)
    from .throwaway import seeded_database

    with seeded_database("tailor"):
        from profiles.tailoring.evaluation import SETS, evaluate, load_pairs, report, tailor_pair
        from roles.reading import load_catalog

        catalog = load_catalog()
        failed = False
        for which in SETS if args.which == "all" else [args.which]:
            pairs = load_pairs(which)
            scores = evaluate(pairs, catalog)
            print(f"== {which} ==\n{report(scores)}\n")
            if which == "tuning":
                failed = scores.lead_accuracy < 1 or scores.title_accuracy < 1 or scores.breaches
            if args.texts:
                for pair in pairs:
                    _, texts = tailor_pair(pair, catalog)
                    for key in ("connection_note", "intro_message"):
                        print(f"--- {pair.id} {key} ({len(texts[key].text)}) ---")
                        print(texts[key].text)
                    print("--- About, first 265 ---\n" + texts["linkedin_about"].text[:265] + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

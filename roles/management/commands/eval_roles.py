"""`make eval-roles`: how well the posting reader reads the labelled postings, batch by
batch (roles/reading/evaluation.py BATCHES says which are held out, and why)."""

from django.core.management.base import BaseCommand

from roles.reading import load_catalog, read_posting
from roles.reading.evaluation import BATCHES, SETS, evaluate, load_postings, report

HELD_OUT = "held-out"


class Command(BaseCommand):
    help = "Score the posting reader against tests/data/postings/ with the database's signals."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--set",
            dest="which",
            choices=[*SETS, HELD_OUT, "all"],
            default="all",
            help="one batch by name; held-out: every held-out batch; all (default): every "
            "batch, each reported apart (held-out figures are never pooled)",
        )
        parser.add_argument("--fp", action="store_true", help="list skills found but not labelled")

    def handle(self, *args, which: str = "all", fp: bool = False, **options) -> None:
        catalog = load_catalog()
        letters = [g.letter for g in catalog.groups]
        if which == "all":
            batches = BATCHES
        elif which == HELD_OUT:
            batches = tuple(b for b in BATCHES if b.held_out)
        else:
            batches = (SETS[which],)
        for batch in batches:
            postings = load_postings(batch)
            self.stdout.write(f"== {batch.name} ({batch.status}: {batch.why}) ==")
            self.stdout.write(report(evaluate(catalog, postings), letters) + "\n")
            if fp:
                for posting in postings:
                    flags = read_posting(posting.text, catalog).skill_flags
                    extra = sorted(set(flags) - posting.skills)
                    missing = sorted(posting.skills - set(flags))
                    if extra or missing:
                        self.stdout.write(f"{posting.name}: +{extra} -{missing}")
                self.stdout.write("")

"""`make eval-roles`: how well the posting reader reads the labelled postings."""

from django.core.management.base import BaseCommand

from roles.reading import load_catalog, read_posting
from roles.reading.evaluation import SETS, evaluate, load_postings, report


class Command(BaseCommand):
    help = "Score the posting reader against tests/data/postings/ with the database's signals."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--set",
            dest="which",
            choices=[*SETS, "all"],
            default="all",
            help="tuning: the postings the signals were tuned on; holdout: the blind set; "
            "all (default): each reported separately",
        )
        parser.add_argument("--fp", action="store_true", help="list skills found but not labelled")

    def handle(self, *args, which: str = "all", fp: bool = False, **options) -> None:
        catalog = load_catalog()
        letters = [g.letter for g in catalog.groups]
        for name in SETS if which == "all" else [which]:
            postings = load_postings(SETS[name])
            self.stdout.write(f"== {name} set ({SETS[name].name}/) ==")
            self.stdout.write(report(evaluate(catalog, postings), letters) + "\n")
            if fp:
                for posting in postings:
                    flags = read_posting(posting.text, catalog).skill_flags
                    extra = sorted(set(flags) - posting.skills)
                    missing = sorted(posting.skills - set(flags))
                    if extra or missing:
                        self.stdout.write(f"{posting.name}: +{extra} -{missing}")
                self.stdout.write("")

"""`make eval-roles`: how well the posting reader reads the labelled postings."""

from django.core.management.base import BaseCommand

from roles.reading import load_catalog, read_posting
from roles.reading.evaluation import evaluate, load_postings, report


class Command(BaseCommand):
    help = "Score the posting reader against tests/data/postings/ with the database's signals."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--fp", action="store_true", help="list skills found but not labelled")

    def handle(self, *args, fp: bool = False, **options) -> None:
        catalog = load_catalog()
        postings = load_postings()
        scores = evaluate(catalog, postings)
        self.stdout.write(report(scores, [g.letter for g in catalog.groups]))
        if fp:
            for posting in postings:
                flags = read_posting(posting.text, catalog).skill_flags
                extra = sorted(set(flags) - posting.skills)
                missing = sorted(posting.skills - set(flags))
                if extra or missing:
                    self.stdout.write(f"{posting.name}: +{extra} -{missing}")

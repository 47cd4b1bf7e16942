"""The reader against the labelled postings, with the signals seeded in the database."""

import pytest

from roles.reading import load_catalog
from roles.reading.evaluation import evaluate, load_postings, report

pytestmark = pytest.mark.django_db


def test_the_labelled_set_is_big_enough_and_varied():
    postings = load_postings()
    assert len(postings) >= 40
    assert {p.group for p in postings} == set("ABCDE")
    assert any(p.language != "en" for p in postings)


def test_accuracy_on_the_labelled_postings():
    catalog = load_catalog()
    scores = evaluate(catalog, load_postings())
    summary = report(scores, [g.letter for g in catalog.groups])
    assert scores.group_accuracy >= 0.90, summary
    assert scores.top2_accuracy >= 0.90, summary
    assert scores.precision >= 0.79, summary
    assert scores.recall >= 0.95, summary

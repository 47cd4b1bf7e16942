"""The reader against the blind held-out postings (tests/data/postings/holdout/).

The signals were never tuned on these, so they show how the reader does on postings it
has not seen. Floors sit below the figures measured after the 0017 tuning (group 95%,
archetype top-2 100%, skill recall 81%, precision 76%; docs/posting-reader-accuracy.md)
by about two postings' worth, so a regression shows without one odd reading failing it.
"""

import pytest

from roles.reading import load_catalog
from roles.reading.evaluation import NO_GROUP, SETS, evaluate, load_postings, report

pytestmark = pytest.mark.django_db


def test_the_held_out_set_is_separate_and_covers_every_kind_of_posting():
    held_out = load_postings(SETS["holdout"])
    tuning = {p.name for p in load_postings(SETS["tuning"])}
    assert len(held_out) >= 20
    assert not tuning & {p.name for p in held_out}
    assert {p.group for p in held_out} == {*"ABCDE", NO_GROUP}
    assert any(p.language != "en" for p in held_out)


def test_accuracy_on_the_held_out_postings():
    catalog = load_catalog()
    scores = evaluate(catalog, load_postings(SETS["holdout"]))
    summary = report(scores, [g.letter for g in catalog.groups])
    assert scores.group_accuracy >= 0.85, summary
    assert scores.top2_accuracy >= 0.85, summary
    assert scores.recall >= 0.75, summary
    assert scores.precision >= 0.65, summary
    assert scores.language_right == scores.total, summary

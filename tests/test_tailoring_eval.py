"""Tailoring on the labelled persona/posting pairs (tests/data/tailoring/, `make
eval-tailor`): the tuning set at 100%, the held-out set kept apart and never pooled."""

import pytest

from profiles.sample.personas import persona
from profiles.tailoring.evaluation import evaluate, load_pairs, report
from roles.reading import load_catalog

pytestmark = pytest.mark.django_db


def test_the_sets_are_apart_and_every_pair_is_labelled():
    tuning, held_out = load_pairs("tuning"), load_pairs("holdout")
    assert len(tuning) + len(held_out) >= 20 and len(held_out) >= 8
    assert not {p.id for p in tuning} & {p.id for p in held_out}
    for pair in tuning + held_out:
        names = [a["name"] for a in persona(pair.persona).answers["background"]["artifacts"]]
        assert pair.lead in names, pair.id
        assert pair.title and pair.posting, pair.id


def test_tailoring_is_right_on_every_tuning_pair():
    scores = evaluate(load_pairs("tuning"), load_catalog())
    summary = report(scores)
    assert scores.lead_accuracy == 1.0, summary
    assert scores.title_accuracy == 1.0, summary
    assert scores.breaches == 0, summary

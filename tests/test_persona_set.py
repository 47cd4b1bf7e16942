"""The persona set covers the people issue 20 names, and the held-out part is kept apart."""

from collections import Counter

from profiles.forms import LEVEL_CHOICES
from profiles.sample.personas import load_personas, persona

LANES = {"applied-ai", "lead-ai", "ai-platform", "reliability-evals", "founding"}
ARTIFACT_KEYS = {"name", "what", "result", "scale", "url"}
CREDIBILITY_SLUGS = {
    "product-engineering-depth",
    "cloud-production-depth",
    "domain-reality",
    "ai-proof",
    "translation",
}


def test_there_are_at_least_thirty_people_and_ten_held_out():
    assert len(load_personas()) >= 30
    assert len(load_personas(holdout=True)) >= 10
    assert {p.id for p in load_personas(holdout=True)}.isdisjoint(
        p.id for p in load_personas(holdout=False)
    )


def test_ids_are_unique_and_found_by_id():
    ids = [p.id for p in load_personas()]
    assert len(ids) == len(set(ids))
    assert persona(ids[-1]).holdout


def test_both_parts_cover_every_lane():
    for holdout in (False, True):
        assert {p.lane for p in load_personas(holdout=holdout)} == LANES


def test_levels_years_and_artifact_counts_span_the_range():
    people = load_personas()
    levels = {p.raw_answers["background"]["level"] for p in people}
    assert levels == {value for value, _ in LEVEL_CHOICES}
    years = [p.raw_answers["background"]["years"] for p in people]
    assert min(years) <= 3 and max(years) >= 20
    counts = Counter(len(p.raw_answers["background"]["artifacts"]) for p in people)
    assert counts[1] >= 3 and counts[5] >= 2


def test_every_artifact_has_the_step_fields_and_a_name():
    for p in load_personas():
        for artifact in p.raw_answers["background"]["artifacts"]:
            assert set(artifact) == ARTIFACT_KEYS, p.id
            assert artifact["name"].strip() and artifact["what"].strip(), p.id


def test_credibility_answers_name_the_guides_points():
    for p in load_personas():
        slugs = [item["slug"] for item in p.raw_answers["credibility"]]
        assert set(slugs) <= CREDIBILITY_SLUGS and len(slugs) == len(set(slugs)), p.id


def test_some_people_write_the_hard_cases():
    """Lower case, no link, no number, a private note: the writers the issue names."""
    people = load_personas()

    def typed(p):
        return str(p.raw_answers)

    assert (
        sum(not any(a["url"] for a in p.raw_answers["background"]["artifacts"]) for p in people)
        >= 8
    )
    assert sum("can't share" in typed(p) or "NDA" in typed(p) for p in people) >= 3
    results = [
        " ".join(a["result"] for a in p.raw_answers["background"]["artifacts"]) for p in people
    ]
    assert sum(not any(c.isdigit() for c in text) for text in results) >= 4
    assert sum(any(ord(c) > 127 for c in p.name) for p in people) >= 4

"""The reader against each batch of postings written after the seed set
(tests/data/postings/batches/), one batch at a time: a held-out batch's figures are
never pooled with another's (docs/posting-reader-accuracy.md says why)."""

import pytest

from roles.reading import load_catalog
from roles.reading.evaluation import (
    BATCHES,
    NO_GROUP,
    evaluate,
    held_out_batches,
    load_postings,
    report,
)

pytestmark = pytest.mark.django_db

# Each batch alone is held to its floors below. A held-out batch's are about one posting's
# margin under its own measured figures (docs/posting-reader-accuracy.md); a tuning
# batch's follow the reader as tuned on it (issue 21's second, third and fourth rounds:
# roles 0023, 0024, ai_context.py, addressed.py), also about one posting under, so a
# change that loses what the tuning won is caught.
FLOORS = {
    # Round 5 (roles 0025, ai_context.py, word_sense.py) raised ho01-ho20's precision to
    # 87.7% (recall 92.0%); round 6 (the job's own words): precision 88.2%, recall 91.4%.
    "ho01-ho20": {"group": 0.90, "top2": 0.93, "precision": 0.85, "recall": 0.88},
    # Round 10: group 100% (ho27, a data engineer serving "the applied AI teams", reads C).
    "ho21-ho30": {"group": 0.90, "top2": 0.87, "precision": 0.80, "recall": 0.74},
    # Round 6: precision 93.6%, recall 92.1%; round 8 (asked.py): precision 95.1%.
    "ho31-ho48": {"group": 0.94, "top2": 0.93, "precision": 0.91, "recall": 0.87},
    # Measured once after the second round (group 80%, top-2 88%), then tuned on in the
    # third (group 95%, top-2 100%, precision 84.8%, recall 78.5%); after the fifth:
    # precision 88.0%, recall 76.7%; after the seventh: precision 89.2%, recall 76.1%.
    "ho49-ho68": {"group": 0.90, "top2": 0.94, "precision": 0.86, "recall": 0.73},
    # Measured once after the third round (group 90%, top-1 94%, top-2 100%, precision
    # 72.1%, recall 72.6%), then tuned on in the fourth (group 100%, top-2 100%,
    # precision 78.7%, recall 72.0%: addressed.py, word_sense.py, faint skills); after
    # the fifth: precision 81.4%, recall 72.0%; after the sixth: top-1 100%, precision
    # 84.2%, recall 71.3%; after the seventh: precision 85.4%; after the eighth: 87.3%;
    # after the ninth: precision 89.1%, recall 70.1%.
    "ho69-ho88": {"group": 0.95, "top2": 0.94, "precision": 0.86, "recall": 0.68},
    # Measured once before the fourth round (group 90%, top-2 100%, precision 77.8%,
    # recall 84.4%) and once after it (group 95%, top-2 100%, precision 82.8%, recall
    # 84.4%); its misses (ho100, a non-AI SRE read as C; security alerts) drove the
    # fifth round, after which: group 100%, top-2 100%, precision 83.9%, recall 84.4%;
    # after the sixth: precision 85.0%; after the seventh: precision 86.1%; after the
    # ninth: precision 87.7%, recall 83.1%.
    "ho89-ho108": {"group": 0.95, "top2": 0.94, "precision": 0.85, "recall": 0.81},
    # Written for the fifth round: tempting non-AI roles (billing at an LLM company,
    # detection engineering, RevOps, video streaming, a contact centre, pricing, payments
    # data) and words of another sense. After it: group 100%, top-2 100%, precision
    # 88.2%, recall 84.9% (nine postings, so one is 11% of group); after the sixth:
    # precision 90.0%; after the seventh: 93.8%.
    "t-extra": {"group": 0.88, "top2": 0.66, "precision": 0.88, "recall": 0.80},
    # Measured once before the fifth round (group 60%, top-2 84.6%, precision 70.9%,
    # recall 71.3%) and once after it (group 60%, top-2 84.6%, precision 72.5%, recall
    # 70.8%), short of issue 21's goals (docs/posting-reader-accuracy.md); its misses
    # (five non-AI roles given a group, ho124's lane, ho127's group) drove the sixth
    # round, after which: group 95% (ho122, in Spanish, is read as designed: not at all),
    # top-1 92.3%, top-2 92.3%, precision 75.8%, recall 71.3%. Tuning data from then on;
    # after the seventh: precision 77.5%, recall 72.5%; after the eighth: 78.8%, 71.9%.
    "ho109-ho128": {"group": 0.90, "top2": 0.84, "precision": 0.74, "recall": 0.69},
    # Measured once before the sixth round (group 70%, top-2 92.9%, precision 76.7%,
    # recall 75.0%) and once after it (group 80%, top-1 92.9%, top-2 92.9%, precision
    # 79.3%, recall 75.0%); its misses (three non-AI roles given a group, ho144 read as
    # founding) drove the seventh round, after which: group 95% (ho144, a D role, reads
    # C), top-1 92.9%, top-2 100%, precision 82.6%, recall 75.0%. Tuning data from then on;
    # after the eighth: precision 86.9%, recall 75.5%.
    "ho129-ho148": {"group": 0.90, "top2": 0.92, "precision": 0.84, "recall": 0.73},
    # Written before the seventh round (776e4c5) and read once before it (group 90%, top-2
    # 100%, precision 78.1%, recall 78.1%) and once after it (group 90%, top-2 100%,
    # precision 79.0%, recall 78.1%); its false skills drove the eighth round, after which:
    # group 90%, top-2 100%, precision 81.7%, recall 78.1%. Tuning data from then on;
    # after the ninth: group 95% (ho166, DevOps at an AI startup, reads no group),
    # precision 85.0%, recall 77.6%; after the tenth: group 100% (ho152, "Name (pre-seed,
    # backed by ...) is hiring a Founding AI Engineer.", reads E).
    "ho149-ho168": {"group": 0.95, "top2": 0.93, "precision": 0.82, "recall": 0.75},
    # Written before the eighth round (05b3a89) and read once before it (group 95%, top-2
    # 100%, precision 81.6%, recall 83.7%) and once after it (group 95%, top-2 100%,
    # precision 81.5%, recall 82.7%); its false skills drove the ninth round, after which:
    # group 100% (ho170, a Salesforce developer, reads no group), top-2 100%, precision
    # 84.7%, recall 82.2%. Tuning data from then on.
    "ho169-ho188": {"group": 0.95, "top2": 0.93, "precision": 0.82, "recall": 0.80},
    # Written before the ninth round (003d14e) and read once before it (group 85%, top-1
    # 92.3%, top-2 92.3%, precision 85.4%, recall 76.4%) and once after it (group 85%,
    # top-2 92.3%, precision 86.2%, recall 76.4%); its group and role-line misses drive
    # the tenth round, after which: group 100% (ho196, ho205, ho207), top-1 and top-2
    # 100%, precision 87.5%, recall 76.4%. Tuning data from then on.
    "ho189-ho208": {"group": 0.95, "top2": 0.93, "precision": 0.86, "recall": 0.75},
    # Held out: written before the tenth round (b0044f0) and read once before it (group
    # 95%, top-1 100%, top-2 100%, precision 86.5%, recall 90.4%) and once after it (the
    # same figures). Counts only: its misses are not read.
    "ho209-ho228": {"group": 0.90, "top2": 0.93, "precision": 0.85, "recall": 0.85},
}


# A round turns its held-out batch into tuning data; until the next fresh batch is
# written there may be none, and the held-out test below then collects nothing.
def test_every_posting_is_in_exactly_one_batch():
    names = [p.name for b in BATCHES for p in load_postings(b)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("batch", held_out_batches(), ids=lambda b: b.name)
def test_a_held_out_batch_is_big_and_varied_enough(batch):
    postings = load_postings(batch)
    assert len(postings) >= 15
    assert {p.group for p in postings} >= {*"BCDE", NO_GROUP}
    assert sum(bool(p.title) for p in postings) == len(postings)


@pytest.mark.parametrize("batch", [b for b in BATCHES if b.name != "seed"], ids=lambda b: b.name)
def test_accuracy_on_each_batch_alone(batch):
    catalog = load_catalog()
    scores = evaluate(catalog, load_postings(batch))
    summary = report(scores, [g.letter for g in catalog.groups])
    floors = FLOORS[batch.name]
    assert scores.group_accuracy >= floors["group"], summary
    assert scores.top2_accuracy >= floors["top2"], summary
    assert scores.precision >= floors["precision"], summary
    assert scores.recall >= floors["recall"], summary
    assert scores.language_right == scores.total, summary

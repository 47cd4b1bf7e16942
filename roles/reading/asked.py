"""Whether the job asks for a skill its words name: evidence too weak or too far from the
job to list (issue 21's eighth round, on the false skills of every tuning batch).

- A sentence that puts work outside the job ("our route models are owned by the
  Operations Research team and are not part of this role", "model serving belongs to the
  Inference and ML teams") names skills the candidate is not asked for. negation.py's
  others_work catches another team doing something to "your" work; these sentences say
  the work is not the job's at all, whoever does it.
- "Tests" of an assistant's answers, of test conversations, of an LLM's outputs are how
  its quality is measured (evals, which the labels list), not software testing.
- A card payment's chargeback (a disputed payment) is no cost of the job's systems.
- A job without AI work is asked no skill of AI work, nor latency from speed wished for
  without a measure ("make it fast"): every product wants that.
- A skill found only by faint words (weight 2: "tests", "analysis", "logs") is asked for
  where the job's own sentences say it often, or its title does.
- Round 9: security, networking and regulatory compliance named in one place are the
  setting the job works in ("under HIPAA", "Azure (networking, identity)"), not an ask.

Each rule removed false skills in two or more tuning batches and cost at most one
labelled skill in any (docs/posting-reader-accuracy.md, Round 8).

Every pattern here runs on RE2 (linear time) over the folded posting.
"""

from __future__ import annotations

from bisect import bisect_right

from ..patterns import linear
from .negation import others_work
from .sections import TITLE, Region

# Lower case: the folded posting. The team's name may take a few words ("the Inference
# and ML teams"), never a sentence's end.
OUT_OF_SCOPE = linear(
    r"\b(?:owned\s+by|handled\s+by|belongs?\s+to\s+(?:the|our)\s+[^.;:\n]{0,60}?\bteams?|"
    r"not\s+(?:a\s+)?part\s+of\s+(?:this|the|your)\s+(?:role|job|position)|"
    r"out\s+of\s+scope|outside\s+(?:the\s+)?scope\s+of|teams?\s+(?:do|does|own|owns)\s+that)\b"
)


def not_the_jobs(folded: str, found: list[Region], starts: list[int]):
    """A test of whether a skill found at start..end is work the job is not asked to do:
    another team's step on the candidate's work (negation.py), or a sentence that puts
    the work outside the job."""
    theirs = others_work(folded, starts)
    outside = [r.start for r in found if OUT_OF_SCOPE.search(folded[r.start : r.end]) is not None]
    if not outside:
        return theirs
    places = frozenset(outside)

    def not_asked(start: int, end: int) -> bool:
        index = bisect_right(starts, start) - 1
        in_outside = index >= 0 and starts[index] in places and start < found[index].end
        return in_outside or theirs(start, end)

    return not_asked


TESTS = linear(r"^(?:tests?|testing|test\s+\w+)$")
# What an evaluation measures: an assistant's or a model's outputs said as such.
AI_OUTPUTS = linear(
    r"\b(?:assistant['’]?s?|chatbot['’]?s?|llms?|llm-based|conversations?|answers|replies|"
    r"outputs|adversarial|prompt\s+injection)\b"
)


def _said_of(word, about, folded: str, start: int, end: int, sentence: Region | None) -> bool:
    """Whether the words at start..end are `word` in a sentence that says `about`."""
    if sentence is None or word.match(folded[start:end]) is None:
        return False
    return about.search(folded[sentence.start : sentence.end]) is not None


def tests_ai_outputs(folded: str, start: int, end: int, sentence: Region | None) -> bool:
    """Whether "tests" found at start..end stand in a sentence about an AI's outputs."""
    return _said_of(TESTS, AI_OUTPUTS, folded, start, end, sentence)


# A chargeback is a cost charged back to the team that spent it (FinOps), or a card
# payment disputed by its holder: the second where its sentence is about payments.
CHARGEBACK = linear(r"^charge[\s-]?backs?$")
PAYMENTS = linear(
    r"\b(?:disputes?|disputed|fraud|cards?|cardholders?|merchants?|payments?|issuers?|"
    r"acquirers?|3-?d\s+secure|refunds?)\b"
)


def disputed_payment(folded: str, start: int, end: int, sentence: Region | None) -> bool:
    """Whether "chargeback(s)" found at start..end is a disputed payment."""
    return _said_of(CHARGEBACK, PAYMENTS, folded, start, end, sentence)


# The checklist's domains that are AI work itself (models, prompts, RAG, agents, evals)
# or its operations (deploying, monitoring and versioning models and prompts): only an AI
# role asks for them. A web service's "deploys" and "monitoring" are software work.
AI_WORK_DOMAINS = frozenset({"Core AI / ML", "LLM app engineering", "MLOps / LLMOps"})
# Speed with a measure: a number and its unit ("under 200 ms", "within two seconds"), a
# percentile, or latency named. Every product wants to be fast ("make it fast", "within
# seconds"); in a job without AI work only a measured target asks for the latency skill.
MEASURED = linear(
    r"\b(?:\d+|one|two|three|four|five|ten|hundred)\s*(?:ms|milliseconds?|seconds?|s)\b|"
    r"\bp(?:50|9\d)\b|laten|first[\s-]token|tokens?\s+per\s+second"
)


def only_ai_work_asks(skill, counted: list[tuple]) -> bool:
    """Whether only an AI role asks for this skill as the job's words give it: a skill of
    AI work (AI_WORK_DOMAINS), or speed wished for without a measure. `counted`: the
    skill's found tuples outside boilerplate, (-points, start, end, text, ...) each."""
    if skill.domain in AI_WORK_DOMAINS:
        return True
    return skill.slug == "latency" and not any(MEASURED.search(f[3].lower()) for f in counted)


FAINT_MIN_MENTIONS = 4  # places in the job's own sentences
FAINT_MIN_WITH_TITLE = 3  # ...when one of them is the title


def faintly_asked(mentions: set[int], counted: list[tuple]) -> bool:
    """Whether a skill found by faint signals alone is asked for: said in the job's own
    sentences FAINT_MIN_MENTIONS times, or one fewer with one in its title. `counted`:
    the skill's found tuples outside boilerplate, (-points, start, end, text, phrase,
    region) each."""
    titled = any(f[5] == TITLE for f in counted)
    return len(mentions) >= (FAINT_MIN_WITH_TITLE if titled else FAINT_MIN_MENTIONS)


# The setting a job works in: a regulated, secured, networked environment. Named in one
# place ("deep Azure experience (networking, identity, AKS)", "health data under HIPAA",
# "authentication and quotas" in a list of what a gateway does) it tells where the work
# happens; the job asks for the skill where its own sentences come back to it. Named once,
# these three were labelled 10 times in the batches after the seed and not 20 (round 9).
SETTING_SKILLS = frozenset({"compliance-heavy-governance", "networking", "security"})
SETTING_MIN_PLACES = 2


def asked_enough(skill, plain: set[str], mentions: set[int], counted: list[tuple]) -> bool:
    """Whether the job's words ask for the skill: found by a plain signal (a faint one
    needs several mentions: faintly_asked), and a skill of the job's setting
    (SETTING_SKILLS) in SETTING_MIN_PLACES places of the job's own sentences. `mentions`:
    the skill's places there; `counted`: its found tuples outside boilerplate."""
    if skill.slug not in plain:
        return faintly_asked(mentions, counted)
    return skill.slug not in SETTING_SKILLS or len(mentions) >= SETTING_MIN_PLACES

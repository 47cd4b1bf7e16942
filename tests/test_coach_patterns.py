"""Regex rules written in admin cannot stall a worker (roles/patterns.py).

A content editor's `(a+)+b` took seconds on a 30-character text under Python's
backtracking engine. Patterns now run on RE2 (linear time) when it can run them; one
that needs lookaround runs on Python's engine only when no repeat can backtrack
exponentially, and admin refuses the rest saying why.
"""

import pytest

from profiles.coach.engine import check_texts
from roles.models import MessagingRule
from roles.patterns import PatternError, compile_pattern
from tests.test_rules_admin import ADD_URL, admin_client, form_data  # noqa: F401

pytestmark = pytest.mark.django_db

CATASTROPHIC = "(a+)+b"
# 24 characters kept Python's engine busy for seconds (2^24 ways to split them).
STALLING_TEXT = "a" * 24 + "!"


def _engine(compiled) -> str:
    return type(compiled).__module__.split(".")[0]


def test_a_pattern_re2_can_run_runs_on_re2():
    assert _engine(compile_pattern(CATASTROPHIC, regex=True)) == "re2"
    assert _engine(compile_pattern(r"\bshipped\b", regex=True)) == "re2"


def test_a_catastrophic_rule_checks_a_stalling_text_at_once(admin_client):  # noqa: F811
    response = admin_client.post(
        ADD_URL, form_data(match_as="regex", pattern=CATASTROPHIC, slug="avoid-as")
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    # Under Python's engine this call alone took seconds; on RE2 it is linear.
    findings = check_texts({"pitch": STALLING_TEXT}, lane_slug=None)["pitch"]
    assert "avoid-as" not in [f.rule_slug for f in findings]
    found = check_texts({"pitch": "aaab"}, lane_slug=None)["pitch"]
    assert "avoid-as" in [f.rule_slug for f in found]


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        (r"(?<!x)(a+)+b", "a part inside a repeat can match what a repetition starts with"),
        (r"(?<!x)(\w+\s?)*$", "a part inside a repeat can match what a repetition starts with"),
        (r"(?<!x)(a|aa)*b", "a part inside a repeat can match"),
        (r"(?<!x)(?:b|a|ab)*", "alternatives inside a repeat start alike"),
        (r"(?<!x)(a?)*b", "a repeated part can match nothing"),
        (r"(a)\1", "Backreferences"),
    ],
)
def test_admin_refuses_a_pattern_that_could_stall_and_says_why(
    admin_client,  # noqa: F811
    pattern,
    says,
):
    response = admin_client.post(ADD_URL, form_data(match_as="regex", pattern=pattern))
    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors["pattern"]
    assert says in error
    assert "(a+)+" in error or "Backreferences" in error  # shows what to avoid
    assert not MessagingRule.objects.filter(slug="avoid-passionate").exists()


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\w)(?:(?:about|the)\s+)*LangGraph",  # each repetition starts with a word
        r"(?<!\w)(?:\w+\s+){0,4}?shipped",  # bounded
        r"\bI(?:'m|\s+am)\s+new\b(?!-)",
    ],
)
def test_lookaround_patterns_that_cannot_stall_are_accepted(pattern):
    assert compile_pattern(pattern, regex=True) is not None


def test_every_seeded_rule_still_compiles():
    rules = list(MessagingRule.objects.exclude(pattern=""))
    # The guide's five messaging rules and four snippets to avoid, at least.
    assert len(rules) >= 4
    for rule in rules:
        assert rule.regex() is not None, rule.slug  # PatternError if refused


def test_a_stored_rule_that_could_stall_is_skipped_not_run(alice):
    # A row saved before this check (or by a data migration) must not stall a page.
    MessagingRule.objects.create(
        kind="avoid", slug="old-bad", text="x", match_as="regex", pattern=r"(?<!x)(a+)+b"
    )
    findings = check_texts({"pitch": STALLING_TEXT}, lane_slug=None)["pitch"]
    assert "old-bad" not in [f.rule_slug for f in findings]
    with pytest.raises(PatternError):
        MessagingRule.objects.get(slug="old-bad").regex()


def test_a_pattern_is_analysed_and_compiled_once_per_process():
    # The coach checks every text against every rule on each page: the backtracking
    # analysis (a full parse) must not run again each time. Measured in `make bench`.
    from roles.patterns import compile_pattern

    first = compile_pattern(r"(?<!not )ship(ped)?\b", regex=True)
    assert compile_pattern(r"(?<!not )ship(ped)?\b", regex=True) is first

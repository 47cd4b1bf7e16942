"""The coach checks a text against every pattern rule in one pass (profiles/coach/
prefilter.py): an RE2 set finds which rules can match, and only those are confirmed. Proved
by structure, never by timing: the rules visited on a text do not grow with the number of
rules that cannot match it, and the findings are exactly those of visiting every rule."""

import pytest

from bench.eval_coach import LINT_HOLDOUT, LINT_TUNING, load_phrases
from profiles.coach import engine, prefilter
from profiles.coach.copy_lint import check_copy
from profiles.coach.prefilter import Prefilter, regex_for_set
from roles.models import MessagingRule

pytestmark = pytest.mark.django_db

CLEAN = "Shipped a retrieval service used by 40 support agents; cut handling time by 30%."


def visits(monkeypatch) -> list:
    """The rules _check_one is asked to check, in order."""
    seen: list = []
    check_one = engine._check_one

    def counting(rule, *args, **kwargs):
        seen.append(rule.slug)
        return check_one(rule, *args, **kwargs)

    monkeypatch.setattr(engine, "_check_one", counting)
    return seen


def never_matching(count: int) -> list[MessagingRule]:
    return [
        MessagingRule(
            kind=MessagingRule.AVOID,
            slug=f"unused-{n}",
            text=f"Unused {n}",
            pattern=f"zq{n}xv wording",
            match_as=MessagingRule.PHRASE if n % 2 else MessagingRule.REGEX,
        )
        for n in range(count)
    ]


def test_rules_that_cannot_match_are_never_visited(monkeypatch):
    rules = engine.active_rules()
    seen = visits(monkeypatch)
    engine.check_texts({"pitch": CLEAN}, lane_slug=None, rules=list(rules))
    with_the_guides = list(seen)
    seen.clear()
    engine.check_texts({"pitch": CLEAN}, lane_slug=None, rules=[*rules, *never_matching(300)])
    assert seen == with_the_guides  # 300 more rules, not one more visit
    always = Prefilter(rules).always
    assert len(with_the_guides) <= len(always) < len(rules)


def test_findings_are_those_of_checking_every_rule(monkeypatch):
    """Over the coach's evaluation phrases: the set never drops a rule that finds something."""
    phrases = load_phrases()
    rules = engine.active_rules()

    # The guide's own rules, as the pages pass them: their prefilter is built once.
    def findings() -> list:
        return [
            engine.check_texts({p.key: p.text}, lane_slug=p.lane, rules=rules)[p.key]
            for p in phrases
        ]

    one_pass = findings()
    # Every rule visited, each searching its own pattern.
    monkeypatch.setattr(Prefilter, "scan", lambda self, text: (list(self.rules), {}))
    assert one_pass == findings()
    assert any(one_pass)


@pytest.mark.parametrize(
    "text",
    [
        "Passionate\u00a0about payments",  # a no-break space between the words
        "PASSİONATE about payments",  # Python folds İ to i; RE2 alone would not
        "I’m passionate about it",
    ],
)
def test_unicode_spaces_and_case_do_not_hide_a_phrase(text):
    rule = MessagingRule(
        kind=MessagingRule.AVOID, slug="passion", text="Passion", pattern="passionate about"
    )
    assert Prefilter([rule]).candidates(text) == [rule]
    assert Prefilter([rule]).candidates("Shipped it") == []


def test_checks_that_need_no_match_are_visited_on_every_text():
    needs = MessagingRule(
        kind=MessagingRule.REQUIREMENT,
        slug="needs",
        text="A figure",
        pattern=r"\d",
        match_as=MessagingRule.REGEX,
        check_type=MessagingRule.NEEDS_NUMBER,
    )
    lookaround = MessagingRule(
        kind=MessagingRule.AVOID,
        slug="look",
        text="Look",
        pattern=r"(?<!not )good",
        match_as=MessagingRule.REGEX,
    )
    prefilter = Prefilter([needs, lookaround])
    assert prefilter.candidates("nothing here") == [needs]  # the lookaround one: in the set
    assert prefilter.candidates("a good one") == [needs, lookaround]


def test_a_gated_rule_is_told_whether_its_pattern_occurs_and_searches_no_more(monkeypatch):
    """A check that only asks whether its pattern occurs (a number it needs) takes the set's
    answer when RE2 runs the pattern: the same answer as its own search, and no search."""
    fields = {
        "kind": MessagingRule.REQUIREMENT,
        "text": "A figure",
        "match_as": MessagingRule.REGEX,
        "check_type": MessagingRule.NEEDS_NUMBER,
        "order": 9000,
    }
    needs = MessagingRule.objects.create(slug="needs", pattern=r"\d|%|\bdozens?\b", **fields)
    # A lookbehind: Python's engine runs it, so the rule searches for itself.
    looking = MessagingRule.objects.create(slug="looking", pattern=r"(?<!x)\d", **fields)
    prefilter = Prefilter([needs, looking])
    assert prefilter._gated == {0}
    for text, occurs in (("Cut costs by 30%", True), ("DOZENS of teams", True), ("None", False)):
        rules, known = prefilter.scan(text)
        assert rules == [needs, looking]
        assert known == {id(needs): occurs}
        assert bool(needs.regex().search(text)) is occurs
    searched = []
    monkeypatch.setattr(MessagingRule, "regex", lambda rule: _Searching(rule, searched))
    found = engine._check_text(*prefilter.scan("None"), "pitch", "None", None, (), None)
    assert [f.rule_slug for f in found] == ["needs", "looking"]
    assert searched == ["looking"]


class _Searching:
    """A rule's compiled pattern that notes each search."""

    def __init__(self, rule, searched):
        self.rule, self.searched = rule, searched

    def search(self, text):
        self.searched.append(self.rule.slug)
        return MessagingRule.compile_pattern(self.rule.pattern, regex=True).search(text)


def test_copy_lint_findings_are_those_of_checking_every_rule(monkeypatch):
    """The planner's lint (copy_lint.check_copy) over the lint's evaluation texts."""
    phrases = load_phrases(LINT_TUNING) + load_phrases(LINT_HOLDOUT)
    one_pass = [check_copy(p.text, kind=p.key) for p in phrases]
    monkeypatch.setattr(Prefilter, "scan", lambda self, text: (list(self.rules), {}))
    assert one_pass == [check_copy(p.text, kind=p.key) for p in phrases]
    assert any(one_pass)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!teams\s)\bsynerg\w+", "Driving synergies across teams"),
        (r"\bcafé\w*", "We met at the CAFÉS downtown"),  # Unicode letters, case-folded
        (r"evals?(?=\s+harness)", "the evals\u00a0harness"),  # a no-break space is \s
        (r"[\w-]+ only", "naïve-ish only"),
    ],
)
def test_python_engine_patterns_are_in_the_set_and_still_found(pattern, text):
    """A pattern needing lookaround still runs on Python's engine; the set, given it
    rewritten, must find every text Python finds."""
    rule = MessagingRule(
        kind=MessagingRule.AVOID, slug="r", text="R", pattern=pattern, match_as="regex"
    )
    prefilter = Prefilter([rule])
    assert prefilter.always == []
    assert rule.regex().search(text)
    assert prefilter.candidates(text) == [rule]


def test_a_pattern_that_cannot_be_rewritten_is_visited_on_every_text():
    assert regex_for_set(r"(\w+) \1") is None  # a backreference
    rule = MessagingRule(
        kind=MessagingRule.AVOID, slug="r", text="R", pattern=r"(?<=a)\Zb", match_as="regex"
    )
    assert Prefilter([rule]).always == [0]


def test_a_lookbehind_opening_the_match_and_a_lookahead_closing_it_still_narrow():
    """What they look at is text the set can ask for: a rule that is mostly lookarounds is
    not visited on every text, and is still visited on every text it finds something in."""
    rule = MessagingRule(
        kind=MessagingRule.AVOID,
        slug="lower-after-stop",
        text="Lower case after a full stop",
        pattern=r"(?-i:(?<=[^\W_][.!?] )(?<!\betc\. )[a-z][a-z]+\b|(?<![\w.])i(?=['’]m\b|$))",
        match_as=MessagingRule.REGEX,
    )
    prefilter = Prefilter([rule])
    assert prefilter.always == []
    assert prefilter.candidates("Shipped it. Then Measured It") == []
    for text in ("Shipped it. then measured it", "Shipped, and i'm proud", "said i\n"):
        assert rule.regex().search(text), text
        assert prefilter.candidates(text) == [rule], text


def test_only_a_lookbehind_at_the_very_start_is_kept():
    # Inside the match, a lookbehind looks at text the match already took: dropped.
    assert regex_for_set(r"x(?:(?<=x)y|z)") == "x(?:y|z)"
    assert regex_for_set(r"(?<=a)b|c(?=d)") == "(?:a)b|c(?:d)"


def test_rule_lists_that_match_alike_share_their_compiled_sets():
    """A fresh load of the same rules (another request after an unrelated edit, another
    test) compiles nothing again; a changed pattern does, and the store stays small."""
    rules = list(engine.active_rules())
    first = Prefilter(rules)
    again = Prefilter([MessagingRule.objects.get(pk=r.pk) for r in rules])
    assert again._phrases is first._phrases and again.always is first.always
    assert again.rules[0] is not first.rules[0]  # candidates are the list it was given
    edited = MessagingRule.objects.get(pk=rules[0].pk)
    edited.pattern = "zq-never-written wording"
    changed = Prefilter([edited, *rules[1:]])
    assert changed._phrases is not first._phrases
    for n in range(20):
        Prefilter(never_matching(n + 1))
    assert len(prefilter._BUILT) <= prefilter._BUILT_MAX

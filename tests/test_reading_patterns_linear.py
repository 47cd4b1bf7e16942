"""Patterns that run on text a person sends cannot stall a worker (issue 23, finding 1).

`A` * 20,000 posted to /roles/read/ held a worker for gunicorn's 30 s: the company
patterns in posting_facts.py backtracked under Python's engine, quadratic in the length.
The bound is proved by structure, never by timing: every pattern of posting_facts.py,
found by walking the module (so patterns added later are covered too), is an RE2
pattern, whose matching time is linear in the text; and the module does not import
Python's engine at all. Then each pattern is fed the worst inputs of the audit.
"""

from __future__ import annotations

import ast
import inspect
import re

import pytest
import re2

from roles.reading import posting_facts
from roles.reading.sections import regions

from .patterns_support import (
    WORST_INPUTS,
    app_modules,
    inline_patterns,
    nested_repeat,
    patterns_in,
)


def test_every_pattern_of_posting_facts_runs_on_re2():
    found = patterns_in(posting_facts)
    assert len(found) >= 8  # the company patterns at least: the walk finds them
    backtracking = [name for name, pattern in found if not isinstance(pattern, re2._Regexp)]
    assert backtracking == [], f"on Python's engine: {backtracking}"


def test_posting_facts_does_not_use_pythons_engine_directly():
    """A `re.search(...)` written inline would escape the walk above."""
    tree = ast.parse(inspect.getsource(posting_facts))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "re" not in imported and "regex" not in imported


@pytest.mark.parametrize("label", sorted(WORST_INPUTS))
def test_each_pattern_reads_the_worst_inputs(label):
    text = WORST_INPUTS[label]
    assert len(text) == 20_000
    for name, pattern in patterns_in(posting_facts):
        assert isinstance(pattern, re2._Regexp), name  # linear before it runs, not after
        for match in pattern.finditer(text):
            assert match.end() <= len(text)
    title, company = posting_facts.suggested(text, regions(text))
    assert len(title) <= posting_facts.TITLE_MAX and len(company) <= posting_facts.COMPANY_MAX


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Company: Zürich Labs", "Zürich Labs"),
        ("Company:\u00a0Acme Corp\n", "Acme Corp"),
        ("About Café Noir:\nWe roast.", "Café Noir"),
        ("About the role:\nYou build.\nCome and join Brightdesk today.", "Brightdesk"),
        ("Why you'll love it\nAbout us\nLawbase is hiring engineers.", "Lawbase"),
        ("Senior AI Engineer at Nüvo", "Nüvo"),
        ("Acme, the leading AI platform for insurers.", "Acme"),
    ],
)
def test_the_company_is_still_read_with_unicode_names_and_spaces(text, company):
    """RE2's \\w and \\s are ASCII: the patterns spell out Unicode letters and spaces."""
    assert posting_facts.suggested_company(text) == company


def test_the_walk_finds_patterns_nested_in_lists_and_dicts():
    class Module:
        A = re.compile("a")
        B = [(re2.compile("b"), 1)]
        C = {"c": (re.compile("c"),)}

    assert {name for name, _ in patterns_in(Module)} == {"A", "B", "C"}


@pytest.mark.django_db
@pytest.mark.parametrize("label", ["A run", "x then newlines", "A' run"])
def test_the_audits_posts_to_the_reader_with_a_profile_get_an_answer(alice_client, alice, label):
    """The reproduction: 20,000 characters and one's own profile chosen, which runs the
    company patterns (profiles/tailoring/reader.py)."""
    from .tailoring_data import make_profile

    profile = make_profile(alice)
    response = alice_client.post(
        "/roles/read/", {"text": WORST_INPUTS[label], "profile": str(profile.pk)}
    )
    assert response.status_code == 200
    assert 'name="company"' in response.content.decode()


# Beyond the reader: every pattern the apps keep, or write inline, that runs on Python's
# engine has no repeat inside a repeat that could give characters back.


def test_the_nesting_check_tells_the_shapes_apart():
    assert nested_repeat(r"(a+)+b") and nested_repeat(r"(?:\s+\w+){0,3}")
    assert nested_repeat(r"\w+(?:['-]\w+)*")
    assert not nested_repeat(r"\w++(?:['-]\w++)*+")  # possessive: nothing given back
    assert not nested_repeat(r"(?:\s+\w+)?x") and not nested_repeat(r"[^\n]*\n?")


def test_no_pattern_of_the_apps_nests_a_backtracking_repeat():
    offenders, seen = [], 0
    for module in app_modules():
        for name, pattern in patterns_in(module):
            seen += 1
            if isinstance(pattern, re.Pattern) and nested_repeat(pattern.pattern, pattern.flags):
                offenders.append(f"{module.__name__}.{name}: {pattern.pattern[:60]}")
        for where, pattern in inline_patterns(module):
            seen += 1
            if nested_repeat(pattern):
                offenders.append(f"{module.__name__} {where}: {pattern[:60]}")
    assert seen > 40  # the walk finds the reader's, the coach's, the exports' patterns
    assert offenders == []


@pytest.mark.parametrize("label", sorted(WORST_INPUTS))
def test_every_pattern_of_the_apps_reads_the_worst_inputs(label):
    text = WORST_INPUTS[label]
    for module in app_modules():
        for _name, pattern in patterns_in(module):
            for match in pattern.finditer(text):
                assert match.end() <= len(text)

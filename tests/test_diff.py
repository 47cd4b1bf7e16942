"""Word-level diff (profiles/diff.py): exact output on known pairs, escaping, field by field."""

import pytest

from profiles.versions.diff import diff_html, diff_snapshots, tokenize, word_ops
from profiles.versions.snapshot import build_snapshot
from tests.version_data import answers, make_profile

ADDED = '<ins><span class="visually-hidden">added: </span>'
REMOVED = '<del><span class="visually-hidden">removed: </span>'


def test_tokens_join_back_to_the_exact_text():
    text = "Senior engineer,  9+ years\n\tacross don't x-y"
    assert "".join(tokenize(text)) == text
    assert tokenize("don't stop") == ["don't", " ", "stop"]


def test_changed_words_are_marked_and_the_rest_kept():
    assert word_ops(
        "Senior engineer with 9+ years across backend",
        "Staff engineer with 12+ years across backend and cloud",
    ) == [
        ("delete", "Senior"),
        ("insert", "Staff"),
        ("equal", " engineer with "),
        ("delete", "9"),
        ("insert", "12"),
        ("equal", "+ years across backend"),
        ("insert", " and cloud"),
    ]


def test_headline_diff_gives_exact_html():
    old = "Production AI Engineer · Agentic Systems + Reliability · Evals, Incident Response"
    new = "Production AI Engineer · Agentic Systems + Reliability · Evals, Platform Reliability"
    assert diff_html(old, new) == (
        "Production AI Engineer · Agentic Systems + Reliability · Evals, "
        f"{REMOVED}Incident Response</del>{ADDED}Platform Reliability</ins>"
    )


def test_a_lone_matching_space_does_not_split_a_replacement():
    assert diff_html("a b c", "x y z") == f"{REMOVED}a b c</del>{ADDED}x y z</ins>"


def test_insertion_and_deletion_only():
    assert diff_html("", "new text") == f"{ADDED}new text</ins>"
    assert diff_html("old text", "") == f"{REMOVED}old text</del>"
    assert diff_html("same words", "same words") == "same words"


def test_user_text_is_escaped_everywhere():
    html = diff_html('<script>alert("x")</script> & you', "<b>bold</b> & me")
    assert "<script>" not in html and "<b>" not in html
    assert html.startswith("&lt;")
    assert f"&amp; {REMOVED}you</del>{ADDED}me</ins>" in html


@pytest.mark.django_db
def test_snapshots_compare_field_by_field(alice):
    before = build_snapshot(make_profile(alice))
    data = answers()
    data["background"]["strengths"] = "Evals, Platform Reliability"
    data["background"]["years"] = 12  # the headline says the years
    data["background"]["artifacts"].append(
        {"name": "Eval harness", "url": "https://example.com/h", "what": "regression evals"}
    )
    data["skills"] = [{"slug": "rag", "rating": "strong"}, {"slug": "python", "rating": "strong"}]
    after = build_snapshot(make_profile(alice, data=data))

    sections = {s.key: s for s in diff_snapshots(before, after)}
    fields = {f.key: f for s in sections.values() for f in s.fields}

    assert fields["background.strengths"].status == "changed"
    assert fields["background.level"].status == "unchanged"
    assert fields["artifact.2.name"].status == "added"
    assert fields["skill.evals"].status == "removed"
    assert fields["skill.rag"].html == f"{REMOVED}Working</del>{ADDED}Strong</ins>"
    assert fields["text.linkedin_headline"].html.endswith(
        f"{REMOVED}9</del>{ADDED}12</ins> years in payments and backend"
    )
    assert [f.key for f in sections["skills"].fields] == [
        # The checklist's order (LLM app engineering comes before Software engineering).
        "skill.rag",
        "skill.evals",
        "skill.python",
    ]
    assert sections["lane"].changed_fields == []
    assert "text.primary_line" in {f.key for f in sections["messaging"].unchanged_fields}

"""Slot fillers in plain English: lists, articles, the level's case, the artifact phrase."""

import pytest

from profiles.rendering import placeholder_values, render_body
from profiles.rendering.english import (
    article_for,
    artifact_phrase,
    join_list,
    list_text,
    noun_phrase,
)
from profiles.sample.quality import left_in, repeated_run


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["backend"], "backend"),
        (["backend", "cloud"], "backend and cloud"),
        (["backend", "cloud", "payments"], "backend, cloud, and payments"),
    ],
)
def test_lists_are_joined_with_commas_and_and(items, expected):
    assert join_list(items) == expected


def test_a_typed_list_gets_its_and_but_a_sentence_stays_as_typed():
    assert list_text("agents, RAG, evals.") == "agents, RAG, and evals"
    assert list_text("agents and RAG") == "agents and RAG"
    assert list_text("Evals & observability") == "Evals & observability"


@pytest.mark.parametrize(
    ("phrase", "article"),
    [("SDE2", "an"), ("LLM eval harness", "an"), ("RAG bot", "a"), ("experienced", "an")],
)
def test_the_article_follows_the_sound(phrase, article):
    assert article_for(phrase) == article


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Runbook Copilot", "Runbook Copilot"),
        ("Dispute triage agent", "a dispute triage agent"),
        ("LLM eval harness", "an LLM eval harness"),
        ("The ledger agent", "the ledger agent"),
        ("triagebot", "triagebot"),
    ],
)
def test_an_artifact_name_reads_as_a_noun_phrase(name, expected):
    assert noun_phrase(name) == expected


def test_the_artifact_slot_joins_the_name_and_its_result_grammatically():
    assert artifact_phrase("Runbook Copilot", "A RAG assistant that cut MTTM 40%.") == (
        "Runbook Copilot, a RAG assistant that cut MTTM 40%"
    )
    assert artifact_phrase("Dispute triage agent", "Cut handling time 40%") == (
        "a dispute triage agent that cut handling time 40%"
    )
    assert (
        artifact_phrase("Copilot", "reduced pages by 30%") == "Copilot, which reduced pages by 30%"
    )
    assert (
        artifact_phrase("Copilot", "RAG over 1,200 runbooks") == "Copilot (RAG over 1,200 runbooks)"
    )


def test_a_result_said_with_a_present_tense_verb_becomes_a_that_clause():
    assert artifact_phrase("Dispute triage agent", "Routes card disputes") == (
        "a dispute triage agent that routes card disputes"
    )


def test_the_issues_garbled_pitch_now_reads_as_one_sentence():
    """Issue 11's run: the artifact slot held only the result, with no name and no join."""
    answers = {
        "background": {
            "edge": "payments reliability at scale",
            "artifacts": [
                {
                    "name": "Runbook RAG assistant",
                    "proves": "RAG over 1,200 on-call runbooks; cut median time-to-mitigation "
                    "from 38 to 22 min in a 6-week pilot",
                }
            ],
        }
    }
    body = "Production-disciplined engineer with {artifact} and {edge}."
    text = "".join(s.text for s in render_body(body, placeholder_values(answers)))
    assert text == (
        "Production-disciplined engineer with a runbook RAG assistant (RAG over 1,200 on-call "
        "runbooks; cut median time-to-mitigation from 38 to 22 min in a 6-week pilot) and "
        "payments reliability at scale."
    )


def test_a_clause_is_closed_before_the_sentence_goes_on():
    values = {"artifact": artifact_phrase("Copilot", "a RAG bot that cut pages 30%"), "edge": "X"}
    text = "".join(s.text for s in render_body("With {artifact} and {edge}.", values))
    assert text == "With Copilot, a RAG bot that cut pages 30%, and X."
    text = "".join(s.text for s in render_body("Shipped {artifact}.", values))
    assert text == "Shipped Copilot, a RAG bot that cut pages 30%."


def test_the_level_is_lower_case_mid_sentence_with_the_right_article():
    for level, expected in [
        ("Senior", "I am a senior engineer."),
        ("SDE2", "I am an SDE2 engineer."),
    ]:
        values = {"level": level}
        assert "".join(s.text for s in render_body("I am a {level} engineer.", values)) == expected
    values = placeholder_values({"background": {"level": "Other"}})
    text = "".join(
        s.text for s in render_body("I am a {level} engineer. {level} engineer.", values)
    )
    assert text == "I am an experienced engineer. Experienced engineer."


def test_domains_come_from_the_boxes_and_the_typed_ones_without_repeats():
    values = placeholder_values(
        {"background": {"domains": ["backend", "cloud"], "domains_other": "payments, Cloud"}}
    )
    assert values["domains"] == "backend, cloud, and payments"


def test_the_checks_find_what_is_left_in_and_what_is_repeated():
    assert left_in("Hi [years] and {lane}, None of it.\nWhat I shipped:\n\nThanks") == [
        "[years]",
        "{lane}",
        "None",
        ":",
    ]
    assert left_in("What I have shipped:\n- Copilot") == []
    assert repeated_run("one two three four five six, then one two three four five six") == (
        "one two three four five six"
    )
    assert repeated_run("one two three four five, one two three four five") == ""

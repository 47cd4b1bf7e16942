"""Each text within its limit by construction, the stated shortening order, the lead
artifact by score or pin, each fact once (profiles/planner/, no database)."""

import re

from profiles.planner import SHORTENING, plan_texts, rank_artifacts
from profiles.planner.texts import LIMITS, OPENER_WORDS
from profiles.planner.words import words

LONG = "a very long description of a system that does many careful things " * 4


def answers(artifacts, **background):
    return {
        "background": {
            "level": "Principal",
            "years": 19,
            "domains": ["backend", "cloud"],
            "domains_other": "insurance claims",
            "edge": "designing systems that stay up",
            "ai_work": "agents, evals",
            "strengths": "architecture, mentoring",
            "artifacts": artifacts,
            **background,
        },
        "credibility": [
            {"slug": "translation", "text": "I roll out model changes in stages. " * 30},
            {"slug": "domain-reality", "text": "Legacy feeds, audits, messy documents"},
        ],
    }


def test_a_long_writer_gets_every_text_within_its_limit_and_nothing_cut_mid_word():
    artifacts = [
        {
            "name": f"System {i}",
            "what": LONG,
            "result": f"cut cost by {i}0% " + LONG,
            "scale": "",
            "url": f"https://example.com/{'x' * 80}/{i}",
        }
        for i in range(1, 6)
    ]
    planned = plan_texts(answers(artifacts))
    typed = set(re.findall(r"[A-Za-z]+", str(answers(artifacts))))
    for key, limit in LIMITS.items():
        text = planned[key].text
        assert len(text) <= limit, (key, len(text))
        assert planned[key].variant == 0 or planned[key].shortened_by in SHORTENING[key]
        for word in re.findall(r"[A-Za-z]+", text):  # every word whole: typed or a pattern's
            assert word in typed or word.lower() in PATTERN_WORDS or word in typed, word
    assert words(planned["opener"].text) <= OPENER_WORDS


# The words the sentence patterns and the default lane lines add around the person's.
PATTERN_WORDS = set(
    """i built it is used by with which a an the and m known for today work on teams come
    to me years across principal engineer see production lead looking team that ships
    systems real users hi d be glad connect would you have minutes in next few weeks tell
    what your needs most thanks ve been at s ai also took reached brought has covers dealt
    roles""".split()  # noqa: SIM905 - a word list reads best as words
)


def test_the_lead_is_the_best_score_unless_pinned_or_given():
    items = [
        {"name": "Docs", "what": "a wiki", "result": "", "scale": "", "url": ""},
        {
            "name": "Triage",
            "what": "an LLM agent",
            "result": "cut triage 40%",
            "scale": "",
            "url": "",
        },
    ]
    ranked = rank_artifacts(answers(items))
    assert [r.name for r in ranked] == ["Triage", "Docs"]
    assert ranked[0].score == 3 and "a number in its result (+2)" in ranked[0].reasons
    pinned = answers(items) | {"messaging": {"lead": "Docs"}}
    assert rank_artifacts(pinned)[0].name == "Docs" and rank_artifacts(pinned)[0].pinned
    assert rank_artifacts(answers(items), lead="Docs")[0].name == "Docs"
    assert rank_artifacts(answers(items), lead=0)[0].name == "Docs"
    about = plan_texts(answers(items), lead="Docs")["linkedin_about"].text
    assert about.startswith("I built Docs, a wiki.")


def test_the_lead_fact_is_not_repeated_as_a_bullet():
    items = [
        {
            "name": "Triage",
            "what": "an LLM agent",
            "result": "cut triage by 40%",
            "scale": "",
            "url": "",
        }
    ]
    about = plan_texts(answers(items))["linkedin_about"].text
    assert about.count("cut triage by 40%") == 1
    assert "- Triage" not in about


def test_the_lane_lines_come_from_the_rows_given():
    items = [{"name": "Triage", "what": "an LLM agent", "result": "", "scale": "", "url": ""}]
    lines = {
        "headline_role": "AI Platform Engineer",
        "headline_focus": "LLM serving",
        "opener_lane": "I'm looking for a platform team.",
        "signal": "Models are backends.",
    }
    planned = plan_texts(answers(items), lines=lines)
    assert planned["linkedin_headline"].text.startswith("AI Platform Engineer · LLM serving · ")
    assert planned["opener"].text.endswith("I'm looking for a platform team.")
    assert planned["linkedin_about"].text.endswith(
        "Models are backends. I'm looking for a platform team."
    )


def test_a_failing_check_falls_back_to_the_next_variant():
    items = [
        {
            "name": "Triage",
            "what": "an LLM agent",
            "result": "cut triage by 40%",
            "scale": "",
            "url": "",
        }
    ]

    def check(text, key, limit, names):
        return ["finding"] if key == "connection_note" and "40%" in text else []

    planned = plan_texts(answers(items), check=check)
    assert "40%" not in planned["connection_note"].text
    assert planned["connection_note"].variant > 0 and not planned["connection_note"].findings

"""Sentence patterns chosen by the shape of each answer (profiles/planner/), no database."""

import pytest

from profiles.planner.facts import read_artifact, read_person
from profiles.planner.sentences import headline_proof, told_first_person, told_third_person
from profiles.planner.words import fix_case, spoken, without_private


def artifact(**fields):
    item = {"name": "Exception Summarizer", "what": "", "result": "", "scale": "", "url": ""}
    item.update(fields)
    return read_artifact(0, item, (item["name"],))


@pytest.mark.parametrize(
    ("result", "told"),
    [
        # a past verb: the artifact did it
        ("cut triage from 11 to 4 minutes", "It cut triage from 11 to 4 minutes."),
        # a present verb
        ("resolves 62% of chats", "It resolves 62% of chats."),
        # a clause with its own subject, kept as the person said it
        ("editors accept 45% of suggestions", "Editors accept 45% of suggestions."),
        # the person's hedge stays theirs
        ("I helped cut drafting time by half", "I helped cut drafting time by half."),
        ("was part of getting errors under 2%", "I was part of getting errors under 2%."),
        # a number, a noun and a participle
        ("340 cases added in 6 months", "It added 340 cases in 6 months."),
        # a noun phrase that moved between two figures
        ("p95 latency 2.1s → 0.9s", "It took p95 latency from 2.1s to 0.9s."),
        (
            "word error rate down from 38% to 19%",
            "It brought word error rate down from 38% to 19%.",
        ),
    ],
)
def test_a_result_is_told_by_its_shape(result, told):
    a = artifact(what="an LLM summarizer for shipment exceptions", result=result)
    assert told_first_person(a).text == (
        f"I built Exception Summarizer, an LLM summarizer for shipment exceptions. {told}"
    )


def test_a_noun_result_joins_the_opening_sentence():
    a = artifact(
        name="menu-parser",
        what="turns restaurant PDF menus into items.",
        result="94% field accuracy on 200 menus. Now used for every new restaurant.",
    )
    assert told_first_person(a).text == (
        "I built menu-parser, which turns restaurant PDF menus into items, with 94% field "
        "accuracy on 200 menus. It is now used for every new restaurant."
    )


def test_the_persons_own_full_stops_never_split_a_sentence_into_fragments():
    a = artifact(
        what="a claims assistant", result="Reduced handling time by 31%. Rolled out to 4 regions."
    )
    assert told_first_person(a).after == (
        "It reduced handling time by 31%.",
        "It rolled out to 4 regions.",
    )


@pytest.mark.parametrize(
    ("what", "opening"),
    [
        ("RAG bot over our docs", "I built Exception Summarizer, a RAG bot over our docs."),
        ("search for the marketplace", "I built Exception Summarizer, search for the marketplace."),
        (
            "call summaries pushed into the CRM",
            "I built Exception Summarizer, call summaries pushed into the CRM.",
        ),
        (
            "Routes disputes to analysts",
            "I built Exception Summarizer, which routes disputes to analysts.",
        ),
    ],
)
def test_what_it_is_reads_as_a_noun_phrase_or_a_verb_phrase(what, opening):
    assert told_first_person(artifact(what=what)).opening == opening


def test_names_are_kept_exactly_as_typed_and_descriptions_read_with_the():
    assert told_first_person(artifact(name="inference-gateway", what="a gateway")).opening == (
        "I built inference-gateway, a gateway."
    )
    assert told_first_person(artifact(name="quote agent", what="an agent")).opening == (
        "I built the quote agent, an agent."
    )
    # a lower-case name never starts a sentence
    assert told_third_person(artifact(name="gpu-pool", what="a GPU pool")).opening.startswith(
        "I built"
    )
    # what it is repeating the name in another case: the name as typed, or its verb phrase
    a = artifact(
        name="Extraction Service", what="a document extraction service that turns bills into rows"
    )
    assert told_third_person(a).opening == "Extraction Service turns bills into rows."


def test_scale_is_a_sentence_about_people_or_a_short_aside():
    people = artifact(what="a bot", scale="team of 25")
    assert told_first_person(people).after == ("It is used by a team of 25.",)
    volume = artifact(what="a pipeline", scale="80M vectors")
    assert (
        told_first_person(volume).opening
        == "I built Exception Summarizer, a pipeline (80M vectors)."
    )
    assert (
        told_first_person(volume, spoken=True).opening
        == "I built Exception Summarizer, a pipeline."
    )


def test_the_headline_proof_keeps_the_result_with_its_claim():
    a = artifact(what="an LLM summarizer", result="cut triage from 11 to 4 minutes")
    assert headline_proof(a) == "Built Exception Summarizer, which cut triage from 11 to 4 minutes"
    assert headline_proof(a, with_result=False) == "Built Exception Summarizer, an LLM summarizer"


def test_typed_text_is_normalized():
    assert fix_case("i run rag evals on aws", ()) == "I run RAG evals on AWS"
    assert fix_case("docs-bot runs on aws", ("docs-bot",)) == "docs-bot runs on AWS"
    assert spoken("cut cost ~38% w/ a router") == "cut cost about 38% with a router"
    text, removed = without_private("Live with paying customers (can't share links, customer data)")
    assert text == "Live with paying customers" and removed


def test_private_notes_and_lists_are_read_once():
    person = read_person(
        {
            "background": {
                "level": "Other",
                "years": "4",
                "strengths": "Debugging. Performance. Ownership.",
                "ai_work": "agents, RAG, and plus evals",
                "artifacts": [
                    {"name": "Clinic Assistant", "what": "a bot (NDA, can't name the client)"}
                ],
            },
            "credibility": [{"slug": "ai-proof", "text": "- i shipped it (confidential)"}],
        }
    )
    assert person.level == "" and person.years == 4
    assert person.strengths == ["debugging", "performance", "ownership"]
    assert person.ai_work == ["agents", "RAG", "evals"]
    assert person.artifacts[0].what == "a bot"
    assert person.credibility == [("ai-proof", "I shipped it")]
    assert person.private


@pytest.mark.parametrize(
    ("what", "opening"),
    [
        (
            "explains invoices to support staff",
            "Billing Helper explains invoices to support staff.",
        ),
        ("classifies tickets by urgency", "Billing Helper classifies tickets by urgency."),
        ("a bot for invoices", "Billing Helper is a bot for invoices."),
    ],
)
def test_a_present_verb_is_read_as_what_it_does(what, opening):
    a = read_artifact(0, {"name": "Billing Helper", "what": what}, ("Billing Helper",))
    assert told_third_person(a).opening == opening


def test_a_clause_is_seen_by_its_object_and_a_list_is_not_a_clause():
    a = artifact(what="a bot", result="analysts trust it more than the old rules")
    assert told_first_person(a).after == ("Analysts trust it more than the old rules.",)
    b = artifact(what="a bot", result="teams ship a new model in a day")
    assert told_first_person(b).after == ("Teams ship a new model in a day.",)


def test_languages_keep_their_capitals():
    person = read_person({"background": {"strengths": "C++, Node, Python"}})
    assert person.strengths == ["C++", "Node", "Python"]

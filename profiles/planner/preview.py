"""The sentence each background answer will produce, shown beside its field as the
person types (htmx) or after "Update the sentences" (without JavaScript)."""

from __future__ import annotations

from collections.abc import Mapping

from .background import ai_work_sentence, background_sentence, edge_sentence, strengths_sentence
from .facts import read_person
from .sentences import told_first_person

# The field a sentence is shown under, and what it needs before it says anything.
MAIN_SENTENCES = ("domains_other", "edge", "ai_work", "strengths")


def field_sentences(background: Mapping) -> dict:
    """{"domains_other": …, "edge": …, "ai_work": …, "strengths": …, "artifacts": [...]}
    from a background section as typed ('' where the answer is still empty)."""
    person = read_person({"background": background})
    background_line = ""
    if background.get("level") and person.years is not None:
        background_line = background_sentence(person)
    told = {a.index: told_first_person(a).text for a in person.artifacts if a.what}
    rows = background.get("artifacts") or []
    return {
        "domains_other": background_line,
        "edge": edge_sentence(person),
        "ai_work": ai_work_sentence(person),
        "strengths": strengths_sentence(person),
        "artifacts": [told.get(i, "") for i in range(len(rows))],
    }

"""The answers shape: the JSON kept in Profile.answers and in every version snapshot.

    {
      "background": {"level": str, "years": int | None, "domains": [str], "domains_other": str,
                     "edge": str, "ai_work": str, "strengths": str,
                     "artifacts": [{"name": str, "what": str, "result": str, "scale": str,
                                    "url": str}]},                          # as entered
      "credibility": [{"slug": <CredibilityPoint.slug>, "text": str}],          # guide order
      "lane": <RoleArchetype.slug> | None,
      "skills": [{"slug": <Skill.slug>, "rating": "none" | "basic" | "working" | "strong"}],
                                                                          # checklist order
      "gaps": {<Gap.slug>: {"status": "not_started" | "in_progress" | "shipped", "link": str}},
      "messaging": {"overrides": {<MessageTemplate.key>: str},
                    "dismissed": {<text key>: [<MessagingRule.slug>]}},
    }

Every list whose order means something is a JSON list: PostgreSQL's jsonb keeps object
keys sorted by length, so an object would come back in another order. Gaps stay keyed by
slug because their order is the lane's priority, read from the guide when shown.

Read the ordered sections through `credibility_items` and `skill_ratings`, never by
indexing the JSON: they also read the shape saved before migration 0003 (an object), which
an old .json export may still hold. Read artifacts through `artifact_items`: it also reads
the one-line "what it is and what it proves" (`proves`) saved before migration 0007,
split into what it is and its result where the boundary is clear (`split_proves`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

ARTIFACT_FIELDS = ("name", "what", "result", "scale", "url")
# A result said as a past verb with a figure: "that cut median time from 38 to 22 minutes".
_RESULT_VERB = re.compile(
    r"^(?:[a-z]+ed|cut|won|grew|took|made|kept|brought|caught|drove|halved|doubled)\b", re.I
)


def credibility_items(answers: Mapping) -> list[tuple[str, str]]:
    """(point slug, the person's words) in the order saved: the guide's."""
    saved = answers.get("credibility") or []
    if isinstance(saved, Mapping):
        return [(str(slug), str(text or "")) for slug, text in saved.items()]
    return [
        (str(item.get("slug") or ""), str(item.get("text") or ""))
        for item in saved
        if isinstance(item, Mapping) and item.get("slug")
    ]


def credibility_texts(answers: Mapping) -> dict[str, str]:
    """slug -> the person's words, for looking one point up."""
    return dict(credibility_items(answers))


def credibility_list(pairs: Iterable[tuple[str, str]]) -> list[dict]:
    """The stored form of (slug, text) pairs, in the order given."""
    return [{"slug": slug, "text": text} for slug, text in pairs]


def skill_ratings(answers: Mapping) -> dict[str, str]:
    """slug -> rating, in the order saved: the checklist's."""
    saved = answers.get("skills") or []
    if isinstance(saved, Mapping):
        return {str(slug): str(rating or "none") for slug, rating in saved.items()}
    # type() first: the items are dicts (JSON), and an ABC isinstance per skill was half
    # the work of a step list, which asks on every step page.
    return {
        str(item["slug"]): str(item.get("rating") or "none")
        for item in saved
        if (type(item) is dict or isinstance(item, Mapping)) and item.get("slug")
    }


def skills_list(pairs: Iterable[tuple[str, str]]) -> list[dict]:
    """The stored form of (slug, rating) pairs, in the order given."""
    return [{"slug": slug, "rating": rating} for slug, rating in pairs]


def split_proves(proves: str) -> tuple[str, str, bool]:
    """An old one-line "what it is and what it proves" as (what, result, was it split).

    Split only where the boundary is clear: at "; " or a full stop before another
    sentence, or before "that"/"which" when what follows is a past verb with a figure
    ("a RAG assistant over 1,200 runbooks that cut median time from 38 to 22 minutes").
    Otherwise the line is kept whole as what it is.
    """
    text = " ".join(str(proves or "").split())
    for boundary in ("; ", ". "):
        head, sep, tail = text.partition(boundary)
        if sep and head and tail:
            return head, tail, True
    match = re.search(r",? (?:that|which) (?=\S)", text)
    if match:
        head, tail = text[: match.start()], text[match.end() :]
        if _RESULT_VERB.match(tail) and any(c.isdigit() for c in tail):
            return head, tail, True
    return text, "", False


def artifact_items(answers: Mapping) -> list[dict]:
    """The artifacts with every field of ARTIFACT_FIELDS (strings), in the order saved;
    an old `proves` line is read as what it is and its result (see split_proves)."""
    background = answers.get("background") or {}
    items = []
    for saved in background.get("artifacts") or []:
        if not isinstance(saved, Mapping):
            continue
        item = {key: str(saved.get(key) or "") for key in ARTIFACT_FIELDS}
        if saved.get("proves") and not (item["what"] or item["result"]):
            item["what"], item["result"], _ = split_proves(saved["proves"])
        items.append(item)
    return items

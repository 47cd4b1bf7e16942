"""The answers shape: the JSON kept in Profile.answers and in every version snapshot.

    {
      "background": {"level": str, "years": int | None, "domains": [str], "domains_other": str,
                     "edge": str, "ai_work": str, "strengths": str,
                     "artifacts": [{"name": str, "url": str, "proves": str}]},  # as entered
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
an old .json export may still hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


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
    return {
        str(item["slug"]): str(item.get("rating") or "none")
        for item in saved
        if isinstance(item, Mapping) and item.get("slug")
    }


def skills_list(pairs: Iterable[tuple[str, str]]) -> list[dict]:
    """The stored form of (slug, rating) pairs, in the order given."""
    return [{"slug": slug, "rating": rating} for slug, rating in pairs]

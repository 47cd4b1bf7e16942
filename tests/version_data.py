"""Shared helpers for the versions tests (no tests here): a realistic working copy."""

import copy

from profiles.models import Profile

ANSWERS = {
    "background": {
        "level": "Senior",
        "years": 9,
        "domains": ["backend", "cloud"],
        "domains_other": "payments",
        "edge": "on-call debugging of distributed systems",
        "ai_work": "agents, RAG and evals",
        "strengths": "Evals, Incident Response",
        "artifacts": [
            {
                "name": "Support triage agent",
                "url": "https://github.com/alice/triage-agent",
                "what": "an agent integrated with a knowledge base, with evals",
            }
        ],
    },
    "credibility": [
        {
            "slug": "product-engineering-depth",
            "text": "Shipped billing features used by 2M customers.",
        },
        {"slug": "ai-proof", "text": "Triage agent cut first response time by 40%."},
    ],
    "lane": "applied-ai",
    "skills": [
        {"slug": "rag", "rating": "working"},
        {"slug": "evals", "rating": "basic"},
        {"slug": "python", "rating": "strong"},
    ],
    "gaps": {"evals-observability": {"status": "in_progress", "link": "https://example.com/evals"}},
    "messaging": {
        "overrides": {},
        "dismissed": {"pitch": ["use-numbers"]},
    },
}


def answers(**changes) -> dict:
    """A deep copy of ANSWERS with top-level keys replaced."""
    data = copy.deepcopy(ANSWERS)
    data.update(changes)
    return data


def make_profile(owner, *, name: str = "Applied AI", data: dict | None = None) -> Profile:
    from roles.models import RoleArchetype

    data = copy.deepcopy(ANSWERS if data is None else data)
    lane = RoleArchetype.objects.filter(slug=data.get("lane") or "").first()
    return Profile.objects.create(owner=owner, name=name, answers=data, lane=lane)


def set_headline(profile: Profile, strengths: str) -> None:
    profile.answers["background"]["strengths"] = strengths
    profile.revision += 1
    profile.save()

"""Profiles and versions with realistic answers, for the coach, LinkedIn and export tests."""

from profiles.models import Profile
from profiles.versions.snapshot import save_version
from roles.models import RoleArchetype

ANSWERS = {
    "background": {
        "level": "Senior",
        "years": 9,
        "domains": ["backend", "cloud"],
        "domains_other": "payments",
        "edge": "on-call instincts from running payments APIs at 99.95% uptime",
        "ai_work": "agents, RAG and evals",
        "strengths": "Evals · Incident response · Café latency ☕",
        "artifacts": [
            {
                "name": "Ticket triage agent",
                "url": "https://example.com/agent",
                "what": "an agent for support tickets",
                "result": "resolves 30% of support tickets",
            }
        ],
    },
    "credibility": [{"slug": "ai-proof", "text": "Ticket triage agent in production"}],
    "lane": "applied-ai",
    "skills": [],
    "gaps": {},
    "messaging": {"overrides": {}, "dismissed": {}},
}


def make_profile(owner, *, name="Applied AI", lane="applied-ai", answers=None, **messaging):
    answers = dict(ANSWERS if answers is None else answers)
    answers["lane"] = lane
    if messaging:
        answers["messaging"] = {"overrides": {}, "dismissed": {}, **messaging}
    return Profile.objects.create(
        owner=owner,
        name=name,
        lane=RoleArchetype.objects.filter(slug=lane).first() if lane else None,
        answers=answers,
    )


def make_version(profile, note=""):
    return save_version(profile=profile, note=note)

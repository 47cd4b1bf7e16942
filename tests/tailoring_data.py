"""A person whose own facts include platform work, for the reader's profile side and
tailoring: two artifacts (an agent first, an LLM gateway second), strengths in a list."""

import copy

from profiles.models import Profile
from roles.models import CredibilityPoint, Gap, RoleArchetype, Skill
from roles.reading.evaluation import POSTINGS_DIR, parse_posting

GATEWAY = "Internal LLM gateway"
GATEWAY_PROVES = "routing, caching and per-team budgets for 6 product teams on Kubernetes"

BACKGROUND = {
    "level": "Senior",
    "years": 10,
    "domains": ["backend", "cloud"],
    "domains_other": "payments",
    "edge": "on-call instincts from running payments APIs at 99.95% uptime",
    "ai_work": "agents and evals",
    "strengths": "debugging, prompt design and Kubernetes operations",
    "artifacts": [
        {
            "name": "Support triage agent",
            "url": "https://example.com/agent",
            "what": "a triage agent for support tickets",
            "result": "cut first-response time 40% with an eval-gated rollout",
        },
        {"name": GATEWAY, "url": "https://example.com/gateway", "what": GATEWAY_PROVES},
    ],
}
CREDIBILITY = {
    "product-engineering-depth": "Shipped checkout features used by 2M people a month",
    "cloud-production-depth": "Ran Kubernetes services with Prometheus dashboards and on-call",
    "domain-reality": "Debugged payment retries across 4 providers",
    "ai-proof": "A triage agent in production and an LLM gateway for 6 teams",
    "translation": "The same rollout and incident habits apply to model releases",
}


def posting(name: str) -> str:
    return parse_posting(POSTINGS_DIR / f"{name}.txt").text


def answers() -> dict:
    slugs = list(CredibilityPoint.objects.values_list("slug", flat=True))
    credibility = dict(zip(slugs, CREDIBILITY.values(), strict=False))
    ratings = {s: "strong" for s in Skill.objects.values_list("slug", flat=True)}
    ratings.update({"k8s-basics": "basic", "advanced-routing": "none", "observability": "basic"})
    ratings.pop("service-mesh", None)  # not rated at all
    gaps = {
        slug: {"status": "not_started", "link": ""}
        for slug in Gap.objects.values_list("slug", flat=True)
    }
    return {
        "background": copy.deepcopy(BACKGROUND),
        "credibility": credibility,
        "lane": "applied-ai",
        "skills": ratings,
        "gaps": gaps,
        "messaging": {"overrides": {}, "dismissed": {}},
    }


def make_profile(owner, name: str = "Applied AI") -> Profile:
    return Profile.objects.create(
        owner=owner,
        name=name,
        lane=RoleArchetype.objects.get(slug="applied-ai"),
        answers=answers(),
    )

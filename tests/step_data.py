"""Shared helpers for the guided-form tests (no tests here): valid input per step,
built from the roles app's current rows so the tests follow admin edits too."""

from django.urls import reverse

from profiles.models import Profile
from roles.models import CredibilityPoint, Gap, MessageTemplate, RoleArchetype, Skill

STEP_SLUGS = ["background", "credibility", "lane", "skills", "gaps", "messaging"]
ALL_SLUGS = [*STEP_SLUGS, "review"]


def step_url(profile, slug: str) -> str:
    return reverse("profiles:step", args=[profile.pk, slug])


def make_profile(owner, name="Applied AI", **extra) -> Profile:
    return Profile.objects.create(owner=owner, name=name, **extra)


def valid_data(slug: str, revision: int = 0) -> dict:
    data: dict = {"revision": str(revision), "action": "save"}
    if slug == "background":
        data.update(
            {
                "level": "Senior",
                "years": "9",
                "domains": ["backend", "cloud"],
                "domains_other": "payments",
                "edge": "large-scale backend reliability",
                "ai_work": "agents and RAG",
                "strengths": "debugging, rollout safety",
                "artifact-TOTAL_FORMS": "1",
                "artifact-INITIAL_FORMS": "0",
                "artifact-MIN_NUM_FORMS": "0",
                "artifact-MAX_NUM_FORMS": "5",
                "artifact-0-name": "Support agent",
                "artifact-0-url": "https://example.com/agent",
                "artifact-0-what": "an agent wired to a knowledge base with evals",
                "artifact-0-result": "cut first-response time 40%",
                "artifact-0-scale": "",
            }
        )
    elif slug == "credibility":
        for point in CredibilityPoint.objects.all():
            data[f"point__{point.slug}"] = f"My evidence for {point.name}"
    elif slug == "lane":
        data["lane"] = RoleArchetype.objects.get(slug="applied-ai").slug
    elif slug == "skills":
        for skill in Skill.objects.all():
            data[f"skill__{skill.slug}"] = "working"
    elif slug == "gaps":
        for gap in Gap.objects.all():
            data[f"gap__{gap.slug}__status"] = "in_progress"
            data[f"gap__{gap.slug}__link"] = ""
    elif slug == "messaging":
        for template in MessageTemplate.objects.all():
            data[f"text__{template.key}"] = ""
    return data


def fill_all(client, profile) -> Profile:
    for slug in STEP_SLUGS:
        profile.refresh_from_db()
        response = client.post(step_url(profile, slug), valid_data(slug, profile.revision))
        assert response.status_code == 302, (slug, response.content[:2000])
    profile.refresh_from_db()
    return profile

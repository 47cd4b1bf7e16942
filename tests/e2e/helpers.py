"""Helpers the scenarios share: logging a context in, reading the confirmation email."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import BrowserContext

from tests.conftest import PASSWORD

__all__ = ["PASSWORD", "SCREENSHOT_DIR", "confirmation_link", "full_answers", "log_in"]

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def log_in(context: BrowserContext, base_url: str, user) -> None:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": base_url}]
    )


CONFIRM_LINK = re.compile(r"https?://\S+/accounts/confirm-email/\S+")


def confirmation_link(outbox) -> str:
    for message in reversed(outbox):
        match = CONFIRM_LINK.search(message.body)
        if match:
            return match.group(0).rstrip(".,)>")
    raise AssertionError(
        "no email confirmation link was sent; outbox: " + repr([(m.to, m.subject) for m in outbox])
    )


def full_answers() -> dict:
    """A working copy with every step answered (the shape in profiles/answers.py)."""
    from roles.models import CredibilityPoint, Gap, Skill

    return {
        "background": {
            "level": "Senior",
            "years": 9,
            "domains": ["backend", "cloud"],
            "domains_other": "payments",
            "edge": "large-scale backend reliability",
            "ai_work": "agents with evals and guardrails",
            "strengths": "debugging, rollout safety, evals",
            "artifacts": [
                {
                    "name": "Support triage agent",
                    "url": "https://github.com/example/triage-agent",
                    "what": "a triage agent for support tickets",
                    "result": "cut first-response time 40% with an eval-gated rollout",
                }
            ],
        },
        "credibility": [
            {
                "slug": point.slug,
                "text": "Ran 3 payment services at 99.95% for 4 years; led 12 incident reviews",
            }
            for point in CredibilityPoint.objects.all()
        ],
        "lane": "applied-ai",
        "skills": [
            {"slug": skill.slug, "rating": ("strong", "working", "basic", "none")[index % 4]}
            for index, skill in enumerate(Skill.objects.with_emphasis(None))
        ],
        "gaps": {
            gap.slug: {
                "status": ("shipped", "in_progress", "not_started")[index % 3],
                "link": "https://example.com/evals" if index % 3 == 0 else "",
            }
            for index, gap in enumerate(Gap.objects.order_by("pk"))
        },
        "messaging": {"overrides": {}, "dismissed": {}},
    }

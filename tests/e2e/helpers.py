"""Helpers the scenarios share: logging a context in, reading the confirmation email."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import BrowserContext

from tests.conftest import PASSWORD

__all__ = ["PASSWORD", "SCREENSHOT_DIR", "confirmation_link", "log_in"]

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

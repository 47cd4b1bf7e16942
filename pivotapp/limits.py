"""Limits on what one client can make Pivot do: read postings, make share links, import.

The limiter is allauth's, the one sign-in uses: hits counted per IP address or per
account in the shared cache (Redis in production), so every worker and instance sees
the same counts. Rates are in settings.PIVOT_RATE_LIMITS, written as allauth's
ACCOUNT_RATE_LIMITS are ("30/m/ip": 30 a minute per address). Past a limit the person
gets the 429 page, saying what was limited and when to try again, and a Retry-After
header for scripts.
"""

from __future__ import annotations

import math
import time

from allauth.core.internal import ratelimit
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

APP = "pivot"
# What the 429 page says was paused, by action.
WHAT = {
    "read_posting": "reading postings",
    "share_link": "making share links",
    "import_profile": "importing files",
    "track_application": "tracking applications",
}


def limited(request: HttpRequest, action: str) -> HttpResponse | None:
    """Count one `action` (a POST; GETs are free). None while within its limits, else
    the 429 page. Per-account rates count the signed-in person."""
    config = settings.PIVOT_RATE_LIMITS
    if ratelimit.consume(request, app=APP, action=action, config=config) is not None:
        return None
    wait = retry_after(request, action)
    context = {"paused": WHAT.get(action, "this"), "wait": _in_words(wait)}
    response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(wait)
    return response


def retry_after(request: HttpRequest, action: str) -> int:
    """Seconds until the oldest counted hit of an exhausted rate drops out of its window."""
    now = time.time()
    wait = 1.0
    for rate in ratelimit.get_rates(app=APP, action=action, config=settings.PIVOT_RATE_LIMITS):
        key = ratelimit.get_cache_key(request, app=APP, action=action, rate=rate)
        history = cache.get(key, [])  # newest first
        if len(history) >= rate.amount:
            wait = max(wait, history[rate.amount - 1] + rate.duration - now)
    return max(1, math.ceil(wait))


def _in_words(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"

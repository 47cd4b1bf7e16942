"""Template context the app adds to every page."""

from __future__ import annotations

from django.http import HttpRequest


def csrf(request: HttpRequest) -> dict:
    """While a page is drawn for profiles/page_cache.py, its CSRF token is a placeholder
    that each answer replaces with a freshly masked token; otherwise Django's own value
    (this processor runs after Django's built-in one and only overrides it then)."""
    hole = getattr(request, "csrf_hole", None)
    return {"csrf_token": hole} if hole else {}

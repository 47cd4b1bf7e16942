"""Owner pages kept as drawn, per process, under everything they are drawn from.

A step, the LinkedIn page, the history, a version or a diff is a pure function of the
profile's saved state (answers, lane, name, versions), the guide's content, the URL and
the person asking. Going back and forth between steps, reloading, opening the LinkedIn
copy after the review: each of these draws the same page again. So the first draw is
kept, and the next request with the same state is answered from memory with no view code
and no template run.

The key holds every input, so nothing is ever invalidated by hand:
- the profile's `revision` (bumped by every edit, through services.update_answers),
  `updated_at` (a rename or an admin edit), `last_version_number` (versions are only ever
  added) and name;
- the guide's content stamp (roles/guide.py: any staff edit, on every instance);
- the person, the full path, whether htmx asked for a panel and which target.

Per-request parts never enter the cache:
- the CSRF token: pages are drawn with a placeholder (pivotapp.context_processors.csrf)
  and each answer gets a freshly masked token, as an uncached page would;
- flash messages: a page with a message waiting is drawn, not cached;
- headers other than the body's type and download name (security, Vary, CSP) are added
  by the middleware on every response.

Each process keeps at most PIVOT_PAGE_CACHE_BYTES of pages (pivotapp/kept.py, least
recently used first out); 0 turns it off. It is not shared between instances: a miss only
costs the draw it would have cost anyway.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from pivotapp.kept import Kept, enabled
from pivotapp.panels import wants_partial
from roles import guide

from .models import Profile

# Random per process: a person's own text can never contain it by accident or design.
CSRF_HOLE = f"csrf{secrets.token_hex(16)}"
# Headers a cached answer keeps; everything else comes from the middleware each time.
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "X-Content-Type-Options")


def _body_size(entry: tuple[bytes, tuple]) -> int:
    return len(entry[0])


_store: Kept[tuple[bytes, tuple]] = Kept(max_weight=0, weight=_body_size)


def store() -> Kept[tuple[bytes, tuple]]:
    """This process's pages (body, kept headers), sized by the setting (tests change it)."""
    wanted = settings.PIVOT_PAGE_CACHE_BYTES
    if _store.max_weight != wanted:
        _store.max_weight = wanted
        _store.clear()
    return _store


def page_key(request: HttpRequest, profile: Profile) -> tuple:
    return (
        request.user.pk,
        profile.pk,
        profile.revision,
        profile.updated_at,
        profile.last_version_number,
        profile.name,
        guide.stamp(),
        request.get_full_path(),
        wants_partial(request),
        request.headers.get("HX-Target", ""),
        timezone.get_current_timezone_name(),
    )


def _cacheable(request: HttpRequest) -> bool:
    # len() of the message storage reads it without marking the messages as shown.
    messages = getattr(request, "_messages", None)
    return request.method in ("GET", "HEAD") and not (messages is not None and len(messages))


def serve(request: HttpRequest, profile: Profile, draw: Callable[[], HttpResponse]) -> HttpResponse:
    """The page from this process's store, or `draw()` it (and keep it when it is an
    ordinary 200 that sets no cookie)."""
    pages = store()
    if not enabled() or not _cacheable(request):
        return draw()
    key = page_key(request, profile)
    entry = pages.get(key)
    if entry is None:
        request.csrf_hole = CSRF_HOLE
        try:
            response = draw()
        finally:
            del request.csrf_hole
        if getattr(response, "streaming", False):
            return response  # no view served here streams; if one did, it is never kept
        if _keepable(response, request):
            headers = tuple((h, response[h]) for h in KEPT_HEADERS if response.has_header(h))
            pages.put(key, (response.content, headers))
        return _with_token(request, response, response.content)
    body, headers = entry
    response = HttpResponse()
    for name, value in headers:
        response[name] = value
    return _with_token(request, response, body)


def _keepable(response: HttpResponse, request: HttpRequest) -> bool:
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.cookies
        and not (session is not None and session.modified)
    )


def _with_token(request: HttpRequest, response: HttpResponse, body: bytes) -> HttpResponse:
    hole = CSRF_HOLE.encode()
    if hole in body:
        body = body.replace(hole, get_token(request).encode())
    response.content = body
    return response

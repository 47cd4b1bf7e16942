"""The one way a page answers htmx: the named partial alone, otherwise the whole page.

In the project package so every app (content pages and profiles alike) uses it.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def wants_partial(request: HttpRequest) -> bool:
    # htmx restoring history after a cache miss needs the whole page, not the panel.
    return bool(request.htmx) and not request.htmx.history_restore_request


def render_panel(
    request: HttpRequest,
    template: str,
    context: dict,
    *,
    partial: str = "panel",
    status: int = 200,
    whole_page: bool | None = None,
) -> HttpResponse:
    """`template` whole, or its `{% partialdef partial %}` when htmx asks for a panel.

    `whole_page` overrides the choice (e.g. a step save answered with the next step).
    """
    as_page = not wants_partial(request) if whole_page is None else whole_page
    name = template if as_page else f"{template}#{partial}"
    return render(request, name, context, status=status)

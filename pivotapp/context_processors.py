"""Template context the app adds to every page."""

from __future__ import annotations

from django.http import HttpRequest

from roles import guide


def guide_stamp(request: HttpRequest) -> dict:
    """The guide's content stamp, for `{% cache … guide_stamp using="computed" %}` around
    markup made only from the guide's content: a content edit is a new key everywhere.
    Read only when a template asks (Django calls a callable context value)."""
    return {"guide_stamp": guide.stamp}

"""The guide's content rows that almost every page reads, cached in each process.

Staff edit the content rarely; people read it on every step. So each process keeps the
rows it has loaded, tagged with a content stamp kept in the shared cache (Redis when
`REDIS_URL` is set), and reads the stamp at most once per request. Any save or delete of
a content row, from admin or elsewhere, sets a new stamp, so the next request of every
process reloads: a staff edit shows on the next page load, on every instance.

The stamp is changed at once (this process and this transaction see the edit) and again
when the transaction commits, so another process that reloaded between the two, while
the edit was not yet visible to it, does not keep the old rows.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.apps import apps
from django.core.cache import cache
from django.core.signals import request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

STAMP_KEY = "roles:guide:stamp"
T = TypeVar("T")


class _Local(threading.local):
    stamp: str | None = None  # the stamp this request has read (None: read it again)
    loaded_for: str | None = None  # the stamp the rows below were loaded under
    rows: dict

    def __init__(self) -> None:
        self.rows = {}


_local = _Local()


def stamp() -> str:
    """The content stamp this request sees: one shared-cache read per request."""
    if _local.stamp is None:
        found = cache.get(STAMP_KEY)
        if found is None:
            cache.add(STAMP_KEY, uuid.uuid4().hex, timeout=None)
            found = cache.get(STAMP_KEY) or uuid.uuid4().hex
        _local.stamp = found
    return _local.stamp


def cached(name: str, load: Callable[[], T]) -> T:
    """`load()`'s result, shared by this process's requests until the content changes."""
    current = stamp()
    if _local.loaded_for != current:
        _local.rows = {}
        _local.loaded_for = current
    if name not in _local.rows:
        _local.rows[name] = load()
    return _local.rows[name]


def holds(name: str) -> bool:
    """Whether this process already holds `name`'s rows for the current content: a caller
    with another way to get them (a join) takes these only when they cost no query."""
    return _local.loaded_for == stamp() and name in _local.rows


def content_changed(**_kwargs) -> None:
    def bump() -> None:
        cache.set(STAMP_KEY, uuid.uuid4().hex, timeout=None)
        _local.stamp = None

    bump()
    transaction.on_commit(bump)


def new_request(**_kwargs) -> None:
    """At the start of each request (request_started): read the stamp again."""
    _local.stamp = None


def forget() -> None:
    """Drop this thread's rows and stamp (tests: each starts from the database)."""
    _local.stamp = None
    _local.loaded_for = None
    _local.rows = {}


def message_templates() -> tuple:
    from .models import MessageTemplate

    return cached("templates", lambda: tuple(MessageTemplate.objects.all()))


def credibility_points() -> tuple:
    from .models import CredibilityPoint

    return cached("points", lambda: tuple(CredibilityPoint.objects.all()))


def lane_lines() -> tuple:
    """Every lane's lines in generated copy (roles.LaneLine), with the lane's slug."""
    from .models import LaneLine

    return cached("lane-lines", lambda: tuple(LaneLine.objects.select_related("archetype")))


def glossary_terms() -> tuple:
    from .models import GlossaryTerm

    return cached("glossary", lambda: tuple(GlossaryTerm.objects.all()))


def active_rules() -> tuple:
    """The coach's active rules, in order, with their lanes loaded."""
    from .models import MessagingRule

    return cached(
        "rules",
        lambda: tuple(MessagingRule.objects.filter(is_active=True).prefetch_related("lanes")),
    )


def archetypes() -> tuple:
    """The five lanes in order, with their group, day-to-day shares and skills to emphasize."""
    from .models import RoleArchetype

    return cached(
        ARCHETYPES,
        lambda: tuple(
            RoleArchetype.objects.select_related("group").prefetch_related(
                "shares", "skill_emphases"
            )
        ),
    )


ARCHETYPES = "archetypes"


def archetype(lane_id: int | None):
    """A profile's lane (profile.lane_id) as the guide's row, with its group: the steps
    that show the lane read it here rather than join it into the profile's lookup."""
    if not lane_id:
        return None
    return next((a for a in archetypes() if a.pk == lane_id), None)


def interview_expectation_rows(lane_id: int | None) -> list:
    """Every lane's expectations and this lane's own, in the guide's order (the rows)."""
    from .models import InterviewExpectation

    rows = cached(
        "expectations",
        lambda: tuple(InterviewExpectation.objects.order_by("order", "pk")),
    )
    return [r for r in rows if r.only_for_id is None or r.only_for_id == lane_id]


def interview_expectations(lane_id: int | None) -> list[str]:
    """Every lane's expectations and this lane's own, in the guide's order."""
    return [r.text for r in interview_expectation_rows(lane_id)]


def connect_signals() -> None:
    """Called from RolesConfig.ready(): every model of the roles app is content."""
    for model in apps.get_app_config("roles").get_models():
        uid = f"roles.guide.{model.__name__}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid + ".save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid + ".delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                content_changed, sender=field.remote_field.through, dispatch_uid=uid + field.name
            )
    request_started.connect(new_request, dispatch_uid="roles.guide.request")

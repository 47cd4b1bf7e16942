"""Deleting an account: every row that belongs to it, and every session signed in to it."""

from allauth.usersessions.adapter import get_adapter as get_usersessions_adapter
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction

from .data_export import owned_models, owned_rows


def end_sessions(*, user) -> int:
    """End every session allauth recorded for user, on any device; returns how many.

    allauth records a session at each sign-in, whatever the session engine, so this
    also reaches cache-only sessions. A session it never recorded (one made by
    django.contrib.auth.login directly) stops working anyway: its user row is gone."""
    sessions = list(UserSession.objects.filter(user=user))
    # The adapter calls UserSession.end(): drop the session from the store, then the row.
    get_usersessions_adapter().end_sessions(sessions)
    return len(sessions)


STAFF_CANNOT_SELF_DELETE = (
    "Staff accounts cannot be deleted here: your edits to the guide are recorded in the "
    "admin history under your name, and that record has to stay. Ask an administrator to "
    "remove your staff access or your account."
)


def may_delete_itself(user) -> bool:
    """Deleting a user deletes its admin.LogEntry rows (CASCADE): a content editor could
    erase their own audit trail. Staff go through an administrator instead."""
    return not (user.is_staff or user.is_superuser)


def delete_account(*, user) -> None:
    """Remove the user and everything owned_models() finds for it, deepest rows first.

    CASCADE would reach most of it; deleting explicitly also covers relations declared
    SET_NULL or DO_NOTHING, which would otherwise leave the person's rows behind."""
    if not may_delete_itself(user):
        raise PermissionDenied(STAFF_CANNOT_SELF_DELETE)
    user_model = get_user_model()
    with transaction.atomic():
        # First: the walk below would delete the UserSession rows that name the sessions.
        end_sessions(user=user)
        for owned in sorted(owned_models(), key=lambda owned: owned.depth, reverse=True):
            if owned.model is user_model:
                continue
            owned_rows(owned, user).delete()
        user_model._base_manager.filter(pk=user.pk).delete()

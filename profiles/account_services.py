"""Deleting an account: every row that belongs to it, and every session signed in to it."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore as DbSessionStore
from django.db import transaction
from django.utils import timezone

from .data_export import owned_models, owned_rows


def end_sessions(*, user_id) -> int:
    """Delete the stored sessions signed in as user_id; returns how many."""
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not issubclass(store_class, DbSessionStore):
        # Cache-only sessions cannot be listed; they still stop working because the
        # user row they point at is gone.
        return 0
    model = store_class.get_model_class()
    wanted = str(user_id)
    # Sessions do not index the user, so decode the live ones; there are few per site.
    doomed = [
        session.pk
        for session in model.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(session.get_decoded().get("_auth_user_id")) == wanted
    ]
    model.objects.filter(pk__in=doomed).delete()
    return len(doomed)


def delete_account(*, user) -> None:
    """Remove the user and everything owned_models() finds for it, deepest rows first.

    CASCADE would reach most of it; deleting explicitly also covers relations declared
    SET_NULL or DO_NOTHING, which would otherwise leave the person's rows behind."""
    user_model = get_user_model()
    with transaction.atomic():
        for owned in sorted(owned_models(), key=lambda owned: owned.depth, reverse=True):
            if owned.model is user_model:
                continue
            owned_rows(owned, user).delete()
        end_sessions(user_id=user.pk)
        user_model._base_manager.filter(pk=user.pk).delete()

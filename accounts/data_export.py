"""The "Download my data" file: everything that belongs to an account, as one JSON document.

Which models belong to an account is worked out, not listed by hand: `owned_models()`
walks every installed model and follows foreign keys to the user model, directly
(Profile.owner) or through other owned models (Version.profile -> Profile.owner).
Each owned model must then be either in EXPORTED or in EXCLUDED with a reason;
tests/test_data_export.py fails for one that is in neither. Account deletion
(accounts/services.py) uses the same walk, so a new model is deleted with the account too.
"""

import json
from collections import deque
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

FORMAT_NAME = "pivot-account-export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ExportSpec:
    # Fields never written to the file (secrets).
    exclude_fields: tuple[str, ...] = ()


# Keys are model labels in lower case (Model._meta.label_lower).
EXPORTED: dict[str, ExportSpec] = {
    "auth.user": ExportSpec(exclude_fields=("password",)),
    "auth.user_groups": ExportSpec(),
    "auth.user_user_permissions": ExportSpec(),
    "account.emailaddress": ExportSpec(),
    "profiles.profile": ExportSpec(),
    "profiles.version": ExportSpec(),
    "profiles.savedreading": ExportSpec(),
    "profiles.application": ExportSpec(),
    "profiles.statuschange": ExportSpec(),
    "profiles.interviewevent": ExportSpec(),
    # The token's hash is left out: the person's links are listed, not handed out again.
    "profiles.sharelink": ExportSpec(exclude_fields=("token_hash",)),
    # Where the account is signed in (IP, browser, when): the person's own data. The
    # session key is left out: it is the bearer secret of a live session.
    "usersessions.usersession": ExportSpec(exclude_fields=("session_key",)),
    # Which second factors the account has and when they were last used; not `data`,
    # which holds the TOTP secret, recovery codes and passkey credentials.
    "mfa.authenticator": ExportSpec(exclude_fields=("data",)),
}

EXCLUDED: dict[str, str] = {
    "account.emailconfirmation": (
        "one-time email confirmation keys: secrets that expire within days and say "
        "nothing the email addresses do not"
    ),
    "admin.logentry": (
        "the admin's audit trail of staff edits to shared guide content, not data the "
        "person entered about themselves"
    ),
}


@dataclass(frozen=True)
class OwnedModel:
    model: type[models.Model]
    # Lookup from this model to the user, for .filter(**{path: user}); "pk" for the user.
    path: str
    depth: int

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


def owned_models() -> list[OwnedModel]:
    """Every installed model with a chain of foreign keys to the user model, shortest
    chain first found; auto-created many-to-many tables included."""
    user_model = get_user_model()
    all_models = apps.get_models(include_auto_created=True)
    found: dict[type[models.Model], OwnedModel] = {
        user_model: OwnedModel(model=user_model, path="pk", depth=0)
    }
    queue = deque([user_model])
    while queue:
        target = queue.popleft()
        parent = found[target]
        for model in all_models:
            if model in found:
                continue
            for field in model._meta.concrete_fields:
                if field.is_relation and field.related_model is target:
                    path = field.name if target is user_model else f"{field.name}__{parent.path}"
                    found[model] = OwnedModel(model=model, path=path, depth=parent.depth + 1)
                    queue.append(model)
                    break
    return sorted(found.values(), key=lambda owned: (owned.depth, owned.label))


def unaccounted_models() -> list[str]:
    """Owned models that are neither exported nor excluded with a reason."""
    return [
        owned.label
        for owned in owned_models()
        if owned.label not in EXPORTED and owned.label not in EXCLUDED
    ]


def owned_rows(owned: OwnedModel, user) -> models.QuerySet:
    # _base_manager: a custom default manager that hides rows must not hide them here.
    return owned.model._base_manager.filter(**{owned.path: user.pk}).order_by("pk")


def _field_names(model: type[models.Model], spec: ExportSpec) -> list[str]:
    names = [f.name for f in model._meta.concrete_fields if not f.primary_key]
    names += [f.name for f in model._meta.many_to_many]
    return [name for name in names if name not in spec.exclude_fields]


def build_export(user) -> dict:
    data: dict[str, list[dict]] = {}
    for owned in owned_models():
        spec = EXPORTED.get(owned.label)
        if spec is None:
            continue
        rows = serializers.serialize(
            "python", owned_rows(owned, user), fields=_field_names(owned.model, spec)
        )
        data[owned.label] = [{"pk": row["pk"], "fields": row["fields"]} for row in rows]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": timezone.now(),
        "account_email": user.email,
        "excluded": EXCLUDED,
        "data": data,
    }


def export_json(user) -> str:
    return json.dumps(build_export(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)

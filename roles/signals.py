"""Keeps the "Content editors" group holding exactly the roles app's permissions.

The group itself is created by migration 0003. Its permissions cannot all be granted
there: on a fresh database Django creates permissions only after the last migration
(post_migrate), and a roles model added later brings new permissions the migration never
knew. So after every `migrate` the group is brought back to exactly add/change/delete/view
on every roles model, and nothing else.
"""

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

CONTENT_EDITORS = "Content editors"
ACTIONS = ("add", "change", "delete", "view")


def content_editor_codenames(apps=global_apps) -> set[str]:
    return {
        f"{action}_{model._meta.model_name}"
        for model in apps.get_app_config("roles").get_models()
        for action in ACTIONS
    }


def sync_content_editors(
    app_config: AppConfig | None = None,
    *,
    apps=global_apps,
    using: str = DEFAULT_DB_ALIAS,
    verbosity: int = 0,
    **kwargs,
) -> None:
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        apps.get_app_config("roles")
    except LookupError:
        return  # migrating backwards to before auth or roles existed
    group = Group.objects.using(using).filter(name=CONTENT_EDITORS).first()
    if group is None:
        return  # created by migration 0003; a database migrated to before it has none
    # auth's own post_migrate handler usually ran already; make sure, it is idempotent.
    create_permissions(
        app_config or global_apps.get_app_config("roles"), verbosity=0, using=using, apps=apps
    )
    wanted = Permission.objects.using(using).filter(
        content_type__app_label="roles", codename__in=content_editor_codenames(apps)
    )
    group.permissions.set(wanted)

from django.apps import AppConfig
from django.db.models.signals import post_migrate

from . import guide
from .signals import sync_content_editors


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Guide content"

    def ready(self) -> None:
        guide.connect_signals()
        # Sent once per app after every migrate; sender=self runs it once, after the
        # roles app's own permissions have been created by django.contrib.auth.
        post_migrate.connect(sync_content_editors, sender=self, dispatch_uid="roles.editors")

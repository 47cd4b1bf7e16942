from django.db import migrations

CONTENT_EDITORS = "Content editors"
ACTIONS = ("add", "change", "delete", "view")


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=CONTENT_EDITORS)
    # On an existing database the permissions are already there; on a fresh one they are
    # created after the last migration, and roles.signals.sync_content_editors adds them.
    codenames = {
        f"{action}_{model._meta.model_name}"
        for model in apps.get_app_config("roles").get_models()
        for action in ACTIONS
    }
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="roles", codename__in=codenames)
    )


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CONTENT_EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0002_seed_guide"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]

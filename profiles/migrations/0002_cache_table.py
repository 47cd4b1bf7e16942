"""The shared cache table (rate limits) when no REDIS_URL is set.

`migrate` is the one command every deployment runs, so the table is made here rather than
relying on a separate `createcachetable` step; the command is idempotent.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("profiles", "0001_initial")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]

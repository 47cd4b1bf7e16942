from django.db import migrations


class Migration(migrations.Migration):
    # Filled in by the admin work: creates the "Content editors" group.
    dependencies = [("roles", "0002_seed_guide")]

    operations: list = []

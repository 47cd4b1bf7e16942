"""The archetype's free-text skills to emphasize and its separate list of checklist skills
are gone: SkillEmphasis rows (filled by 0012) are the one source."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("roles", "0012_move_skills_to_emphasize_into_rows")]

    operations = [
        # A default first, so migrating back can re-create the column on filled tables
        # before 0012's reverse writes the text back.
        migrations.AlterField(
            model_name="rolearchetype",
            name="skills_to_emphasize",
            field=models.TextField(
                default="", help_text="Comma-separated, as the guide lists them."
            ),
        ),
        migrations.RemoveField(model_name="rolearchetype", name="emphasized_skills"),
        migrations.RemoveField(model_name="rolearchetype", name="skills_to_emphasize"),
    ]

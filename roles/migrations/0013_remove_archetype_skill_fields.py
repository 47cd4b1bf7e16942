"""The archetype's free-text skills to emphasize and its separate list of checklist skills
are gone: SkillEmphasis rows (filled by 0012) are the one source."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("roles", "0012_move_skills_to_emphasize_into_rows")]

    operations = [
        migrations.RemoveField(model_name="rolearchetype", name="emphasized_skills"),
        migrations.RemoveField(model_name="rolearchetype", name="skills_to_emphasize"),
    ]

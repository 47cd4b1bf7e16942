"""The guide's "fill the brackets" note only belongs above texts that have brackets (slots):
over a fixed line like the cold intro it reads as a mistake."""

from django.db import migrations

SNIPPET_NOTE = "Templates — fill the brackets with your specifics."


def clear_note_without_slots(apps, schema_editor):
    MessageTemplate = apps.get_model("roles", "MessageTemplate")
    for template in MessageTemplate.objects.filter(guidance=SNIPPET_NOTE):
        if "{" not in template.body:
            template.guidance = ""
            template.save(update_fields=["guidance"])


def restore_note(apps, schema_editor):
    MessageTemplate = apps.get_model("roles", "MessageTemplate")
    MessageTemplate.objects.filter(section="snippet", guidance="").update(guidance=SNIPPET_NOTE)


class Migration(migrations.Migration):
    dependencies = [("roles", "0005_seed_coach_rules")]
    operations = [migrations.RunPython(clear_note_without_slots, restore_note)]

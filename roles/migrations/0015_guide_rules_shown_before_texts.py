"""The guide's five messaging rules and four snippets to avoid are listed on the Messaging
step before the texts; the coach's other rules (filler, length) only speak when they fire."""

from django.db import migrations

GUIDE_RULES = [
    "lead-with-shipped-work",
    "say-production-ai-engineer",
    "translate-engineering-stories",
    "use-numbers",
    "framework-agnostic",
    "avoid-transitioning-to-ai",
    "avoid-learning-langgraph",
    "avoid-not-a-specialist",
    "avoid-research-heavy-ml",
]


def forwards(apps, schema_editor):
    MessagingRule = apps.get_model("roles", "MessagingRule")
    MessagingRule.objects.filter(slug__in=GUIDE_RULES).update(shown_before_texts=True)


def backwards(apps, schema_editor):
    MessagingRule = apps.get_model("roles", "MessagingRule")
    MessagingRule.objects.update(shown_before_texts=False)


class Migration(migrations.Migration):
    dependencies = [("roles", "0014_gap_priorities_for_every_lane")]

    operations = [migrations.RunPython(forwards, backwards)]

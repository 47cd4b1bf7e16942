"""Two skill words the fifth tuning round (issue 21, 2026-12-07) found too loud.

- "alerts" and "alerting" are any service's: an SRE's dashboards and alerts, a billing
  job's alert on a failed run, a SOC's alerts to triage. Postings that ask for the
  checklist's monitoring say what is watched ("monitor the model", "drift", "health
  checks"); "alerts" alone is a faint signal now, like "dashboards" and "on-call", so it
  counts only with FAINT_MIN_MENTIONS mentions or a plain monitoring phrase beside it.
- "Kafka" is an event log that postings ask for as streaming; read as a queue as well it
  listed queues beside streaming where only streaming was asked. It stays a streaming
  signal; queues keep SQS, RabbitMQ, Celery and the queue words.

A phrase moves only while its row still holds it (staff may have edited it); backwards
moves it back.
"""

from django.db import migrations

# (skill, row phrase, phrases that leave it, phrases that arrive)
CHANGES = [
    ("monitoring", "monitoring", ["alerting", "alerts"], []),
    ("monitoring", "dashboards", [], ["alerting", "alerts"]),
    ("queues", "SQS", ["Kafka"], []),
]


def _change(apps, *, forwards: bool) -> None:
    signal = apps.get_model("roles", "ReadingSignal")
    skills = {s.slug: s for s in apps.get_model("roles", "Skill").objects.all()}
    for slug, phrase, leaving, arriving in CHANGES:
        skill = skills.get(slug)
        if skill is None:
            continue  # renamed or removed in admin
        old, new = (leaving, arriving) if forwards else (arriving, leaving)
        for found in signal.objects.filter(phrase=phrase, skill=skill):
            synonyms = found.synonyms.splitlines()
            if not all(p in synonyms for p in old):
                continue  # staff changed the row; it is theirs
            kept = [p for p in synonyms if p not in old]
            found.synonyms = "\n".join(kept + [p for p in new if p not in kept])
            found.save(update_fields=["synonyms"])


def forwards(apps, schema_editor):
    _change(apps, forwards=True)


def backwards(apps, schema_editor):
    _change(apps, forwards=False)


class Migration(migrations.Migration):
    dependencies = [("roles", "0024_assurance_leadership_and_search_work")]
    operations = [migrations.RunPython(forwards, backwards)]

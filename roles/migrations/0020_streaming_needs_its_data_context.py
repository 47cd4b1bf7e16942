"""The data skill Streaming is read only in its data sense.

"Stream tokens to the console", "streaming responses", "gRPC streaming" and "streaming
inference" are LLM and API words, and a bare "streaming" or "real-time" listed the data
skill Streaming on postings that never ask for it (issue 21: 5 of the 6 postings where
the seed phrase fired on its own were LLM or API streaming). The signal now needs the
data context in its phrase: stream processing, streaming pipelines or data, event
streams, and the tools (Kafka, Flink, Kinesis). A row staff have edited in admin is left
alone.
"""

from django.db import migrations

SEEDED = (
    "streaming",
    "stream processing\nKafka streams\nKafka\nreal-time\nFlink\nKinesis\nstreaming pipelines",
)
NOW = (
    "stream processing",
    "streaming pipelines\nstreaming pipeline\nstreaming data\ndata streams\nevent streams"
    "\nevent streaming\nreal-time data\nreal-time pipelines\nstreaming ETL"
    "\nstreaming ingestion\nKafka streams\nKafka\nFlink\nKinesis\nSpark Streaming"
    "\nchange-data-capture",
)


def _swap(apps, before, after):
    ReadingSignal = apps.get_model("roles", "ReadingSignal")
    for row in ReadingSignal.objects.filter(skill__slug="streaming", phrase=before[0]):
        if row.synonyms.strip() == before[1]:
            row.phrase, row.synonyms = after
            row.save(update_fields=["phrase", "synonyms"])


def forwards(apps, schema_editor):
    _swap(apps, SEEDED, NOW)


def backwards(apps, schema_editor):
    _swap(apps, NOW, SEEDED)


class Migration(migrations.Migration):
    dependencies = [("roles", "0019_seed_copy_lint")]
    operations = [migrations.RunPython(forwards, backwards)]

"""Ambiguous skill words need context: one of them alone no longer lists a skill.

"API", "latency", "cost", "security", "evaluation", "React", "retrieval", "inference" or
"testing" name a checklist skill in some postings and are passing words in many others
("our API", "at low cost", "inference" in a training job). On the tuning postings (the
seed set, ho01-ho30) a skill found only through one such word was wrong more often than
right, and those single mentions were most of the reader's false skills.

These words move from their skill's main signal into a signal of their own at weight 2,
below the reader's skill threshold (2.5): the skill is listed when the posting says more
about it, with a second mention or one of its specific phrases ("p99", "REST API design",
"FinOps"), and not for the passing word alone. Specific phrases keep their weight.
A row staff have edited so it no longer holds the word is left alone; the split rows are
ordinary signals, editable in admin.
"""

from django.db import migrations

AMBIGUOUS_WEIGHT, SEEDED_WEIGHT = 2, 3
AMBIGUOUS = {
    "analytics": ["notebooks", "weekly report", "quality report"],
    "apis": ["API", "APIs", "REST", "integrations"],
    "cost": ["cost", "costs", "budgets", "cheaper"],
    "data-quality": ["curate", "clean data", "messy data"],
    "deeper-frontend-integration": ["frontend", "front-end", "web app", "user interface", "React"],
    "deeper-training-internals": ["training jobs", "train models", "model training"],
    "etlelt-basics": ["data pipelines", "data pipeline", "ingestion"],
    "evals": ["evaluation", "evaluate", "evaluating", "benchmark"],
    "latency": ["latency", "latencies", "response time"],
    "monitoring": ["monitor"],
    "multimodal": ["image", "images", "imagery"],
    "problem-framing": ["roadmap", "what to build"],
    "prompting": ["prompts"],
    "retrieval-design": ["retrieval", "search systems"],
    "security": ["security"],
    "serving": ["inference"],
    "testing": ["testing", "test cases", "test suite"],
}


def _phrases(row) -> list[str]:
    return [p.strip() for p in [row.phrase, *row.synonyms.splitlines()] if p.strip()]


def forwards(apps, schema_editor):
    ReadingSignal = apps.get_model("roles", "ReadingSignal")
    for slug, words in AMBIGUOUS.items():
        rows = ReadingSignal.objects.filter(skill__slug=slug, weight=SEEDED_WEIGHT)
        for row in rows.order_by("pk"):
            phrases = _phrases(row)
            moved = [p for p in phrases if p in words]
            kept = [p for p in phrases if p not in words]
            if not moved:
                continue
            if kept:
                row.phrase, row.synonyms = kept[0], "\n".join(kept[1:])
                row.save(update_fields=["phrase", "synonyms"])
                ReadingSignal.objects.create(
                    skill_id=row.skill_id,
                    phrase=moved[0],
                    synonyms="\n".join(moved[1:]),
                    weight=AMBIGUOUS_WEIGHT,
                    is_active=row.is_active,
                )
            else:
                row.weight = AMBIGUOUS_WEIGHT
                row.save(update_fields=["weight"])


def backwards(apps, schema_editor):
    ReadingSignal = apps.get_model("roles", "ReadingSignal")
    for slug, words in AMBIGUOUS.items():
        split = [
            row
            for row in ReadingSignal.objects.filter(skill__slug=slug, weight=AMBIGUOUS_WEIGHT)
            if set(_phrases(row)) <= set(words)
        ]
        home = ReadingSignal.objects.filter(skill__slug=slug, weight=SEEDED_WEIGHT).first()
        for row in split:
            if home is None:
                row.weight = SEEDED_WEIGHT
                row.save(update_fields=["weight"])
                continue
            home.synonyms = "\n".join([*home.synonyms.splitlines(), *_phrases(row)])
            home.save(update_fields=["synonyms"])
            row.delete()


class Migration(migrations.Migration):
    dependencies = [("roles", "0020_streaming_needs_its_data_context")]
    operations = [migrations.RunPython(forwards, backwards)]

"""Templates that read as written (issue 11): the lane's signal line, shipped work first.

- {signal_line} is a new slot: the guide's lead signal line on the Lead lane, the founder
  line on Founding, the cold intro line otherwise. The About ends with it and the cold
  intro message carries it instead of the generic primary line.
- The 60-second opener leads with the shipped artifact (the guide's own rule, "Lead with
  shipped work"), then the years and domains, once each.
- The cold intro message states the level, years and domains once, in a full sentence.

A template staff have already edited in admin is left as they wrote it.
"""

from django.db import migrations, models

OLD_ABOUT = (
    "{pitch}\n\n{expanded_line}\n\nWhat I have shipped:\n{artifacts}\n\n"
    "Why it holds up in production:\n{credibility}\n\n"
    "What I am looking for: {lane} roles where reliable, measurable AI systems matter."
)
NEW_ABOUT = (
    "{pitch}\n\n{expanded_line}\n\nWhat I have shipped:\n{artifacts}\n\n"
    "Why it holds up in production:\n{credibility}\n\n"
    "{signal_line} I am looking for {lane} roles where reliable, measurable AI systems matter."
)
OLD_OPENER = (
    "{level} engineer, {years}+ years across {domains}.\n"
    "Most recent AI work: {artifact}.\n"
    "Target lane: production AI engineering focused on agentic systems, reliability, and "
    "platform depth.\n"
    "Rare angle: production discipline from real deployments."
)
NEW_OPENER = (
    "Most recently I shipped {artifact}.\n"
    "It builds on {years}+ years as a {level} engineer across {domains}.\n"
    "Target lane: production AI engineering focused on agentic systems, reliability, and "
    "platform depth.\n"
    "Rare angle: production discipline from real deployments."
)
OLD_INTRO = (
    "Hi,\n\n{primary_line}\n\n{expanded_line} Most recently: {artifact}.\n\n"
    "I am looking at {lane} roles and would value 15 minutes of your view on what your team "
    "needs.\n\nThanks"
)
NEW_INTRO = (
    "Hi,\n\nI am a {level} engineer with {years}+ years across {domains}. Most recently I "
    "shipped {artifact}.\n\n{signal_line}\n\n"
    "I am looking at {lane} roles and would value 15 minutes of your view on what your team "
    "needs.\n\nThanks"
)
CHANGES = {
    "linkedin_about": (OLD_ABOUT, NEW_ABOUT),
    "opener": (OLD_OPENER, NEW_OPENER),
    "intro_message": (OLD_INTRO, NEW_INTRO),
}

BODY_HELP = (
    "Text with named slots in braces, e.g. {years}. Allowed: {level}, {years}, {domains}, "
    "{ai_work}, {artifact}, {edge}, {strengths}, {lane}, {primary_line}, {expanded_line}, "
    "{pitch}, {moat}, {signal_line}, {credibility}, {artifacts}"
)


def _swap(apps, *, forward: bool):
    MessageTemplate = apps.get_model("roles", "MessageTemplate")
    for key, (old, new) in CHANGES.items():
        before, after = (old, new) if forward else (new, old)
        MessageTemplate.objects.filter(key=key, body=before).update(body=after)


def forwards(apps, schema_editor):
    _swap(apps, forward=True)


def backwards(apps, schema_editor):
    _swap(apps, forward=False)


class Migration(migrations.Migration):
    dependencies = [("roles", "0015_guide_rules_shown_before_texts")]
    operations = [
        migrations.AlterField(
            model_name="messagetemplate",
            name="body",
            field=models.TextField(help_text=BODY_HELP),
        ),
        migrations.RunPython(forwards, backwards),
    ]

"""Skills to emphasize as rows (the guide's words with the checklist skills they point at),
and two flags: a lane's gap priority that is Pivot's suggestion, a rule shown before the
texts. The data moves in 0012, 0014 and 0015; the old archetype fields go in 0013."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0010_seed_reading_signals"),
    ]

    operations = [
        migrations.AddField(
            model_name="gappriority",
            name="is_suggested",
            field=models.BooleanField(
                default=True,
                help_text="Ticked when the guide does not give this priority: the lane's order is then shown as Pivot's suggested order.",
                verbose_name="Pivot's suggestion",
            ),
        ),
        migrations.AddField(
            model_name="messagingrule",
            name="shown_before_texts",
            field=models.BooleanField(
                default=False,
                help_text="List it on the Messaging step above the person's texts, as advice to write by (the guide's own rules and snippets are). The coach checks every active rule either way.",
                verbose_name="show before the texts",
            ),
        ),
        migrations.CreateModel(
            name="SkillEmphasis",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "order",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lower numbers come first."
                    ),
                ),
                (
                    "wording",
                    models.CharField(
                        help_text="As the guide says it, e.g. 'cost/latency'.", max_length=120
                    ),
                ),
                (
                    "archetype",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="skill_emphases",
                        to="roles.rolearchetype",
                    ),
                ),
                (
                    "skills",
                    models.ManyToManyField(
                        blank=True,
                        help_text="The checklist skills these words point at.",
                        related_name="emphases",
                        to="roles.skill",
                    ),
                ),
            ],
            options={
                "verbose_name": "skill to emphasize",
                "verbose_name_plural": "skills to emphasize",
                "ordering": ["order", "pk"],
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(
                        fields=("archetype", "wording"), name="skill_emphasis_once_per_lane"
                    )
                ],
            },
        ),
    ]

"""Every lane gets its own gap order, and each order says whose it is.

The guide gives one order ("adjust priority to your target lane"). It is the order for the
Applied AI lane, the guide's primary lane for most pivots, so that lane's rows are the
guide's. The other four orders are Pivot's reading of each lane's work, marked as Pivot's
suggestion: Lead, Platform and Founding keep the orders seeded in 0002 and gain a place for
the specialization marker; Reliability / Evals is new.

Only missing rows are added and only the seeded Applied AI rows are marked as the guide's,
so an order an editor has already changed stays as it is.
"""

from django.db import migrations

# The guide's table, top to bottom.
GUIDE_ORDER = [
    "evals-observability",
    "multi-framework-fluency",
    "mcp",
    "retrieval-engineering",
    "production-agent-patterns",
    "optional-specialization-marker",
]

SUGGESTED = {
    # Scale and review: evals and agent patterns are what a lead is asked to set up first;
    # breadth across frameworks comes before protocol and retrieval depth.
    "lead-ai": {"optional-specialization-marker": 6},
    # Serving and gateways: evals and agent patterns (fallbacks) run on the platform.
    "ai-platform": {"optional-specialization-marker": 6},
    # Breadth under ambiguity: a working agent for customers first.
    "founding": {"optional-specialization-marker": 6},
    # The best-moat lane is evals itself; oversight means HITL, checkpoints and fallbacks;
    # judging RAG answers needs retrieval; frameworks and MCP matter least to the grading.
    "reliability-evals": {
        "evals-observability": 1,
        "production-agent-patterns": 2,
        "retrieval-engineering": 3,
        "multi-framework-fluency": 4,
        "mcp": 5,
        "optional-specialization-marker": 6,
    },
}


def forwards(apps, schema_editor):
    RoleArchetype = apps.get_model("roles", "RoleArchetype")
    Gap = apps.get_model("roles", "Gap")
    GapPriority = apps.get_model("roles", "GapPriority")
    lanes = {a.slug: a for a in RoleArchetype.objects.all()}
    gaps = {g.slug: g for g in Gap.objects.all()}

    def add(lane_slug: str, gap_slug: str, priority: int, *, suggested: bool) -> None:
        lane, gap = lanes.get(lane_slug), gaps.get(gap_slug)
        if lane is None or gap is None:
            return  # renamed or removed in admin: nothing to attach the row to
        GapPriority.objects.get_or_create(
            gap=gap, archetype=lane, defaults={"priority": priority, "is_suggested": suggested}
        )

    for lane_slug, priorities in SUGGESTED.items():
        for gap_slug, priority in priorities.items():
            add(lane_slug, gap_slug, priority, suggested=True)
    for priority, gap_slug in enumerate(GUIDE_ORDER, start=1):
        add("applied-ai", gap_slug, priority, suggested=False)


def backwards(apps, schema_editor):
    # The rows read the same under the older schema (a lane's override); nothing to undo.
    pass


class Migration(migrations.Migration):
    dependencies = [("roles", "0013_remove_archetype_skill_fields")]

    operations = [migrations.RunPython(forwards, backwards)]

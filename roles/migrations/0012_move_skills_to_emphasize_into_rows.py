"""Each archetype's "skills to emphasize" become SkillEmphasis rows: one per comma-separated
item of the old text, in order, each holding the checklist skills it points at.

The checklist skills the archetype already linked are shared out among the rows: for the
guide's five lanes as reasoned below; otherwise to the row whose words contain the skill's
name. A linked skill no row claims gets a row of its own, so every lane highlights
exactly the skills it highlighted before and no edit made in admin is lost.
"""

import re

from django.db import migrations

# The guide's words (as seeded in 0002) -> the checklist skills (linked in 0002) they name.
# "LangGraph" is an agent framework; evals travel with guardrails as the checks on an
# agent's output; "durable workflows" and "customer empathy" name no checklist skill.
GUIDE_WORDS = {
    "applied-ai": {
        "Prompting": ["Prompting"],
        "tool calling": ["tool calling"],
        "LangGraph": ["agents"],
        "RAG": ["RAG"],
        "async Python": ["Python"],
        "observability": ["observability"],
        "cost/latency": ["cost", "latency"],
        "guardrails": ["guardrails", "evals"],
    },
    "lead-ai": {
        "Architecture decisions": ["End-to-end AI architecture"],
        "inference optimization": ["serving"],
        "eval CI": ["eval pipelines"],
        "mentoring": ["mentoring"],
        "cost governance": ["cost", "governance"],
        "plain-English trade-offs": ["trade-offs", "stakeholder comms"],
    },
    "ai-platform": {
        "vLLM/TGI basics": ["serving", "deployment"],
        "K8s for AI": ["K8s basics"],
        "routing": ["Advanced routing"],
        "drift detection": ["monitoring"],
        "SLOs": ["reliability"],
        "tenant isolation": ["security"],
        "FinOps": ["cost", "GPU economics"],
    },
    "reliability-evals": {
        "Gold-set design": ["evaluation basics"],
        "LLM-as-judge": ["evals"],
        "eval CI": ["eval pipelines"],
        "HITL": ["HITL data loops"],
        "failure taxonomy": ["model failure modes", "reliability"],
        "trace review": ["observability"],
    },
    "founding": {
        "Scope control": ["Problem framing"],
        "fast shipping": ["CI/CD", "deployment"],
        "backend/API work": ["APIs", "services/workers"],
        "product judgment": ["ROI", "trade-offs"],
        "basic ops": ["Docker", "deployment"],
    },
}


def split_words(text: str) -> list[str]:
    """The comma-separated items, each once (ignoring case), in order."""
    seen, words = set(), []
    for word in (w.strip() for w in (text or "").split(",")):
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            words.append(word[:120])
    return words


def share_out(slug: str, words: list[str], skill_names: list[str]) -> dict[str, list[str]]:
    """wording -> the linked skill names it holds; unclaimed skills get their own row."""
    guide = GUIDE_WORDS.get(slug, {})
    rows: dict[str, list[str]] = {word: [] for word in words}
    for name in skill_names:
        claimed = [w for w in words if name in guide.get(w, [])] or [
            w for w in words if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", w, re.IGNORECASE)
        ]
        if not claimed:
            claimed = [next((w for w in rows if w.casefold() == name.casefold()), name)]
        for word in claimed:
            rows.setdefault(word, [])
            if name not in rows[word]:
                rows[word].append(name)
    return rows


def forwards(apps, schema_editor):
    RoleArchetype = apps.get_model("roles", "RoleArchetype")
    SkillEmphasis = apps.get_model("roles", "SkillEmphasis")
    for archetype in RoleArchetype.objects.prefetch_related("emphasized_skills"):
        linked = sorted(archetype.emphasized_skills.all(), key=lambda s: s.pk)
        by_name: dict[str, list] = {}
        for skill in linked:
            by_name.setdefault(skill.name, []).append(skill)
        rows = share_out(archetype.slug, split_words(archetype.skills_to_emphasize), list(by_name))
        for order, (wording, names) in enumerate(rows.items(), start=1):
            row = SkillEmphasis.objects.create(archetype=archetype, wording=wording, order=order)
            row.skills.set([skill for name in names for skill in by_name[name]])


def backwards(apps, schema_editor):
    RoleArchetype = apps.get_model("roles", "RoleArchetype")
    for archetype in RoleArchetype.objects.prefetch_related("skill_emphases__skills"):
        rows = sorted(archetype.skill_emphases.all(), key=lambda r: (r.order, r.pk))
        archetype.skills_to_emphasize = ", ".join(r.wording for r in rows)
        archetype.save(update_fields=["skills_to_emphasize"])
        archetype.emphasized_skills.set({skill for r in rows for skill in r.skills.all()})
        archetype.skill_emphases.all().delete()


class Migration(migrations.Migration):
    dependencies = [("roles", "0011_skill_emphasis_and_advice_flags")]

    operations = [migrations.RunPython(forwards, backwards)]

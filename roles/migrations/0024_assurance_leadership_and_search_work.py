"""Signals for what a lane's work is, not what it touches (issue 21, third tuning round).

Three weaknesses the fresh batch ho49-ho68 showed, each a family of words, not one
posting's phrases:

- Securing, breaking and keeping an AI system reliable is group D's work. A posting
  about defending LLM assistants says "prompt injection", "data exfiltration",
  "adversaries", "LLM security"; one about keeping an assistant reliable says "when the
  assistant gets something wrong", "how LLM-based systems fail", "the assistant's
  reliability". The reader knew red-teaming and evals but none of these, so the words for
  the system under protection ("assistant", "tool calls") made both read as B.
- Lead is the person's own role leading people: "Lead AI Engineer", "Engineering
  Manager", "lead the team", "managing engineers". It is not owning a design ("lead the
  design of", "lead the architecture"), taking part in code review, or a civil-service
  grade ("Senior Executive Officer", which "executives" matched in the singular); those
  leave the lead row.
- Search built on embeddings ("semantic retrieval", "vector search", results "reranked")
  is applied work, as "hybrid search" and "reranking" already were.

A new row is not added where its target already has a row with that phrase; a phrase
leaves a row only while the row still holds it (staff may have edited it); backwards
undoes exactly that.
"""

from django.db import migrations

GAP = "..."
PHRASE_MAX = 120

# (kind, target, weight, entries): one row each; "|" splits plain phrases, a work phrase
# ("a|b ... c|d", roles/reading/work.py) stays whole.
ADDITIONS = [
    # --- D: securing an AI system against attack
    (
        "group",
        "D",
        5,
        [
            "prompt injection|indirect prompt injection|prompt injections|jailbreaks"
            "|jailbreaking|data exfiltration|data poisoning|poisoned documents|model extraction"
            "|membership inference|adversarial examples|adversaries|attack classes"
            "|OWASP Top 10 for LLM|OWASP LLM Top 10|excessive agency|insecure output handling"
            "|guardrail bypass|model abuse|misuse of the model",
        ],
    ),
    (
        "group",
        "D",
        5,
        [
            "AI security|LLM security|model security|AI security engineer|LLM defenses"
            "|LLM defences|AI red team|security of AI systems|securing LLM applications",
            "attack|attacks|attacking|break|breaking|exploit|exploiting|defend|defending"
            "|protect|protecting|harden|hardening|secure|securing ... assistant|assistants"
            "|model|models|LLM|LLMs|agent|agents|chatbot|chatbots|copilot",
        ],
    ),
    # --- D: keeping an AI system's behaviour reliable
    (
        "group",
        "D",
        4,
        [
            "assistant|assistants|model|models|LLM|LLMs|agent|agents|chatbot|copilot"
            "|LLM-based systems|AI systems ... fails|fail|failing|gets something wrong"
            "|gets it wrong|goes wrong|went wrong|misbehaves|hallucinates",
            "assistant's|model's|agent's|LLM's|chatbot's ... reliability|safety|behaviour"
            "|behavior|failures|mistakes",
            "reliability|failures|failure patterns|mistakes|safe-answer rate ... of ... the"
            " assistant|the model|the agent|the LLM|the chatbot|AI systems",
        ],
    ),
    (
        "archetype",
        "reliability-evals",
        4,
        [
            "failure patterns|failure cases|failure analysis|task success rate|task success"
            "|safe-answer rate|answer accuracy|wrong answers",
        ],
    ),
    # --- Lead: the person's own role leads people
    (
        "archetype",
        "lead-ai",
        6,
        [
            "lead AI engineer|lead ML engineer|lead LLM engineer|lead applied AI engineer"
            "|AI lead|ML lead|AI tech lead|engineering manager|AI engineering manager"
            "|head of AI|head of ML|head of machine learning|head of AI engineering"
            "|director of AI|director of engineering",
        ],
    ),
    (
        "archetype",
        "lead-ai",
        4,
        [
            "managing engineers|manage engineers|manage a team|people management"
            "|people manager|line management|line manager|direct reports|run hiring"
            "|coach engineers|coaching engineers",
            "lead|leading|manage|managing|coach|coaching ... team|teams|engineers|every engineer",
        ],
    ),
    # --- Applied: search built on embeddings
    (
        "archetype",
        "applied-ai",
        3,
        [
            "semantic search|semantic retrieval|vector search|vector index|vector indexes"
            "|vector database|vector databases|rerank|reranked|reranker|rerankers"
            "|query understanding|retrieval stack",
        ],
    ),
]

# (kind, target, row phrase, phrases that leave it, phrases that take their place)
CHANGES = [
    ("archetype", "lead-ai", "tech lead", ["lead the design", "lead the architecture"], []),
    ("archetype", "lead-ai", "design doc", ["code reviews"], []),
    (
        "archetype",
        "lead-ai",
        "eval CI",
        ["executives"],
        ["to executives", "for executives", "with executives", "executive stakeholders"],
    ),
]


def row(entries: list[str]) -> tuple[str, list[str]]:
    """(phrase, synonyms), as roles 0023 writes them: the first plain phrase names the row."""
    phrases = []
    for entry in entries:
        phrases += [entry] if GAP in entry else [p.strip() for p in entry.split("|")]
    short = [p for p in phrases if len(p) <= PHRASE_MAX]
    phrase = next((p for p in short if GAP not in p), short[0])
    return phrase, [p for p in phrases if p is not phrase]


def _targets(apps) -> dict:
    return {
        "group": {g.letter: g for g in apps.get_model("roles", "RoleGroup").objects.all()},
        "archetype": {a.slug: a for a in apps.get_model("roles", "RoleArchetype").objects.all()},
        "skill": {s.slug: s for s in apps.get_model("roles", "Skill").objects.all()},
    }


def _change(apps, *, forwards: bool) -> None:
    signal = apps.get_model("roles", "ReadingSignal")
    targets = _targets(apps)
    for kind, key, phrase, leaving, arriving in CHANGES:
        target = targets[kind].get(key)
        if target is None:
            continue
        old, new = (leaving, arriving) if forwards else (arriving, leaving)
        for found in signal.objects.filter(phrase=phrase, **{kind: target}):
            synonyms = found.synonyms.splitlines()
            if not all(p in synonyms for p in old):
                continue  # staff changed the row; it is theirs
            kept = [p for p in synonyms if p not in old]
            found.synonyms = "\n".join(kept + [p for p in new if p not in kept])
            found.save(update_fields=["synonyms"])


def forwards(apps, schema_editor):
    _change(apps, forwards=True)
    signal = apps.get_model("roles", "ReadingSignal")
    targets = _targets(apps)
    rows = []
    for kind, key, weight, entries in ADDITIONS:
        target = targets[kind].get(key)
        if target is None:
            continue  # renamed or removed in admin; staff add its signals there
        phrase, synonyms = row(entries)
        if not signal.objects.filter(phrase__iexact=phrase, **{kind: target}).exists():
            rows.append(
                signal(phrase=phrase, synonyms="\n".join(synonyms), weight=weight, **{kind: target})
            )
    signal.objects.bulk_create(rows)


def backwards(apps, schema_editor):
    _change(apps, forwards=False)
    signal = apps.get_model("roles", "ReadingSignal")
    targets = _targets(apps)
    for kind, key, weight, entries in ADDITIONS:
        target = targets[kind].get(key)
        if target is not None:
            phrase, synonyms = row(entries)
            signal.objects.filter(
                phrase=phrase, synonyms="\n".join(synonyms), weight=weight, **{kind: target}
            ).delete()


class Migration(migrations.Migration):
    dependencies = [("roles", "0023_skills_described_as_work")]
    operations = [migrations.RunPython(forwards, backwards)]

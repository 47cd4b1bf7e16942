"""Loads the guide (shared/content/positioning-and-roles.txt) into the roles tables.

The data lives here, frozen with the migration, so that a fresh database always gets the
guide as it was written; later edits happen in admin. The guide's bracket slots become
named placeholders, and its line-break glitches are mended without changing its words.
"""

from django.db import migrations
from django.utils.text import slugify

GROUPS = [
    ("A", "Build models", "ML Engineer, Research Engineer", "Usually skip as main lane"),
    ("B", "Build with models", "AI Engineer, Applied AI, Agent Engineer", "Primary lane"),
    ("C", "Build for models", "AI Infra, MLOps, Platform", "Strong adjacent lane"),
    ("D", "Build around models", "Reliability, evals, oversight", "Best moat / specialization"),
    (
        "E",
        "Build everything",
        "Founding Engineer, first technical hire",
        "Strong optionality lane",
    ),
]

# name, short name, slug, group, work shape, best-fit signal, skills, practice focus
ARCHETYPES = [
    (
        "Applied AI / Agent Engineer",
        "Applied AI",
        "applied-ai",
        "B",
        "Build agents, RAG, tools, evals, guardrails",
        "Primary lane for most pivots",
        "Prompting, tool calling, LangGraph, RAG, async Python, observability, cost/latency, "
        "guardrails",
        "03_tool_calling_agent, 05_debug_looping_agent, 06_rag_hardening; "
        "learning modules 07-11, 16",
    ),
    (
        "Principal / Lead AI Engineer",
        "Lead AI",
        "lead-ai",
        "B",
        "Scale systems + team; reviews, design docs, runbooks, postmortems",
        "Strong lane if you already have lead experience",
        "Architecture decisions, inference optimization, durable workflows, eval CI, mentoring, "
        "cost governance, plain-English trade-offs",
        "04_eval_harness, 06_rag_hardening, 12_llm_judge; modules 11, 16, 17",
    ),
    (
        "AI Platform / Infra Engineer",
        "AI platform",
        "ai-platform",
        "C",
        "Serving, gateway, deployment, latency, cost, governance",
        "Strong adjacent lane",
        "vLLM/TGI basics, K8s for AI, routing, drift detection, SLOs, tenant isolation, FinOps",
        "Modules 06, 11, 16, 17 + system design 02-04",
    ),
    (
        "Reliability / Evals / Oversight",
        "Reliability/evals",
        "reliability-evals",
        "D",
        "Gold sets, rubrics, judge prompts, regression gates, incident-to-eval loop",
        "Best moat",
        "Gold-set design, LLM-as-judge, eval CI, HITL, failure taxonomy, trace review",
        "04_eval_harness, 05_debug_looping_agent, 12_llm_judge; modules 09-11, 16",
    ),
    (
        "Founding AI Engineer",
        "Founding",
        "founding",
        "E",
        "Build product + infra + customer fixes + roadmap under ambiguity",
        "Strong lane if you like breadth",
        "Scope control, customer empathy, fast shipping, backend/API work, product judgment, "
        "basic ops",
        "Capstone-style builds + direct founder outreach",
    ),
]

DAY_TO_DAY = {
    "applied-ai": [
        ("code", 70),
        ("debugging", 15),
        ("product/customer context", 10),
        ("cost/latency", 5),
    ],
    "lead-ai": [
        ("hands-on", 40),
        ("reviews/mentoring", 25),
        ("incidents/metrics", 15),
        ("cross-team work", 10),
        ("writing", 10),
    ],
    "ai-platform": [
        ("Python/config", 35),
        ("observability/incidents", 25),
        ("capacity/cost", 20),
        ("enablement", 15),
        ("docs", 5),
    ],
    "reliability-evals": [
        ("eval cases", 40),
        ("rubrics/scoring", 25),
        ("triage", 20),
        ("reports/postmortems", 10),
        ("mentoring", 5),
    ],
    "founding": [
        ("code", 40),
        ("customer work", 20),
        ("hiring", 15),
        ("ops", 10),
        ("strategy", 10),
        ("docs", 5),
    ],
}

# domain, must know well, useful stretch (comma-separated as in the guide)
SKILLS = [
    (
        "Core AI / ML",
        "Transformers, embeddings, LLM lifecycle, evaluation basics, model failure modes",
        "Multimodal, alignment details, deeper training internals",
    ),
    (
        "LLM app engineering",
        "Prompting, RAG, agents, tool calling, context management, guardrails, evals, "
        "model selection",
        "Fine-tuning, MCP, multi-agent workflows",
    ),
    (
        "AI system design",
        "End-to-end AI architecture, retrieval design, agent patterns, serving, latency, "
        "reliability, observability, security",
        "Advanced routing, custom orchestration",
    ),
    (
        "Software engineering",
        "Python, TS/JS, APIs, services/workers, PostgreSQL/Redis, testing, CI/CD, git",
        "gRPC, GraphQL, deeper frontend integration",
    ),
    (
        "MLOps / LLMOps",
        "Model/prompt versioning, deployment, monitoring, eval pipelines, rollback, governance",
        "MLflow/W&B, feature stores, richer experiment tracking",
    ),
    (
        "Cloud / infra",
        "One cloud deeply, Docker, K8s basics, queues, storage, secrets, networking, cost",
        "GPU economics, service mesh, private inference endpoints",
    ),
    (
        "Data engineering",
        "SQL, ETL/ELT basics, data quality, privacy, analytics, HITL data loops",
        "Streaming, synthetic data, knowledge graphs",
    ),
    (
        "Product / leadership / responsible AI",
        "Problem framing, ROI, trade-offs, stakeholder comms, mentoring, hiring, "
        "security/privacy, safe deployment",
        "Org design, compliance-heavy governance",
    ),
]

# Which checklist skills each lane's "skills to emphasize" point at.
EMPHASIS = {
    "applied-ai": [
        "Prompting",
        "tool calling",
        "RAG",
        "agents",
        "guardrails",
        "evals",
        "Python",
        "observability",
        "latency",
        "cost",
    ],
    "lead-ai": [
        "End-to-end AI architecture",
        "serving",
        "eval pipelines",
        "mentoring",
        "governance",
        "trade-offs",
        "stakeholder comms",
        "cost",
    ],
    "ai-platform": [
        "serving",
        "K8s basics",
        "Advanced routing",
        "monitoring",
        "reliability",
        "security",
        "cost",
        "GPU economics",
        "deployment",
    ],
    "reliability-evals": [
        "evaluation basics",
        "evals",
        "eval pipelines",
        "HITL data loops",
        "model failure modes",
        "observability",
        "reliability",
    ],
    "founding": [
        "Problem framing",
        "APIs",
        "services/workers",
        "ROI",
        "trade-offs",
        "Docker",
        "CI/CD",
        "deployment",
    ],
}

# name, why it matters, deliverable; the list order is the guide's default priority.
GAPS = [
    (
        "Evals + observability",
        "Senior differentiator; many agent systems still lack discipline",
        "Eval harness repo + writeup",
    ),
    (
        "Multi-framework fluency",
        "Avoid framework lock-in; stronger senior signal",
        "LangGraph vs vendor SDK vs raw comparison",
    ),
    ("MCP", "Durable protocol-level skill", "Small MCP server + writeup"),
    (
        "Retrieval engineering",
        "Core to production RAG quality",
        "pgvector + reranker comparison",
    ),
    (
        "Production agent patterns",
        "Strong senior signal",
        "HITL / checkpointing / fallback artifact",
    ),
    (
        "Optional specialization marker",
        "A rare differentiator if it fits your background",
        "e.g. edge/on-device, voice, or vision demo",
    ),
]

# "Adjust priority to your target lane": starting points a content editor can change.
LANE_PRIORITIES = {
    "ai-platform": {
        "Evals + observability": 1,
        "Production agent patterns": 2,
        "Retrieval engineering": 3,
        "MCP": 4,
        "Multi-framework fluency": 5,
    },
    "lead-ai": {
        "Evals + observability": 1,
        "Production agent patterns": 2,
        "Multi-framework fluency": 3,
        "Retrieval engineering": 4,
        "MCP": 5,
    },
    "founding": {
        "Production agent patterns": 1,
        "Evals + observability": 2,
        "Retrieval engineering": 3,
        "MCP": 4,
        "Multi-framework fluency": 5,
    },
}

INTERVIEW = [
    "Design a production RAG system.",
    "Explain attention and transformer basics clearly.",
    "Choose between prompt engineering, RAG, fine-tuning, and self-hosting.",
    "Build or describe an LLM eval pipeline.",
    "Reduce hallucinations with system design, not only prompt tweaks.",
    "Optimize latency and cost with explicit levers.",
    "Secure an LLM app against prompt injection and PII leakage.",
    "Lead architecture reviews and mentor engineers (lead lane).",
]

CREDIBILITY = [
    ("Product engineering depth", "shipping real features to real users under constraints."),
    ("Cloud / production depth", "services, APIs, datastores, observability, on-call."),
    ("Domain reality", "whatever hard, messy systems you've debugged in production."),
    ("AI proof", "at least one shipped or portfolio AI artifact (agent, RAG, eval harness)."),
    (
        "Translation",
        "the same debugging, rollout, and incident instincts apply to AI systems.",
    ),
]

POSITIONING_NOTE = (
    "Build these four lines once, then reuse them everywhere (LinkedIn, intros, cover notes)."
)
SNIPPET_NOTE = "Templates — fill the brackets with your specifics."

# key, name, section, body, guidance, max length
TEMPLATES = [
    (
        "primary_line",
        "Primary line",
        "positioning",
        "Production AI engineer who ships reliable agentic systems — and the platforms that "
        "serve them.",
        POSITIONING_NOTE,
        None,
    ),
    (
        "expanded_line",
        "Expanded line",
        "positioning",
        "{level} engineer with {years}+ years across {domains}, now building {ai_work}.",
        POSITIONING_NOTE,
        None,
    ),
    (
        "pitch",
        "Pitch",
        "positioning",
        "Production-disciplined engineer with {artifact} and {edge}.",
        POSITIONING_NOTE,
        None,
    ),
    (
        "moat",
        "Moat",
        "positioning",
        "Most candidates have either AI-framework fluency or production depth. Position on the "
        "combination — your years of shipping real systems plus demonstrated AI work.",
        POSITIONING_NOTE,
        None,
    ),
    (
        "best_use",
        "Best use",
        "positioning",
        "Customer-facing AI products, AI platform teams, reliability/evals teams, or 0→1 "
        "startup roles.",
        "Where this positioning lands best.",
        None,
    ),
    (
        "linkedin_headline",
        "LinkedIn headline",
        "snippet",
        "Production AI Engineer · Agentic Systems + Reliability · {strengths}",
        SNIPPET_NOTE,
        220,
    ),
    (
        "opener",
        "60-second opener",
        "snippet",
        "{level} engineer, {years}+ years across {domains}.\n"
        "Most recent AI work: {artifact}.\n"
        "Target lane: production AI engineering focused on agentic systems, reliability, and "
        "platform depth.\n"
        "Rare angle: production discipline from real deployments.",
        SNIPPET_NOTE,
        None,
    ),
    (
        "cold_intro",
        "Cold intro line",
        "snippet",
        "I ship production AI systems with strong debugging, rollout, and engineering instincts.",
        SNIPPET_NOTE,
        None,
    ),
    (
        "lead_signal",
        "Lead signal line",
        "snippet",
        "I do not just build AI features; I design the reliability, eval, and operating "
        "patterns around them.",
        SNIPPET_NOTE,
        None,
    ),
    (
        "founder_signal",
        "Founder signal line",
        "snippet",
        "I can be useful across product, platform, customer debugging, and early technical hiring.",
        SNIPPET_NOTE,
        None,
    ),
]

RULES = [
    ("rule", "lead-with-shipped-work", "Lead with shipped work, not aspiration.", ""),
    (
        "rule",
        "say-production-ai-engineer",
        'Say "production AI engineer", not "transitioning to AI".',
        "",
    ),
    (
        "rule",
        "translate-engineering-stories",
        "Translate your existing engineering stories into AI language: reliability, evals, "
        "incidents, cost, rollout.",
        "",
    ),
    (
        "rule",
        "use-numbers",
        "Use numbers when possible: users, uptime, cost saved, support reduction.",
        "",
    ),
    (
        "rule",
        "framework-agnostic",
        "Be framework-agnostic; sound judgment-heavy, not trend-heavy.",
        "",
    ),
    (
        "avoid",
        "avoid-transitioning-to-ai",
        "I'm transitioning to AI.",
        "It frames you as someone on the way in. Position as a production AI engineer.",
    ),
    (
        "avoid",
        "avoid-learning-langgraph",
        "I've been learning LangGraph.",
        "Learning is aspiration and names a framework. Lead with what you shipped.",
    ),
    (
        "avoid",
        "avoid-not-a-specialist",
        "I'm not really an AI specialist but...",
        "It undercuts you before you start. State what you have built.",
    ),
    (
        "avoid",
        "avoid-research-heavy-ml",
        "I can do research-heavy ML too",
        "Avoid it when the lane is clearly applied/platform: it blurs the lane you are targeting.",
    ),
]

GLOSSARY = [
    ("Agent", "LLM system that can take multi-step actions"),
    ("MCP", "Model Context Protocol for tool / resource integration"),
    ("RAG", "Retrieval-Augmented Generation"),
    ("Eval", "Structured quality measurement for AI systems"),
    ("HITL", "Human-in-the-loop approval for high-stakes actions"),
    ("vLLM", "Production LLM serving framework"),
    ("LoRA / QLoRA", "Lightweight adapter fine-tuning"),
    ("KV cache", "Cached transformer keys/values that reduce repeated compute"),
]


def split(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def load(apps, schema_editor):
    m = {
        name: apps.get_model("roles", name)
        for name in [
            "RoleGroup",
            "RoleArchetype",
            "DayToDayShare",
            "SkillDomain",
            "Skill",
            "Gap",
            "GapPriority",
            "InterviewExpectation",
            "CredibilityPoint",
            "MessageTemplate",
            "MessagingRule",
            "GlossaryTerm",
        ]
    }
    groups = {}
    for order, (letter, relationship, typical, fit) in enumerate(GROUPS, start=1):
        groups[letter] = m["RoleGroup"].objects.create(
            order=order,
            letter=letter,
            slug=f"group-{letter.lower()}",
            relationship=relationship,
            typical_roles=typical,
            fit=fit,
        )

    skills_by_name = {}
    for order, (domain_name, must, stretch) in enumerate(SKILLS, start=1):
        domain = m["SkillDomain"].objects.create(
            order=order, name=domain_name, slug=slugify(domain_name)
        )
        position = 0
        for level, names in (("must", split(must)), ("stretch", split(stretch))):
            for name in names:
                position += 1
                slug = slugify(name) or slugify(f"{domain_name} {position}")
                if m["Skill"].objects.filter(slug=slug).exists():
                    slug = slugify(f"{domain_name} {name}")
                skills_by_name[name] = m["Skill"].objects.create(
                    domain=domain, order=position, name=name, slug=slug, level=level
                )

    archetypes = {}
    for order, row in enumerate(ARCHETYPES, start=1):
        name, short, slug, letter, shape, signal, skills, practice = row
        archetype = m["RoleArchetype"].objects.create(
            order=order,
            name=name,
            short_name=short,
            slug=slug,
            group=groups[letter],
            work_shape=shape,
            best_fit_signal=signal,
            skills_to_emphasize=skills,
            practice_focus=practice,
        )
        archetype.emphasized_skills.set([skills_by_name[s] for s in EMPHASIS[slug]])
        for position, (activity, percent) in enumerate(DAY_TO_DAY[slug], start=1):
            m["DayToDayShare"].objects.create(
                archetype=archetype, order=position, activity=activity, percent=percent
            )
        archetypes[slug] = archetype

    gaps = {}
    for priority, (name, why, deliverable) in enumerate(GAPS, start=1):
        gaps[name] = m["Gap"].objects.create(
            order=priority,
            name=name,
            slug=slugify(name),
            default_priority=priority,
            why_it_matters=why,
            deliverable=deliverable,
        )
    for lane, priorities in LANE_PRIORITIES.items():
        for gap_name, priority in priorities.items():
            m["GapPriority"].objects.create(
                gap=gaps[gap_name], archetype=archetypes[lane], priority=priority
            )

    for order, text in enumerate(INTERVIEW, start=1):
        m["InterviewExpectation"].objects.create(
            order=order,
            text=text,
            only_for=archetypes["lead-ai"] if "(lead lane)" in text else None,
        )

    for order, (name, hint) in enumerate(CREDIBILITY, start=1):
        m["CredibilityPoint"].objects.create(order=order, name=name, slug=slugify(name), hint=hint)

    for order, (key, name, section, body, guidance, limit) in enumerate(TEMPLATES, start=1):
        m["MessageTemplate"].objects.create(
            order=order,
            key=key,
            name=name,
            section=section,
            body=body,
            guidance=guidance,
            max_length=limit,
        )

    for order, (kind, slug, text, explanation) in enumerate(RULES, start=1):
        m["MessagingRule"].objects.create(
            order=order, kind=kind, slug=slug, text=text, explanation=explanation
        )

    for order, (term, meaning) in enumerate(GLOSSARY, start=1):
        m["GlossaryTerm"].objects.create(
            order=order, term=term, slug=slugify(term), meaning=meaning
        )


class Migration(migrations.Migration):
    dependencies = [("roles", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]

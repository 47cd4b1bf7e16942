"""Turns the guide's messaging rules into the coach's checks, and adds the LinkedIn texts.

The guide's nine rows keep their slugs, kinds and words; this fills in what the coach
needs (pattern, check, severity, fix, lanes, texts). Patterns are written to catch the
close variants people actually type: other contractions and tenses, "into" for "to",
extra words in between and any capitalisation.
"""

from django.db import migrations

# Words that count as a shipped result at the start of a text.
SHIPPED = (
    r"\b(?:ship(?:s|ped|ping)?|built|builds|launch(?:es|ed|ing)?|deploy(?:s|ed|ing)?|"
    r"releas(?:es|ed|ing)|deliver(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+out|"
    r"in\s+production|live\s+(?:with|for|at|in)|serv(?:es|ed|ing)\s+\d|"
    r"cut|reduc(?:es|ed|ing)|sav(?:es|ed|ing)|handl(?:es|ed|ing)|automat(?:es|ed|ing)|"
    r"resolv(?:es|ed|ing)|power(?:s|ed)|improv(?:es|ed)|increas(?:es|ed)|grew|drove|"
    r"scal(?:es|ed))\b"
)

AI_WORDS = (
    r"(?:AI|ML|machine\s+learning|artificial\s+intelligence|gen(?:erative)?\s*AI|"
    r"LLMs?|data\s+science|deep\s+learning)"
)

TRANSITIONING_SNIPPET = (
    r"\bI(?:(?:['’]m|\s+am|['’]ve|\s+have|\s+was|['’]ll\s+be|\s+will\s+be|['’]d)\s+"
    r"(?:\w+\s+){0,4}?|\s+)transition(?:ing|ed)\b"
    r"(?:\s+(?:\w+\s+){0,2}?(?:in)?to\s+(?:the\s+)?" + AI_WORDS + r"\b)?"
)

TRANSITIONING_WORDING = (
    r"\b(?:(?:transition(?:s|ing|ed)?|switch(?:es|ing|ed)?|mov(?:e|es|ing|ed)|"
    r"pivot(?:s|ing|ed)?|career\s+change)\s+(?:\w+\s+){0,3}?(?:in)?to"
    r"|(?:break(?:s|ing)?|broke|get(?:s|ting)?|got)\s+(?:\w+\s+){0,2}?into)"
    r"\s+(?:the\s+)?(?:world\s+of\s+|field\s+of\s+)?" + AI_WORDS + r"\b"
)

LEARNING_FRAMEWORK = (
    r"(?:\bI(?:['’]ve|\s+have)\s+(?:\w+\s+){0,2}?been\s+(?:\w+\s+){0,2}?|"
    r"\bbeen\s+(?:\w+\s+){0,2}?|\bI(?:['’]m|\s+am)\s+(?:\w+\s+){0,2}?)?"
    r"\b(?:learning|studying|learn(?:ed|t)|picking\s+up|playing\s+(?:around\s+)?with|"
    r"experimenting\s+with|tinkering\s+with)\s+(?:(?:about|up\s+on|the|some|more)\s+)*"
    r"(?:LangGraph|LangChain|LlamaIndex|CrewAI|AutoGen|DSPy|Semantic\s+Kernel|Haystack|"
    r"PyTorch|TensorFlow|Hugging\s*Face|agents?|LLMs?|AI|ML|RAG|prompt\s+engineering)\b"
)

NOT_A_SPECIALIST = (
    r"(?:\bI(?:['’]m|\s+am)\s+)?\b(?:not|no)\s+(?:\w+\s+){0,3}?(?:"
    + AI_WORDS
    + r"\s+(?:specialist|expert|person|guy|pro|researcher|scientist)s?"
    r"|(?:expert|specialist)s?\s+(?:in|on|at|with)\s+" + AI_WORDS + r")\b"
    r"(?:\s*,?\s*but\b(?:\s*(?:\.\.\.|…))?)?"
)

RESEARCH_HEAVY = (
    r"(?:\bI\s+can\s+(?:also\s+)?do\s+)?\bresearch[\s-]*(?:heavy|oriented|focused|level|"
    r"grade|driven|style)\s+(?:" + AI_WORDS + r"|model(?:l)?ing)\b(?:\s+too\b)?"
    r"|\b(?:" + AI_WORDS + r")\s+research\b"
    r"|\btrain(?:ing|ed)?\s+(?:\w+\s+){0,2}?models?\s+from\s+scratch\b"
    r"|\bnovel\s+(?:model\s+)?architectures?\b"
)

NUMBER = (
    r"\d|%|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|dozen)s?\b"
)

AI_LANGUAGE = (
    r"\b(?:reliab\w*|evals?|evaluations?|incidents?|costs?|latency|rollouts?|roll\s+out|"
    r"observab\w*|on-call|SLOs?|uptime|guardrails?|regressions?)\b"
)

FRAMEWORKS = "\n".join(
    [
        "LangGraph",
        "LangChain",
        "LlamaIndex",
        "CrewAI",
        "AutoGen",
        "DSPy",
        "Semantic Kernel",
        "Haystack",
        "Pydantic AI",
        "OpenAI Agents SDK",
        "Vercel AI SDK",
        "Hugging Face",
        "PyTorch",
        "TensorFlow",
        "Keras",
        "JAX",
        "vLLM",
        "TGI",
        "Ollama",
        "MLflow",
        "Kubeflow",
        "LangSmith",
        "Langfuse",
        "Weights & Biases",
        "Streamlit",
        "Gradio",
    ]
)

LEAD_TEXTS = "opener, linkedin_about"
NUMBER_TEXTS = "pitch, opener, linkedin_about"
RESEARCH_LANES = ["applied-ai", "lead-ai", "ai-platform"]

# slug -> the coach's fields. The guide's own words (text) are never touched here.
GUIDE_RULES = {
    "lead-with-shipped-work": dict(
        check_type="leads_with_shipped_work",
        match_as="regex",
        pattern=SHIPPED,
        severity="warning",
        applies_to=LEAD_TEXTS,
        explanation="The first sentence is what people read. It names no artifact and no "
        "shipped result, so it reads as aspiration.",
        fix='Open with what you shipped: name the artifact or the result, e.g. "I shipped an '
        'agent that resolves 30% of support tickets."',
    ),
    "say-production-ai-engineer": dict(
        check_type="avoid_wording",
        match_as="regex",
        pattern=TRANSITIONING_WORDING,
        severity="warning",
        explanation="Transition wording (transitioning, switching, moving into AI) frames you "
        "as someone on the way in.",
        fix='Say "production AI engineer" and describe the AI work you already ship.',
    ),
    "translate-engineering-stories": dict(
        check_type="needs_number",
        match_as="regex",
        pattern=AI_LANGUAGE,
        severity="info",
        applies_to=LEAD_TEXTS,
        explanation="It tells no engineering story in the words AI teams hire for.",
        fix="Retell one production story in AI terms: reliability, evals, incidents, cost or "
        "rollout.",
    ),
    "use-numbers": dict(
        check_type="needs_number",
        match_as="regex",
        pattern=NUMBER,
        severity="info",
        applies_to=NUMBER_TEXTS,
        explanation="There is no figure in it. Numbers make shipped work concrete.",
        fix="Add a figure: users served, uptime, cost saved, support tickets reduced, years.",
    ),
    "framework-agnostic": dict(
        check_type="framework_count",
        match_as="phrase",
        pattern="",
        terms=FRAMEWORKS,
        threshold=3,
        severity="warning",
        explanation="Three or more framework names in one text read as trend-heavy, not "
        "judgment-heavy.",
        fix='Keep at most two names and say what you decided and why, e.g. "chose a '
        'graph-based orchestrator over a raw loop to make retries observable".',
    ),
    "avoid-transitioning-to-ai": dict(
        match_as="regex",
        pattern=TRANSITIONING_SNIPPET,
        severity="warning",
        fix='Drop it. Say "production AI engineer" and name what you shipped.',
    ),
    "avoid-learning-langgraph": dict(
        match_as="regex",
        pattern=LEARNING_FRAMEWORK,
        severity="warning",
        fix="Replace learning with a result: what you built with it and what it does.",
    ),
    "avoid-not-a-specialist": dict(
        match_as="regex",
        pattern=NOT_A_SPECIALIST,
        severity="warning",
        fix="Cut the disclaimer and state what you have built.",
    ),
    "avoid-research-heavy-ml": dict(
        match_as="regex",
        pattern=RESEARCH_HEAVY,
        severity="warning",
        fix="Leave research-heavy ML out for an applied or platform lane; stay on what you "
        "ship and run.",
    ),
}

NEW_RULES = [
    dict(
        order=10,
        kind="rule",
        slug="within-length-limit",
        text="Keep every text within the limit of where it is pasted.",
        check_type="max_length",
        severity="error",
        explanation="It is longer than the place it is pasted allows; LinkedIn cuts it off "
        "or refuses it.",
        fix="Shorten it below the limit: cut adjectives and repeated points first.",
    ),
]

# key, name, body, guidance, max length
LINKEDIN_TEMPLATES = [
    (
        "linkedin_about",
        "LinkedIn About",
        "{pitch}\n\n{expanded_line}\n\nWhat I have shipped:\n{artifacts}\n\n"
        "Why it holds up in production:\n{credibility}\n\n"
        "What I am looking for: {lane} roles where reliable, measurable AI systems matter.",
        'Only the first ~265 characters show before "see more": put the shipped result '
        "and a number there.",
        2600,
    ),
    (
        "connection_note",
        "LinkedIn connection note",
        "Hi, I'm a {level} engineer building production AI: {artifact}. I'd be glad to connect.",
        "200 characters on a free account, 300 with Premium. One concrete thing, no ask.",
        200,
    ),
    (
        "intro_message",
        "Cold intro message",
        "Hi,\n\n{primary_line}\n\n{expanded_line} Most recently: {artifact}.\n\n"
        "I am looking at {lane} roles and would value 15 minutes of your view on what your "
        "team needs.\n\nThanks",
        "A LinkedIn InMail body allows 1,900 characters; short gets answered.",
        1900,
    ),
]


def forwards(apps, schema_editor):
    rule_model = apps.get_model("roles", "MessagingRule")
    archetype = apps.get_model("roles", "RoleArchetype")
    template = apps.get_model("roles", "MessageTemplate")

    for slug, fields in GUIDE_RULES.items():
        rule = rule_model.objects.filter(slug=slug).first()
        if rule is None:  # removed by staff before this ran: nothing to migrate
            continue
        if rule.explanation:  # the guide's own explanation wins
            fields = {k: v for k, v in fields.items() if k != "explanation"}
        for name, value in fields.items():
            setattr(rule, name, value)
        rule.save()
    for fields in NEW_RULES:
        rule_model.objects.get_or_create(slug=fields["slug"], defaults=fields)
    research = rule_model.objects.filter(slug="avoid-research-heavy-ml").first()
    if research is not None:
        research.lanes.set(archetype.objects.filter(slug__in=RESEARCH_LANES))

    last = template.objects.order_by("-order").values_list("order", flat=True).first() or 0
    for offset, (key, name, body, guidance, max_length) in enumerate(LINKEDIN_TEMPLATES, 1):
        template.objects.get_or_create(
            key=key,
            defaults=dict(
                order=last + offset,
                name=name,
                section="linkedin",
                body=body,
                guidance=guidance,
                max_length=max_length,
            ),
        )


def backwards(apps, schema_editor):
    apps.get_model("roles", "MessagingRule").objects.filter(
        slug__in=[r["slug"] for r in NEW_RULES]
    ).delete()
    apps.get_model("roles", "MessageTemplate").objects.filter(
        key__in=[t[0] for t in LINKEDIN_TEMPLATES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("roles", "0004_messaging_rule_checks")]

    operations = [migrations.RunPython(forwards, backwards)]

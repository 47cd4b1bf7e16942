"""Skills a posting describes as work, not by name (issue 21, second tuning round).

Postings say "screen prompts and generated outputs", "give the agent new actions" or
"instrument every step" more often than "guardrails", "tool calling" or "observability".
The reader now reads work phrases (roles/reading/work.py): `screen|filter ... output|prompt`
is found where a word of the first list stands within a few words of one of the second,
in one sentence, in any inflection ("screened", "outputs"). The rows below are families
of such verb-and-object pairs per skill, written from how postings describe each kind of
work in general, plus a few plain names postings use for a skill ("PyTorch" asks for
Python, "PCI DSS" for compliance-heavy governance).

They also give roles 0021's ambiguous words their context: "APIs" alone lists nothing,
"build the checkout APIs" does, and so does "Latency and error dashboards".

A new row is not added where its skill already has a row with that phrase (staff may have
written it themselves); backwards removes only rows exactly as added here.
"""

from django.db import migrations

# (kind, target, weight, phrases): one row each, the first phrase its name
ADDITIONS = [
    # --- LLM application work
    (
        "skill",
        "prompting",
        3,
        [
            "write|tune|design|craft|iterate|refine|improve|optimise|optimize|maintain|tweak"
            "|structure|engineer|experiment with|own|shape ... prompt|prompts|system prompt|system prompts",
            "instructions|examples ... for the model|for our models|for the LLM",
            "instructions ... model|models|LLM|LLMs|agent|assistant",
            "few-shot|few shot|in-context examples|prompt chains|prompt templates"
            "|prompt iteration|prompt library|prompt patterns|instructions and examples"
            "|model's instructions|system instructions",
        ],
    ),
    (
        "skill",
        "rag",
        3,
        [
            "ground|grounded|grounding ... answer|answers|response|responses|reply|replies"
            "|output|outputs",
            "answer|answers|response|responses ... cite|cites|citing|citation|citations|source"
            "|sources",
            "cite|citing ... page|pages|clause|clauses|source|sources|document|documents"
            "|passage|passages",
            "answer|ask ... questions ... document|documents|docs|manual|manuals|policy|policies"
            "|file|files|contract|contracts|procedure|procedures|knowledge base|wiki",
            "search|searches|retrieve|retrieval|look up ... document|documents|help center"
            "|help centre|knowledge base|docs|manuals|policies|wiki|contracts|case law|papers"
            "|tickets|notes",
            "retrieval ... generation|answer|answers|response|responses|assistant|chatbot"
            "|LLM|LLMs|prompt|context",
            "feed|feeds|feeding|pass|passes|give ... model|LLM ... context|passages|relevant",
            "retrieve|retrieving|pull|fetch|find|surface|select ... relevant|context|passages"
            "|clauses|snippets|chunks|right documents"
            "|right passages",
            "answers|answer|responses ... based on|drawn from|from our ... docs|documentation"
            "|documents|knowledge base|help center|help centre|articles|manuals|policies"
            "|catalogue|catalog|records|sources",
            "document|documents|source|sources|page|passage|clause ... came from",
            "answer|answers|answering|questions|assistant|bot|chatbot|copilot ... wiki|handbook"
            "|intranet|Confluence|SharePoint|Notion|documentation|ticket history|knowledge base"
            "|policies|manuals|contracts|case law|docs",
            "chat with|talk to|ask ... their documents|your documents|their data|your data"
            "|their docs|your docs",
            "retrieval-augmented|retrieval augmented|search over|knowledge assistant",
        ],
    ),
    (
        "skill",
        "retrieval-design",
        3,
        [
            "rank|rerank|re-rank|ranking|re-ranking ... results|passages|documents|chunks"
            "|candidates",
            "retrieval ... recall|quality|index|indexes|indices",
            "improve|tune ... retrieval|search quality|ranking of results|chunking|recall",
            "re-ranking|re-ranker|metadata filters|query rewriting|query understanding"
            "|vector store|vector stores|hybrid retrieval",
        ],
    ),
    (
        "skill",
        "embeddings",
        3,
        [
            "embed|embedding ... document|documents|text|texts|chunks|passages|queries|content",
            "vector|vectors ... search|index|indexes|store|stores|database|similarity",
        ],
    ),
    (
        "skill",
        "agents",
        3,
        [
            "autonomous|multi-step|multistep ... workflow|workflows|agent|agents|task|tasks"
            "|pipeline|pipelines",
            "assistant|bot|model|LLM ... take|takes|taking ... action|actions",
            "take|takes|taking ... action|actions ... system|systems|tools|on behalf",
            "plan|plans|planning ... call|calls|act|acts|execute|executes|steps|tools",
            "multi-step|multistep|long-running ... tasks|workflows|jobs",
            "assistant|agent|agents|bot ... on its own|on their own",
            "sub-agent|sub-agents|subagent|take actions|takes actions|acts on behalf|autonomously",
        ],
    ),
    (
        "skill",
        "tool-calling",
        3,
        [
            "give|add|expose|define|register|integrate ... action|actions|tools|functions",
            "call|calls|calling|invoke|invokes ... tool|tools|function|functions",
            "access to ... tools|functions|actions",
            "model|LLM|agent|assistant ... can invoke|can call|can use|calls our|invokes",
            "tool descriptions|tool schemas|tool definitions|function schemas|function call"
            "|callable functions|callable tools|as functions"
            "|function-calling",
        ],
    ),
    (
        "skill",
        "multi-agent-workflows",
        3,
        [
            "agent|agents ... each other|one another|hand off|handoffs|hand work|coordinate"
            "|collaborate",
            "coordinate|orchestrate ... agents|sub-agents|specialised agents|specialized agents",
            "planner|orchestrator|supervisor ... agent|agents|sub-agents|workers",
            "specialist agents|worker agents|agent teams|team of agents",
        ],
    ),
    (
        "skill",
        "agent-patterns",
        3,
        [
            "stop|pause|ask|escalate|defer|hand|hands|handing|hand off ... human|person|operator"
            "|reviewer",
            "retry|retries ... safely|step|steps|failed|failure",
            "replan|self-check|check their own output|check its own output|approval step",
        ],
    ),
    (
        "skill",
        "context-management",
        3,
        [
            "assemble|assembles|build|manage|keep ... context|conversation history|memory",
            "long conversations ... coherent|context",
            "remember|remembers|memory ... across|between ... sessions|conversations|turns",
            "long sessions|across sessions|conversation memory|long-term memory",
        ],
    ),
    (
        "skill",
        "model-selection",
        3,
        [
            "pick|choose|select|compare ... the right model|which model|which models"
            "|between models|model providers|providers|LLMs",
            "decide|decides ... which model|which models|which LLM|which provider",
        ],
    ),
    (
        "skill",
        "fine-tuning",
        3,
        [
            "adapt|adapting|customise|customize|customising|customizing|specialise|specialize"
            " ... model|models|LLM|LLMs|embedding models ... domain|task|language|data",
            "adapt|adapting|customise|customize ... models|model|embedding models|open models",
            "train|training|fine tune ... task-specific|domain-specific|custom|small|smaller"
            " ... model|models",
            "parameter-efficient|parameter efficient|adapter|adapters|distillation|distil|distill",
        ],
    ),
    (
        "skill",
        "multimodal",
        3,
        [
            "image|images|voice|audio|video|speech|vision|visual ... moderation|model|models"
            "|understanding|recognition|processing|generation|input|inputs",
            "vision-language|vision language|OCR|speech-to-text|transcription",
        ],
    ),
    # --- quality: evals and failures
    (
        "skill",
        "evals",
        3,
        [
            "measure|measuring|score|scoring|grade|grading|assess|judge|benchmark|track ... quality"
            "|accuracy|answers|outputs|responses|correctness|precision|recall|how often|how well"
            "|win rate|resolution",
            "change|changes ... better|worse|regressed|regress|regression|regressions|improved",
            "check|test|run|compare|score|validate|evaluate ... against ... set|sets|examples"
            "|cases|baseline|benchmark|golden",
            "precision and recall|model-graded|model graded|LLM-graded|human-graded|graded"
            "|offline test sets|test questions|eval cases|human evaluation|side-by-side"
            "|win rate|pairwise comparison|rubric|rubrics|grading rubric|golden set|golden sets"
            "|golden examples|success metrics|release over release|release to release",
            "offline|online ... benchmark|benchmarks|evaluation|evaluations|evals",
            "good|right ... from ... bad|wrong",
            "beat|beats|outperform|outperforms ... old|current|previous|baseline|existing"
            "|incumbent",
            "set|sets|collection|suite|benchmark ... of ... questions|conversations|examples|cases|tickets"
            "|transcripts|prompts|visits|calls",
            "quality bar|quality bars",
            "score|scoring|grade|compare ... candidate|candidates|prompt|prompts|model|models"
            "|variant|variants ... against",
            "prove|show|know|tell|judge|decide ... whether|if|when ... right|correct|works|better"
            "|worse|good enough|ready",
            "score|scores|scoring|grade|grading ... conversations|transcripts|runs|answers"
            "|outputs|responses",
        ],
    ),
    (
        "skill",
        "eval-pipelines",
        3,
        [
            "run|runs|running|replay|replays ... nightly|every change|every commit|every build"
            "|every release|every pull request|every PR|every new build|every deploy|on each",
            "block|blocks|gate|gates|gating ... deploy|deploys|release|releases|merge|merges"
            "|launch|change|changes",
            "evals|evaluations|eval suite|test suite|regression suite|benchmarks ... on every"
            "|nightly|in CI|into CI|CI pipeline|CI pipelines|before every release|before merge"
            "|before release",
            "without passing|must pass|before it merges|before they merge|before it ships",
            "evaluation|evaluations|eval|evals|test suite|tests ... release process|build pipeline"
            "|before every release|before release|before each release|automatically",
        ],
    ),
    (
        "skill",
        "model-failure-modes",
        3,
        [
            "find where|see where|know where|understand where|understand how|investigate where"
            "|investigate why|find out why|diagnose why|learn where|where they|how they"
            "|how models|where models|how LLMs|how the model|where the model|what the model"
            "|model|agent|ways ... fail|fails|failing|wrong|misbehave|mislead|misleads|break down"
            "|breaks down",
            "hallucinate|hallucinated|hallucinating|hallucinates|making things up|make things up"
            "|makes things up|made up",
            "classify|categorise|categorize|group|taxonomy ... failures|errors|mistakes|root cause",
            "mistakes ... model|assistant|agent|tutor|bot",
        ],
    ),
    (
        "skill",
        "hitl-data-loops",
        3,
        [
            "label|labels|labelled|labeled|labelling|labeling|annotate|annotated"
            " ... cases|samples|examples|outputs|queue|conversations|transcripts",
            "decisions|corrections|labels|judgements|judgments|feedback|reviews|edits ... back"
            "|into training|improve|retrain",
            "moderators|reviewers|labelers|labellers|specialists|annotators|experts ... label"
            "|review|queue|decisions|corrections",
            "reviewer|reviewers|expert|experts|user|users ... feedback|corrections|ratings"
            " ... into|back|improve",
            "labelling guidelines|labeling guidelines|annotation guidelines|review queue"
            "|thumbs up|thumbs down|feedback loop|feedback loops|data flywheel",
        ],
    ),
    (
        "skill",
        "guardrails",
        3,
        [
            "screen|screens|filter|filters|block|moderate|validate|sanitise|sanitize"
            "|redact|control|controls ... prompt|prompts|output|outputs|response|responses"
            "|answer|answers|replies|messages"
            "|content|input|inputs|generations",
            "filter|filters|classifier|classifiers|rules ... harassment|abuse|toxic|toxicity"
            "|harm|harmful|spam|scams|unsafe|hate|self-harm|grooming",
            "stop|prevent|keep ... from promising|from saying|from leaking|from giving|from taking"
            "|from producing|from generating|from returning|from making",
            "unsafe|harmful|toxic|off-brand|inappropriate|offensive ... response|responses|output"
            "|outputs|content|answers|replies|generations",
            "permission|permissions ... tool|tools|agent|agents|actions",
            "safety|content|policy ... classifier|classifiers|filter|filters|checks|policies"
            "|guardrails",
            "PII ... redact|redaction|detection|filter|filtering|scrubbing",
            "allowed to do|may do on its own|is allowed to|refuse|refusals"
            "|before a customer sees it|before customers see it|before a user sees it"
            "|before users see it",
            "disclaimers|refusal behaviour|refusal behavior|policy checks|safety filters",
        ],
    ),
    (
        "skill",
        "synthetic-data",
        3,
        [
            "generate|generating|generated|create|creating|synthesise|synthesize|simulate"
            "|simulated|render|rendering ... test cases|test questions|examples|questions"
            "|training data|test data|eval data|scenes|conversations",
            "synthetic|simulated ... scenes|data|examples|conversations",
        ],
    ),
    # --- running it: latency, cost, observability, monitoring
    (
        "skill",
        "latency",
        3,
        [
            "shave|cut|reduce|lower|improve|bring down ... latency|response time|response times"
            "|seconds|milliseconds|time to first token",
            "within|under|below|in less than|hit|meet ... # ms|# milliseconds|# seconds|# second"
            "|a second|one second|two seconds",
            "# ms|# milliseconds|# second|# seconds ... budget|end to end|p95|p99|SLA|SLO",
            "latency ... target|targets|budget|budgets|slo|slos|dashboard|dashboards|metrics"
            "|p50|p95|p99",
            "make|keep|making|keeping ... fast|faster|quick|quicker|snappy|responsive",
            "throughput ... latency",
            "respond|responds|answer|answers|reply|replies ... in real time|instantly"
            "|within seconds|in seconds",
            "fast enough|feel instant|feels instant|sub-second|milliseconds|snappy"
            "|response times|tokens per second|time-to-first-token|first token|first tokens",
        ],
    ),
    (
        "skill",
        "cost",
        3,
        [
            "track|reduce|cut|drive down|lower|attribute|control|own|report|forecast"
            " ... cost|costs|spend|spending|bill|bills",
            "cost|costs|spend ... per token|per million tokens|per request|per query|per call"
            "|per team|per feature|per customer|per conversation|per user|per session"
            "|per document|per ticket|budget|budgets|each request|each call|each query"
            "|each conversation|every request|every call",
            "cheaper|cheapest ... model|models|provider|providers",
            "make|keep|making|keeping ... cheap|cheaper|cost-effective|affordable",
            "pay|paying|spend|spending ... per conversation|per request|per call|per query"
            "|per token|per user",
            "token usage|token spend|token budget|token budgets|inference spend|LLM spend"
            "|what it costs|what they cost|what anything costs|what everything costs",
        ],
    ),
    (
        "skill",
        "gpu-economics",
        3,
        [
            "cluster|GPU|GPUs|fleet|accelerator|accelerators|compute ... utilisation|utilization"
            "|busy|idle|cost|costs|spend|budget|capacity",
            "pack|packing|bin-pack|fewer ... GPU|GPUs|nodes",
            "how many GPUs|GPU demand|GPU needs",
        ],
    ),
    (
        "skill",
        "observability",
        3,
        [
            "instrument|instruments|instrumented|instrumenting ... assistant|agent|service"
            "|pipeline|system|step|steps|call|calls|request|requests|code|app|application"
            "|model|every",
            "trace|traces|tracing|log|logs|logging ... run|runs|request|requests|call|calls"
            "|step|steps|prompt|prompts|conversation|conversations|product request",
            "see|view|follow ... each conversation|every conversation|each run|every run"
            "|each request|every request|each step|every step",
            "replay|inspect|debug ... any run|every run|each run|answer|answers|response"
            "|responses|trace|traces|conversation"
            "|conversations|session|sessions|step by step",
            "dashboard|dashboards ... error|errors|throughput|usage|saturation|traffic|latency",
            "visibility|insight ... into what|into how|into the agent|into agent|into model"
            "|into runs|into requests|into calls|into behaviour|into behavior",
            "log|logs|logging|record ... every prompt|prompts and responses|model calls"
            "|every call|inputs and outputs",
            "see what the agent did|what it did and why|why did it do that|instrumentation"
            "|traceable|traceability",
        ],
    ),
    ("skill", "observability", 2, ["logging|logged"]),
    (
        "skill",
        "monitoring",
        3,
        [
            "monitor|monitors|monitored|monitoring|watch ... model|models|accuracy|drift"
            "|production|performance|quality|forecast|service|services",
            "quality|accuracy|model performance ... drop|drops|dip|dips|degrade|degrades"
            "|degradation|drift|drifts",
            "detect|spot ... drift|failures|failing|anomalies|regressions|outages|degradation",
        ],
    ),
    (
        "skill",
        "reliability",
        3,
        [
            "keep|make ... available|reliable ... traffic|load|peak",
            "fallback|fallbacks|failover ... down|outage|outages|fails|failure",
            "provider|providers|vendor|vendors|region ... outage|outages|is down|goes down",
            "error budget|error budgets|incident counts|failover|graceful degradation|redundancy",
        ],
    ),
    # --- building and shipping
    (
        "skill",
        "apis",
        3,
        [
            "build|design|own|expose|write|maintain|version|document|create|ship|run ... API"
            "|APIs|endpoint|endpoints|REST|webhooks|REST services",
            "integrate|integrates|integrating|integration|integrations|wire|connect|hook"
            " ... system|systems|service|services|portal|portals|CRM|ERP|API|APIs|feeds",
            "API|APIs ... calls|uses|design|contract|contracts|clients|consumers|integration",
            "integrations with|integration with|integrate with|integrates with",
            "REST services|REST endpoints|HTTP APIs|public API|partner APIs|REST interface"
            "|through an API|via an API|via API|over an API",
        ],
    ),
    (
        "skill",
        "deployment",
        3,
        [
            "ship|push|put|get|take|bring|move|promote|release|roll out ... model|models"
            "|service|services ... production|prod",
            "deploy|deploys|deployed ... on|to|into",
            "package|containerise|containerize ... model|models|service|services",
            "take|get|put|bring|move|promote|push|roll out ... into production|to production",
            "deploys|release path|release process|blue-green|blue green",
        ],
    ),
    (
        "skill",
        "modelprompt-versioning",
        3,
        [
            "version|versions|versioned|versioning|track ... model|models|prompt|prompts|dataset"
            "|datasets|every model",
        ],
    ),
    (
        "skill",
        "safe-deployment",
        3,
        [
            "launch|release|rollout|go-live|go live ... criteria|checklist|review|gate|gates"
            "|approval|sign-off",
            "safe|safely ... roll out|rollout|release|ship|launch|go live",
            "shadow traffic|canaries|staged rollout",
        ],
    ),
    (
        "skill",
        "testing",
        3,
        [
            "write|writing|add|maintain ... unit tests|integration tests|tests that|tests for",
            "tests ... catch|cover",
        ],
    ),
    (
        "skill",
        "queues",
        3,
        [
            "event|events|message|messages|job|jobs|task|tasks|work ... queue|queues"
            "|queueing|queuing",
            "job queues|task queue|fan out",
        ],
    ),
    (
        "skill",
        "cicd",
        3,
        ["CI/CD ... model|models|pipeline|pipelines", "build pipelines|deploy pipelines"],
    ),
    # --- data
    (
        "skill",
        "etlelt-basics",
        3,
        [
            "ingest|ingests|ingesting|load|transform ... data|events|documents|records|files",
            "backfill|backfills|data warehouse|warehouse tables|data model|data modelling",
        ],
    ),
    (
        "skill",
        "data-quality",
        3,
        [
            "validation checks|validate data|data validation|duplicates|dedupe|de-duplication"
            "|data contracts|missing metadata|broken parses",
            "clean|filter|deduplicate|validate ... data|dataset|datasets|tokens|corpus",
        ],
    ),
    (
        "skill",
        "analytics",
        3,
        [
            "statistically|significance|hypothesis testing|sampling"
            "|statistical rigour|statistical rigor",
            "statistics|statistical ... analysis|testing|sampling|methods",
        ],
    ),
    # --- security, privacy, compliance
    (
        "skill",
        "security",
        3,
        [
            "data|information|systems|applications ... secure|securely|protected",
            "protect|defend|harden|secure ... against|from ... jailbreak|jailbreaks|attack"
            "|attacks|injection|leak|leaks|exfiltration|abuse|misuse",
            "authentication|authorization|authorisation|OAuth|SSO|RBAC|least privilege"
            "|encryption|auth|vulnerabilities|vulnerability|secure coding|security reviews"
            "|threat modelling|threat modeling",
        ],
    ),
    (
        "skill",
        "secrets",
        3,
        [
            "key|keys|credential|credentials|secret|secrets|tokens ... handling|rotation|rotate"
            "|never leave|vault|management|manage",
            "credentials|provider keys|key management|key rotation|secrets handling",
        ],
    ),
    (
        "skill",
        "privacy",
        3,
        [
            "patient data|patient information|health data|health information|PHI"
            "|sensitive data|de-identification|de-identify|anonymisation|anonymization"
            "|pseudonymisation|data retention|data minimisation",
            "keep|kept|stay|remain ... private|confidential",
            "redact|redaction|mask|masking|anonymise|anonymize ... names|personal|PII"
            "|account numbers|customer data|identifiers|emails|addresses",
            "data|PII|information ... out of prompts|out of logs|out of training|never leaves"
            "|never reaches|stays inside|stays in",
        ],
    ),
    (
        "skill",
        "compliance-heavy-governance",
        3,
        ["PCI DSS|PCI|SOX|FedRAMP|SOC2|FINRA|FCA|model risk management|audit evidence"],
    ),
    (
        "skill",
        "one-cloud-deeply",
        3,
        ["one|major|public ... cloud|cloud platform|cloud provider"],
    ),
    ("skill", "python", 3, ["PyTorch|JAX|NumPy|scikit-learn|Pydantic"]),
    # a job title, not a skill: "Forward Deployed Engineer" asks for no deployment work
    ("skill", "deployment", -3, ["forward deployed|forward-deployed"]),
    (
        "skill",
        "serving",
        3,
        [
            "serve|serving ... model|models|LLMs|open models|open-weight models",
            "run|running ... open models|open-weight models|own models|models on GPUs|LLMs on GPUs",
            "inference ... stack|server|servers|endpoint|endpoints|fleet|engine|engines"
            "|service|services",
        ],
    ),
    # --- product and people
    (
        "skill",
        "problem-framing",
        3,
        [
            "decide|define|choose|figure out|work out|shape|scope ... what we build|what to build"
            "|what comes next|what is realistic|what matters|what to ship",
            "see|understand|learn|find out ... what they need|what they actually need"
            "|what users need|what customers need|how they work|actually work",
            "decide|choose|pick|prioritise|prioritize|identify ... which problems"
            "|which customer problems|what problems|which use cases|where AI|where LLMs"
            "|which tasks|which workflows|what to automate",
            "where AI|where LLMs|where automation ... help|helps|fit|fits|makes sense|pays off"
            "|earns",
            "vague|ambiguous|fuzzy ... request|requests|problem|problems|requirements|idea|ideas",
            "scope|identify|find|prioritise|prioritize|define ... use case|use cases",
            "translate ... problem|problems|needs|requests|workflows|pain points ... into",
            "smallest useful thing|what to build first|worth solving|worth building"
            "|worth automating"
            "|problems to solve",
        ],
    ),
    (
        "skill",
        "stakeholder-comms",
        3,
        [
            "present|presenting|explain|explaining|communicate|walk ... to|for"
            " ... leadership|executives|executive|committee|committees|regulators|customers"
            "|stakeholders|board|partners|non-technical",
            "in plain language|in plain English|non-technical people|non-technical audiences",
        ],
    ),
    (
        "skill",
        "hiring",
        3,
        [
            "hire|hired|hiring|interview|interviewing|recruit ... engineer|engineers|team|people"
            "|next engineers|next",
        ],
    ),
    (
        "skill",
        "mentoring",
        3,
        [
            "grow|develop|coach|level up|teach ... engineer|engineers|juniors|developers",
            "engineers around you|people around you|help engineers grow",
        ],
    ),
    (
        "skill",
        "end-to-end-ai-architecture",
        3,
        [
            "own|design|define|set|lead|shape|explain|decide ... architecture|technical direction"
            "|system design",
        ],
    ),
    (
        "skill",
        "advanced-routing",
        3,
        [
            "route|routes|routing ... provider|providers|model|models|request|requests|between",
        ],
    ),
]


# Words that name a skill in one posting and pass by in another, moved out of their
# skill's main row into one of their own at weight 2, as roles 0021 did: "checkpointing"
# is an agent pattern in an agent posting and saving model weights in a training one.
AMBIGUOUS_WEIGHT, SEEDED_WEIGHT = 2, 3
AMBIGUOUS = {"agent-patterns": ["checkpointing"]}

GAP = "..."
PHRASE_MAX = 120  # ReadingSignal.phrase; the longer work phrases go in the synonyms


def row(entries: list[str]) -> tuple[str, list[str]]:
    """(phrase, synonyms): a work phrase ("a|b ... c|d") stays whole, a plain entry
    splits on | into one phrase per line. The row's phrase, its name in admin, is its
    first plain phrase, or else its first work phrase short enough for the field."""
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


def _phrases(row) -> list[str]:
    return [p.strip() for p in [row.phrase, *row.synonyms.splitlines()] if p.strip()]


def split_ambiguous(apps):
    signal = apps.get_model("roles", "ReadingSignal")
    for slug, words in AMBIGUOUS.items():
        for row in signal.objects.filter(skill__slug=slug, weight=SEEDED_WEIGHT).order_by("pk"):
            phrases = _phrases(row)
            moved = [p for p in phrases if p in words]
            kept = [p for p in phrases if p not in words]
            if not moved or not kept:
                continue  # staff changed the row; it is theirs
            row.phrase, row.synonyms = kept[0], "\n".join(kept[1:])
            row.save(update_fields=["phrase", "synonyms"])
            signal.objects.create(
                skill_id=row.skill_id,
                phrase=moved[0],
                synonyms="\n".join(moved[1:]),
                weight=AMBIGUOUS_WEIGHT,
                is_active=row.is_active,
            )


def join_ambiguous(apps):
    signal = apps.get_model("roles", "ReadingSignal")
    for slug, words in AMBIGUOUS.items():
        home = signal.objects.filter(skill__slug=slug, weight=SEEDED_WEIGHT).order_by("pk").first()
        for row in signal.objects.filter(skill__slug=slug, weight=AMBIGUOUS_WEIGHT):
            if home is not None and _phrases(row) == words:
                home.synonyms = "\n".join([*home.synonyms.splitlines(), *words])
                home.save(update_fields=["synonyms"])
                row.delete()


def forwards(apps, schema_editor):
    split_ambiguous(apps)
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
    join_ambiguous(apps)
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
    dependencies = [("roles", "0022_lane_lines")]
    operations = [migrations.RunPython(forwards, backwards)]

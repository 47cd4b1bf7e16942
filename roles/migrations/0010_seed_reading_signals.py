"""Seeds the posting reader's signals: every group, archetype and checklist skill.

Each entry is "weight:phrase|synonym|synonym" (weight 3 when left out). Phrases match
whole words in any capitalisation; a hyphen, slash or space matches any of them or
nothing; a trailing s or es is allowed. Staff tune all of it in admin afterwards.

Group signals say how the role relates to the model (trains it, builds with it, runs it,
checks it, builds everything); archetype signals describe one lane's work, and count
towards the lane's group as well. A negative weight counts against.
"""

from django.db import migrations

GROUPS = {
    "A": [
        "8:pretraining|pre-training|pretrain|pretraining data|foundation model training",
        "6:scaling laws|data mixture|tokenization|tokenizer",
        "6:research scientist|applied scientist|research scientists",
        "5:training run|training runs|training job|training jobs|large training runs|training code",
        "5:distributed training|FSDP|DeepSpeed|Megatron|mixed-precision training|mixed precision"
        "|parallelism strategies|data parallelism",
        "5:train models|train the models|training models|model training|train large"
        "|train and tune|train and improve|training deep learning models|train deep learning models"
        "|training large neural networks|models from scratch"
        "|building and training|train our own",
        "2:train|training|trained",
        "4:PhD|Ph.D|doctorate|MSc",
        "4:publication|publish|top venues|NeurIPS|ICML|ICLR|read papers|read a paper"
        "|reproduce results|research code|research ideas|research and develop",
        "5:ablation|ablations",
        "5:loss curve|loss curves|loss spikes|divergence|training instabilities|optimizer|optimiser"
        "|learning-rate schedule|learning rate",
        "5:RLHF|reinforcement learning from human feedback|reward model|reward modelling"
        "|reward modeling|PPO|DPO|post-training|supervised fine-tuning|reinforcement learning",
        "3:PyTorch|JAX|TensorFlow|CUDA",
        "4:model architecture|transformer architectures|mixture of experts|mixture-of-experts"
        "|sequence models|vision transformer|CNN",
        "3:deep learning|neural networks|computer vision|NLP models|segmentation models"
        "|detection models",
        "4:machine learning engineer|ML engineer|research engineer|member of technical staff",
        "4:feature engineering|gradient-boosted|gradient boosted trees|XGBoost|NDCG"
        "|modelling loop|modeling loop",
        "3:forecasting|time series|probabilistic models|statistical models",
        "3:foundation models|foundation model|frontier models|base models|checkpoints",
        "-6:not train|not a training role|won't train|will not train",
    ],
    "B": [
        "3:LLM-backed|language model APIs|language model API|AI-powered features|model helps"
        "|LLM-driven",
        "4:build with LLMs|building with LLMs|built with LLMs|build with large language models"
        "|shipped LLM features|shipped LLM products|LLM products|LLM features|LLM-powered"
        "|LLM-based|building with large language models",
        "3:OpenAI API|Anthropic API|OpenAI or Anthropic APIs|Azure OpenAI|LLM APIs",
        "2:generative AI|GenAI|gen AI",
        "2:ship features|product features|real users",
        "2:customer-facing|end users|talking to users|talk to users",
    ],
    "C": [
        "4:platform team|AI platform|ML platform|machine learning platform|MLOps platform"
        "|internal platform|internal developer platform|internal developer platforms|paved road"
        "|platform engineer|platform engineering",
        "4:MLOps|LLMOps|ML Ops|DevOps",
        "4:infrastructure|infra|AI infrastructure|inference infrastructure|infrastructure engineering",
        "3:internal teams|internal customers|data scientists|enablement",
        "3:SRE|site reliability|HPC",
        "2:Terraform|Kubernetes|on-call for the platform",
    ],
    "D": [
        "4:model behavior|model behaviour|harmful content|harmful|content moderation|moderation"
        "|abuse prevention|safety engineer|unsafe outputs|safety",
        "4:evaluation|evaluations|eval|evals|LLM evaluation|LLM evals|model quality"
        "|quality score|evaluation metrics",
        "5:oversight|AI oversight|AI safety|trust and safety|trust & safety|responsible AI",
        "5:red team|red-teaming|red teaming|adversarial|jailbreak",
        "4:human review|human reviewers|annotation|annotators|inter-annotator agreement"
        "|inter-rater agreement|review queues|review tool",
        "4:hallucination|hallucinations|factuality|harmfulness|unsafe",
        "3:regression tests|regression suites|regressions|regression gates|release gates"
        "|gate releases|block releases|blocks releases|regresses|gets worse",
        "3:trustworthy|AI reliability|measurably better",
    ],
    "E": [
        "4:seed round|raised a seed|product-market fit|pre-product-market-fit|pre-PMF"
        "|three-person team|two-person team|tiny team",
        "5:seed-stage|seed stage|pre-seed|series-seed|seed funding|YC company|Y Combinator"
        "|early-stage startup|early-stage|early stage",
        "4:meaningful equity|significant equity|equity-heavy|split equity|real ownership",
        "4:founders|two founders|solo founder|non-technical founder|founder|with the CEO",
        "3:startup|startups|small team of|pre-revenue|close our round",
    ],
}

ARCHETYPES = {
    "applied-ai": [
        "3:few-shot|system prompts|summarize|summarise|question answering|question-answering",
        "6:applied AI|applied AI engineer|agent engineer|AI agent engineer|AI engineer"
        "|AI engineers|GenAI developer|generative AI developer|AI developer"
        "|conversational AI engineer",
        "3:agent|agents|agentic|AI agent|agent features|agent workflows|LLM agent|voice agent"
        "|voice agents|agent capabilities",
        "4:RAG|retrieval-augmented generation|retrieval augmented generation|retrieval over"
        "|grounded in|answers with citations",
        "3:tool calling|tool use|tool calls|function calling|as tools",
        "2:prompt|prompts|prompt design|prompt engineering|write prompts",
        "3:LangGraph|LangChain|Semantic Kernel|LlamaIndex",
        "3:chatbot|chatbots|copilot|copilots|AI assistant|in-app assistant|assistant"
        "|conversational AI|conversation design|reply suggestions|summaries",
        "3:structured outputs|JSON mode|human handoff|hybrid search|reranking|citation checking",
        "2:full-stack|full stack|React",
    ],
    "lead-ai": [
        "6:principal|principal engineer|principal AI engineer|staff AI engineer"
        "|most senior engineer|tech lead manager",
        "3:staff engineer",
        "4:tech lead|lead engineer|engineering lead|technical leadership|lead a team"
        "|lead the architecture|lead the engineers|lead the design|leading engineering teams"
        "|leading engineers|led engineers|experience leading|years leading|leading technical projects",
        "3:mentor|mentoring|mentored|mentor engineers|grow the team|hire and grow",
        "4:design doc|design docs|design reviews|architecture reviews|review designs|code reviews",
        "3:runbook|runbooks|postmortem|postmortems|post-mortem",
        "4:architecture decisions|technical direction|set the technical direction",
        "3:cost governance|budgets per feature|cost models",
        "3:across teams|across several teams|cross-team|multiple teams",
        "3:durable workflow|durable workflows|workflow engine|workflow engines|Temporal",
        "3:eval CI|evals in CI|explain trade-offs|trade-offs|plain English|executives|stakeholders",
        "2:inference optimization|inference optimisation",
    ],
    "ai-platform": [
        "5:gateway|LLM gateway|AI gateway|model gateway",
        "5:model serving|serving layer|vLLM|TGI|Triton|KV-cache|quantisation"
        "|quantization|batching|autoscaling|throughput|inference",
        "3:GPU|GPUs|GPU workloads|GPU cluster|GPU clusters|cluster|clusters",
        "4:FinOps|cost visibility|capacity planning|utilisation|utilization|capacity reporting",
        "4:SLO|SLOs|SLAs|uptime|on-call|Prometheus|OpenTelemetry|Grafana",
        "4:model registry|feature store|drift detection|data drift|model versioning"
        "|deploy models|model deployment|deployment process|version registry|staged deployments",
        "4:data platform|data pipelines|ingestion pipelines|Airflow|dbt",
        "3:tenant isolation|network isolation|isolation between tenants|multi-tenant",
        "4:Slurm|InfiniBand|health checks|job scheduling|parallel storage",
        "3:Kubernetes|K8s|Terraform|Kubernetes operator|Docker",
        "3:rate limits|caching|routing|routing rules",
        "3:secrets management|audit logs|usage governance|self-service|private endpoints"
        "|dedicated endpoints|model hosting",
    ],
    "reliability-evals": [
        "4:test set|test sets|evaluation set|evaluation sets|model outputs|model answers"
        "|measure how often|borderline cases|automated scoring",
        "6:gold set|gold sets|golden dataset|golden datasets|gold datasets|eval sets|eval dataset",
        "5:rubric|rubrics|scoring rubrics|grader|graders|automatic graders|scoring",
        "6:LLM-as-a-judge|LLM as judge|LLM-as-judge|judge prompts|judge",
        "5:eval harness|evaluation harness|evaluation suite|evaluation suites|eval suite"
        "|eval pipeline|benchmarks|simulation environments",
        "5:failure taxonomy|taxonomy of failure|failure modes|failure review|severity levels",
        "4:trace review|review traces",
        "5:incident-to-eval|incidents into evals|incidents into regression tests|new test case",
        "4:evaluation engineer|eval engineer|evaluation group|evaluations|quality dashboards"
        "|quality report|release gates|regression gates|regression suites",
        "3:calibrate|agreement with human reviewers|inter-annotator agreement|inter-rater agreement",
        "4:safety evaluation|red-teaming|red teaming|guardrails|content filters|human feedback",
    ],
    "founding": [
        "5:founding|own everything|everything technical|lot of ownership|customer interviews",
        "8:founding engineer|founding AI engineer|first engineering hire|first technical hire"
        "|first engineer|engineer #2|engineer #3|engineer #4|technical co-founder|co-founder"
        "|cofounder|CTO",
        "5:wear every hat|wear many hats|every hat|generalist|generalists|breadth|do everything"
        "|whatever the job needs",
        "4:ambiguity|under ambiguity|no playbook|scrappy|comfortable with ambiguity",
        "4:design partners|first customers|paying customers|waitlist|MVP|0 to 1|0→1|zero to one"
        "|from the ground up|first version",
        "4:customer calls|talk to customers|talk to a customer"
        "|customer support tickets|fix customer issues|customer issues",
        "4:help hire|help us hire|hire the next|build the team"
        "|hire the engineering team|first hires",
        "4:shape the roadmap|roadmap|decide what to build|what we build next|what to build next"
        "|shape the company|set the culture",
        "2:from scratch|choose the stack|end to end",
    ],
}

SKILLS = {
    "transformers": [
        "transformer|transformer architecture|transformer models|transformer internals|BERT"
        "|attention mechanism|sequence models",
        "1:attention",
    ],
    "embeddings": [
        "embedding|embedding model|embedding models|vector embeddings|semantic similarity"
        "|vector search|embedding pipelines"
    ],
    "llm-lifecycle": [
        "LLM lifecycle|model lifecycle|LLM life cycle",
        "2:model upgrades|new model versions|model releases",
    ],
    "evaluation-basics": ["evaluation basics|evaluation metrics|offline metrics|NDCG|MRR|recall@k"],
    "model-failure-modes": [
        "unsafe outputs|harmful content|harmful outputs|breaks down",
        "failure modes|failure mode|hallucination|hallucinations|how LLMs fail|model failures"
        "|jailbreak|jailbreaks|failure taxonomy|taxonomy of failure"
        "|what went wrong|model failure modes",
    ],
    "multimodal": [
        "multimodal|multi-modal|computer vision|vision model|image|images|imagery"
        "|speech-to-text|text-to-speech|speech recognition"
    ],
    "alignment-details": [
        "alignment|RLHF|reinforcement learning from human feedback|reward model|reward modelling"
        "|reward modeling|DPO|PPO|constitutional AI|preference data"
    ],
    "deeper-training-internals": [
        "training internals|pretraining|pre-training|distributed training|training runs"
        "|train large|optimizer|optimiser|optimisers|learning-rate schedules|learning rate"
        "|loss curves|loss spikes|mixed-precision|mixed precision|FSDP|DeepSpeed|Megatron"
        "|how models are trained|training instabilities|model training|train models"
        "|training deep learning models|train deep learning models|training large neural networks"
        "|training jobs|training machine learning models|building and training|train and tune"
        "|models from scratch|train our own"
    ],
    "prompting": [
        "prompting|prompt engineering|prompt design|write prompts|prompts|judge prompts"
        "|LLM prompts",
        "2:prompt",
    ],
    "rag": [
        "question answering|question-answering|document Q&A|answer questions about",
        "RAG|retrieval-augmented generation|retrieval augmented generation|RAG pipelines"
        "|grounded in|grounding|retrieval over|answers with citations",
    ],
    "agents": [
        "agent|AI agent|agentic|agent workflows|agent features|LLM agent|coding agent"
        "|voice agent|agent engineer|AI agent engineer|agent releases"
    ],
    "tool-calling": [
        "tool calling|tool call|tool use|function calling|tool misuse|call tools|as tools",
        "1:tools",
    ],
    "context-management": [
        "context management|context window|context windows|context length|long conversations"
        "|context engineering",
        "1:memory",
    ],
    "guardrails": ["guardrail|guardrails|content filter|content filters|safety filters|moderation"],
    "evals": [
        "test set|test sets|automated scoring|evaluation set|evaluation sets",
        "evals|eval|evaluation|evaluations|LLM evaluation|LLM evals|evaluation harness"
        "|eval harness|offline evaluation|eval suite|eval sets|evaluate|evaluating"
        "|LLM-as-a-judge|LLM as judge|LLM-as-judge|graders|golden dataset|gold set|gold sets"
        "|benchmark|quality score|safety evaluation|evaluation suites",
    ],
    "model-selection": [
        "model selection|which models to use|choose models|choosing models|model choice"
        "|which model|smaller models"
    ],
    "fine-tuning": [
        "fine-tuning|fine tune|fine tuned|fine-tuning models|SFT|supervised fine-tuning|LoRA|PEFT"
    ],
    "mcp": ["MCP|model context protocol|MCP server"],
    "multi-agent-workflows": [
        "multi-agent|multi agent|multi-agent orchestration|multi-agent systems|agent orchestration"
    ],
    "end-to-end-ai-architecture": [
        "AI architecture|architecture of|lead the architecture"
        "|system architecture|architecture decisions|technology and architecture"
        "|end-to-end architecture",
        "2:architecture",
    ],
    "retrieval-design": [
        "retrieval|retrieval layer|chunking|hybrid search|reranking|reranker|BM25"
        "|vector database|vector databases|vector index|search systems|retrieval quality"
    ],
    "agent-patterns": [
        "agent patterns|agent design patterns|planner/executor|planner executor|reflection"
        "|human handoff|human-in-the-loop approval|human approval|checkpointing|agent loop"
        "",
        "2:retries|fallback",
    ],
    "serving": [
        "serving|model serving|inference|serve models|vLLM|TGI|Triton|model server"
        "|serving layer|inference endpoint",
        "1:serve",
    ],
    "latency": [
        "latency|latencies|response time|time to first token|p95|p99|latency budgets",
        "1:faster",
    ],
    "reliability": [
        "reliability|SLO|SLOs|uptime|high availability|fault tolerance|reliability targets",
        "2:reliable|availability",
    ],
    "observability": [
        "observability|tracing|traces|OpenTelemetry|Langfuse|LangSmith|Grafana|Prometheus"
        "|Datadog|Honeycomb|trace review",
        "2:dashboards|logs",
    ],
    "security": [
        "security|prompt injection|penetration testing|application security|data exfiltration"
        "|threat model|security requirements|adversarial",
        "2:secure|attacks",
    ],
    "advanced-routing": [
        "advanced routing|model routing|routing rules|router|routes requests|fallback models",
        "2:routing",
    ],
    "custom-orchestration": [
        "custom orchestration|orchestration|workflow engine|workflow engines|Temporal"
        "|durable workflow|durable workflows|orchestrator|Kubernetes operator"
    ],
    "python": ["Python|async Python|FastAPI|Django|Flask|asyncio|Python 3"],
    "tsjs": [
        "TypeScript|JavaScript|TS/JS|Node.js|NodeJS|React|Next.js|Node backend",
        "1:Node",
    ],
    "apis": [
        "API|APIs|REST|REST API|REST APIs|API design|integrations|webhooks",
        "1:endpoints",
    ],
    "servicesworkers": [
        "services/workers|microservice|microservices|background worker|background workers"
        "|background jobs|worker queues|services and workers"
    ],
    "postgresqlredis": ["PostgreSQL|Postgres|Redis"],
    "testing": [
        "testing|unit tests|test coverage|pytest|integration tests|test suite|flaky tests"
        "|test cases",
        "2:tests",
    ],
    "cicd": [
        "CI/CD|CI|continuous integration|continuous delivery|GitHub Actions|GitLab CI"
        "|CI pipelines|Jenkins|CircleCI|in CI"
    ],
    "git": ["git|version control|monorepo", "2:pull request"],
    "grpc": ["gRPC|protobuf|protocol buffers"],
    "graphql": ["GraphQL|Apollo"],
    "deeper-frontend-integration": [
        "frontend|front-end|streaming UI|streaming UIs|web app|Next.js|user interface|React"
    ],
    "modelprompt-versioning": [
        "prompt versioning|model versioning|prompt version|prompt versions|model registry"
        "|version registry|model version|prompt registry"
        "|model/prompt versioning|versioning"
    ],
    "deployment": [
        "deployment|deploy|deploying|deployments|deployed|zero-downtime|rollout|rollouts"
        "|staged deployments|deploy models"
    ],
    "monitoring": [
        "monitoring|monitor|alerting|alerts|drift detection|data drift|health checks",
        "2:dashboards|on-call",
    ],
    "eval-pipelines": [
        "eval pipeline|eval pipelines|evaluation pipeline|evaluation pipelines|eval CI"
        "|evals in CI|regression gates|release gates|automated evaluation"
        "|eval runs|block releases|blocks releases"
        "|regression suites|gate releases|evaluation infrastructure",
        "2:in CI",
    ],
    "rollback": ["rollback|roll back|rollbacks|rolled back"],
    "governance": [
        "governance|audit logs|audit trail|usage governance|cost governance|model governance"
    ],
    "mlflowwb": ["MLflow|Weights & Biases|Weights and Biases|W&B|wandb|MLflow/W&B"],
    "feature-stores": [
        "feature store|feature stores|Feast|Tecton|online features|real-time features"
    ],
    "richer-experiment-tracking": [
        "experiment tracking|experiment tracker|tracking eval runs|track experiments"
        "|tracking experiments|richer experiment tracking"
    ],
    "one-cloud-deeply": [
        "AWS|GCP|Azure|Google Cloud|Amazon Web Services|EKS|GKE|IAM|VPC|one cloud",
        "1:cloud",
    ],
    "docker": ["Docker|containers|container|Docker images|containerized|containerised"],
    "k8s-basics": ["Kubernetes|K8s|EKS|GKE|Helm|Kubernetes operator|K8s basics"],
    "queues": [
        "SQS|Kafka|RabbitMQ|Pub/Sub|message queue|message queues|Celery|job queue",
        "2:queue",
    ],
    "storage": ["storage|S3|object storage|blob storage|document store|parallel storage|GCS"],
    "secrets": ["secrets|secrets management|secret management|API keys|HashiCorp Vault|KMS"],
    "networking": [
        "networking|VPC|InfiniBand|network isolation|load balancer|load balancers|DNS|TCP",
        "2:network",
    ],
    "cost": [
        "2:spend|spending",
        "cost|costs|FinOps|cost visibility|budgets|cheaper|cost models|token costs"
        "|unit economics|cost governance|per-request cost",
    ],
    "gpu-economics": [
        "GPU economics|GPU cost|GPU costs|GPU-hour|GPU cost modelling|GPU utilisation"
        "|GPU utilization|cluster utilisation|cluster utilization|GPU cost analysis"
    ],
    "service-mesh": ["service mesh|Istio|Linkerd|Envoy"],
    "private-inference-endpoints": [
        "private endpoints|private inference endpoints|dedicated endpoints|private endpoint"
        "|own cloud accounts|private model hosting|private inference",
        "2:self-hosted models|self-hosted",
    ],
    "sql": ["SQL|MySQL|BigQuery|Snowflake|SQL queries"],
    "etlelt-basics": [
        "ETL|ELT|ETL/ELT|data pipelines|data pipeline|ingestion pipelines|Airflow|dbt"
        "|batch pipelines|Dagster|ingestion"
    ],
    "data-quality": [
        "deduplication|deduplicate|data filtering",
        "data quality|data validation|data checks|quality checks"
        "|messy data|data cleaning|clean data|curate",
    ],
    "privacy": ["privacy|PII|personal data|GDPR|HIPAA|data protection|PII leakage"],
    "analytics": [
        "analytics|data analysis|notebooks|pandas|A/B tests|A/B testing|experiment design"
        "|weekly report|quality report",
        "2:analysis|statistics",
    ],
    "hitl-data-loops": [
        "human-in-the-loop|human in the loop|HITL|human review|human reviewers|human feedback"
        "|annotation|annotators|labelled data|labeled data|review queues"
        "|user feedback|review tool|HITL data loops",
    ],
    "streaming": [
        "streaming|stream processing|Kafka streams|Kafka|real-time|Flink|Kinesis"
        "|streaming pipelines"
    ],
    "synthetic-data": [
        "synthetic data|synthetic test data|synthetic|data generation|generating synthetic"
    ],
    "knowledge-graphs": ["knowledge graph|knowledge graphs|graph database|Neo4j|ontology"],
    "problem-framing": [
        "problem framing|frame problems|framing problems|decide what to build|what to build next"
        "|what we build next|shape the roadmap|roadmap|product judgment|product judgement"
        "|product mindset|problem definition|what to build"
    ],
    "roi": ["ROI|return on investment|business impact|business case|cost savings"],
    "trade-offs": ["trade-offs|tradeoffs|trade offs|tradeoff|trade-off"],
    "stakeholder-comms": [
        "stakeholders|stakeholder|stakeholder comms|executives|communicator|clear writing"
        "|explain|the business",
        "2:communication",
    ],
    "mentoring": [
        "mentoring|mentor|mentorship|mentored|grow the team|grow engineers|hire and grow"
    ],
    "hiring": [
        "hiring|help hire|help us hire|hire and grow|hire the next|build the team|recruiting"
        "|first hires|hire the engineering team",
        "-3:are hiring|we're hiring|is hiring|we are hiring",
    ],
    "securityprivacy": ["security/privacy|security and privacy|privacy and security"],
    "safe-deployment": [
        "safe deployment|safe rollout|safe rollouts|gate releases|release gates|safety evaluation"
        "|staged rollout|canary|deploy safely|safely to production",
        "2:safely",
    ],
    "org-design": [
        "org design|organisation design|organization design|team structure|team topology"
        "|org structure"
    ],
    "compliance-heavy-governance": [
        "compliance-heavy governance|regulated environments|regulated industries|HIPAA|SOC 2"
        "|ISO 27001|risk committee|regulatory|EU AI Act|model risk",
        "2:compliance|regulated",
    ],
}


def parse(entry: str) -> tuple[int, str, str]:
    weight, phrases = 3, entry
    head, colon, rest = entry.partition(":")
    if colon and head.lstrip("-").isdigit():
        weight, phrases = int(head), rest
    phrase, *synonyms = [p.strip() for p in phrases.split("|") if p.strip()]
    return weight, phrase, "\n".join(synonyms)


def forwards(apps, schema_editor):
    signal = apps.get_model("roles", "ReadingSignal")
    targets = {
        "group": {g.letter: g for g in apps.get_model("roles", "RoleGroup").objects.all()},
        "archetype": {a.slug: a for a in apps.get_model("roles", "RoleArchetype").objects.all()},
        "skill": {s.slug: s for s in apps.get_model("roles", "Skill").objects.all()},
    }
    rows = []
    for kind, table in (("group", GROUPS), ("archetype", ARCHETYPES), ("skill", SKILLS)):
        for key, entries in table.items():
            target = targets[kind].get(key)
            if target is None:
                continue  # renamed in admin before this ran; staff add its signals there
            for entry in entries:
                weight, phrase, synonyms = parse(entry)
                rows.append(
                    signal(phrase=phrase, synonyms=synonyms, weight=weight, **{kind: target})
                )
    signal.objects.bulk_create(rows)


def backwards(apps, schema_editor):
    apps.get_model("roles", "ReadingSignal").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("roles", "0009_reading_signals")]

    operations = [migrations.RunPython(forwards, backwards)]

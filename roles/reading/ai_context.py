"""Whether a posting is an AI role at all: its signals must stand where it names AI work.

Much of the reader's vocabulary is shared with jobs that have no AI in them: an SRE
posting says "SLOs", "Kubernetes", "capacity planning" and "postmortems" as often as an
AI platform one, a data engineer's says "forecasting", a backend one "APIs". Those words
tell which AI group a posting belongs to once it is an AI role; they do not make it one.
So the reader names a group only when enough of what it found stands in sentences that
name AI (a model, an LLM, agents, prompts, training, inference...) and do not push it away
("you will not build models", "this role is not about AI"): a signal of a group or lane
there, or a skill whose own words name AI ("video models"). An aside ("our vendors now
sell AI-powered alerting") holds at most a skill that names no AI, and so weighs nothing.

The pattern has no nested repeats (tests/test_reading_patterns_linear.py), and runs once
per sentence on the folded posting.
"""

from __future__ import annotations

import re

from .addressed import ADDRESSED
from .asked import OUT_OF_SCOPE
from .catalog import SKILL
from .fold import fold
from .posting_facts import suggested
from .sections import BOILERPLATE, TITLE, Region

# Lower case: it runs on the folded posting. A bare "model" is left out: "model the
# data", "data model" and "pricing model" are not AI work; "models", "the model" and
# "model serving" are.
AI_WORDS = re.compile(
    r"(?<!\w)(?:ai|a\.i\.|ml|mlops|llmops|machine[ -]learning|llms?|language models?|"
    r"genai|gen ai|generative|neural|deep learning|models|(?:a|the|our|each|every) model|"
    r"model[ -](?:serving|training|registry|versioning|deployment|quality|outputs?|"
    r"behaviou?r|calls?|apis?|providers?|gateway|inference|evaluation)|gpus?|"
    # statistics and type checkers infer too; a map has vector tiles, a page semantic HTML
    r"(?<!statistical )(?<!causal )(?<!type )inference|"
    r"vector[ -](?:databases?|dbs?|search|stores?|index\w*|similarity|embeddings?)|"
    r"semantic[ -](?:search|retrieval|similarity|cach\w*|router|routing)|"
    r"agents?|agentic|tool[ -]calling|function[ -]calling|rag|embeddings?|transformers?|nlp|"
    r"computer vision|"
    r"speech recognition|prompts?|prompting|chatbots?|copilots?|assistants?|pytorch|"
    r"tensorflow|jax|fine-?tun\w*|pre-?train\w*|evals?|data scien\w*|"
    # "training" alone is also staff training; its jobs, runs and clusters are a model's
    r"training (?:jobs?|runs?|clusters?)|"
    # the models' makers and families, and the frameworks built on them, name AI too
    r"openai|anthropic|claude|gpt(?:-?[\d.o]+)?|gemini|llama|mistral|(?:aws|amazon) bedrock|"
    r"hugging ?face|langchain|langgraph|llamaindex|"
    # German "Modell(e)", not English "data modelling"
    r"artificial intelligence|ki|ia|modell(?!ing)\w*|modèles?|modelos?)(?!\w)"
)
# "You will not build models", "won't be building models yourself", "nothing in this role
# involves building AI": AI named only to say the job is not it.
PUSHED_AWAY = re.compile(
    r"(?<!\w)(?:not|never|(?:won|don|doesn|isn|aren|wasn|weren)['’]t|no|nothing|none)(?!\w)"
    r"(?!\s(?:just|only|merely)\b)"
)
NOT_AN_AI_ROLE = (
    "This posting reads as an engineering job without AI work: the words it shares with "
    "AI roles stand where it does not speak of models, LLMs or agents."
)
MIN_AI_POINTS = 2.0  # one plain signal (weight 2+) in one sentence about AI work
# The lane whose work is the company's whole product: a founding engineer builds it.
FOUNDING_LANE = "founding"


class AiPoints:
    """What was found in sentences about AI work, kept apart by whose work they tell.

    A posting is an AI role only when the candidate's own work is AI work: the
    sentences addressed to the job (duties, requirements, "you will...", the title;
    addressed.py). AI named only in the company's story (its product, its market, its
    customers, other teams) gives no group: a billing engineer at a model provider and a
    frontend engineer beside a recommendations team speak of AI there. A founding
    engineer is the exception: the company's product is the whole of their job, so the
    AI the company is building is theirs ("our AI scheduling assistant")."""

    def __init__(self) -> None:
        self.job = 0.0
        self.story = 0.0
        self.places: set[int] = set()  # the job's sentences where something was found

    def add(self, points: float, in_story: bool, place: int = -1) -> None:
        if in_story:
            self.story += points
        else:
            self.job += points
            self.places.add(place)

    def enough(self, founding: bool) -> bool:
        return self.job + (self.story if founding else 0.0) >= MIN_AI_POINTS


# Words that name AI work only sometimes: agents are also people and programs, models
# also statistical ones (credit scoring, fashion), an assistant also a person. A job told
# only in these words ("route each call to the best available agent", "validate the
# credit-risk models") has said nothing that makes it AI work; an AI role also says
# "LLM", "AI", "machine learning", "prompts", "training"... in its own words, or
# qualifies its agents ("multi-agent", "coding agent") or models ("train ranking models").
AMBIGUOUS = re.compile(r"agents?|models|(?:a|the|our|each|every) model|assistants?|copilots?")
AGENT_QUALIFIED = re.compile(
    r"(?<!\w)(?:multi-|(?:ai|llm|ai-powered|llm-powered|llm-based|autonomous|coding|voice|"
    r"conversational|multi-step|tool-using|software)\s+)$"
)

# Models that are learned: trained, fine-tuned or served, or of a kind only learning makes
# ("train ranking models", "our vision models"). "Risk models" and "pricing models" are
# validated and reviewed.
MODEL_QUALIFIED = re.compile(
    r"(?<!\w)(?:(?:train|trains|trained|training|retrain\w*|fine-tune\w*|serve|serving)\s+"
    r"(?:[\w-]+\s+)?|(?:ranking|recommendation|recommender|classification|detection|vision|"
    r"forecasting|"
    r"speech|foundation|diffusion|frontier|open-weight|embedding)\s+)$"
)


def names_ai_plainly(folded: str, found: list[Region], job: frozenset[int]) -> bool:
    """Whether one of the job's sentences about AI (`job`: indices of `found`) names it
    by a word of one sense, not only by AMBIGUOUS ones."""
    for index in job:
        region = found[index]
        for word in AI_WORDS.finditer(folded, region.start, region.end):
            if not AMBIGUOUS.fullmatch(word.group()):
                return True
            before = folded[max(0, word.start() - 24) : word.start()]
            qualified = AGENT_QUALIFIED if word.group().startswith("agent") else MODEL_QUALIFIED
            if qualified.search(before):
                return True
    return False


def names_ai_work(folded: str, start: int, end: int) -> bool:
    return AI_WORDS.search(folded, start, end) is not None


def ai_sentences(folded: str, found: list[Region]) -> frozenset[int]:
    """Indices of the regions that name AI work (boilerplate aside)."""
    out = set()
    for index, region in enumerate(found):
        if region.kind == BOILERPLATE:
            continue
        if AI_WORDS.search(folded, region.start, region.end) and not PUSHED_AWAY.search(
            folded, region.start, region.end
        ):
            out.add(index)
    return frozenset(out)


# "Our data science team trains models", "our fraud team runs a machine-learning model",
# "our SIEM vendor added an AI assistant", "Quillwork sells a large language model API":
# the AI is another team's, a vendor's, or the product the
# company sells, while the job may be billing, security or data work. Any named team
# counts ("fraud team", "recommendations team"), not only data or ML ones: a non-AI job
# mentions the AI of its neighbours by their team's name.
# ...but not the team the job joins in an AI role: "the Training Platform team at
# Halcyon AI runs the compute" is the candidate's own team.
_NOT_OURS = (
    r"(?!(?:platform|infra\w*|engineering|training|inference|serving|compute|gpu|mlops|"
    r"llmops|evals?|safety|reliability|sre|founding|core)(?!\w))"
)
OTHER_TEAM = re.compile(
    r"(?<!\w)(?:(?:our|the|a|an|another|other|their|sister)\s+(?:data\s+science|"
    r"data\s+platform|data|research|ml|machine\s+learning|ai|product|analytics|"
    r"applied\s+science|innovation)\s+(?:team|teams|squad|squads|group|department)|"
    r"(?:our|the|a|an|another|other|their|sister)\s+"
    rf"{_NOT_OURS}[\w-]+(?:\s+{_NOT_OURS}[\w-]+)?\s+"
    r"(?:team|teams|squad|squads|group|department)|vendor['’]?s?|third[- ]party|"
    r"off[- ]the[- ]shelf|add-?on|sells?|resells?|selling)(?!\w)"
)


def other_teams(folded: str, found: list[Region]) -> frozenset[int]:
    """Indices of the sentences that name another team doing the work. A duty can name
    one too ("work with our data science team so the features their forecasting models
    need arrive on time"): the AI is still theirs, and a job that does AI work of its own
    says so in other sentences."""
    return frozenset(
        i
        for i, region in enumerate(found)
        if OTHER_TEAM.search(folded, region.start, region.end) is not None
    )


def says_it_is_not_ai(text: str, folded: str, found: list[Region], hits: list) -> bool:
    """Whether the job's own words say it is not AI work ("you will not be training,
    serving or evaluating models", "this isn't an ML role"), and its title names none
    (no AI word, no group's or lane's signal: "Senior Backend Engineer, Billing").

    A billing engineer at a model provider meters "usage events from our inference
    fleet": AI in a duty, but the posting has said the job is not AI work, and its title
    agrees. An AI role that says what it is not ("you won't build chatbots", "you will
    not train models") names its own AI work in its title (LLMOps, AI Platform, Model
    Hosting, Evaluations)."""
    if not any(
        region.kind != BOILERPLATE
        and ADDRESSED.search(folded, region.start, region.end)
        and AI_WORDS.search(folded, region.start, region.end)
        and PUSHED_AWAY.search(folded, region.start, region.end)
        for region in found
    ):
        return False
    title, _ = suggested(text, found)
    at = text.find(title) if title else -1
    if at < 0 or AI_WORDS.search(fold(title)):
        return False
    end = at + len(title)
    return not any(
        at <= hit.start
        and hit.end <= end
        and any(p.kind != SKILL and p.weight > 0 for p in hit.payloads)
        for hit in hits
    )


def _tells_the_jobs_ai(folded: str, region: Region, index: int, points: AiPoints, at: int) -> bool:
    """Whether a job sentence that names AI may tell that the job is AI work (issue 21's
    ninth round): the role's name (its title starts at `at`), one where a signal of the
    job's work was found, or one that addresses the candidate; and not one that puts the
    work outside the job. "A note on AI: we've been
    asked a lot", an AI-native company's one-line blurb, "model serving and everything
    LLM-related belong to the Inference and ML teams" name AI and none of the job's work;
    a DevOps or CRM role around them is not an AI role for it."""
    if OUT_OF_SCOPE.search(folded[region.start : region.end]):
        return False
    if region.kind == TITLE or region.start <= at < region.end or index in points.places:
        return True
    return ADDRESSED.search(folded, region.start, region.end) is not None


def is_ai_role(points: AiPoints, founding: bool, texts, found, hits, job) -> bool:
    """Whether the posting is an AI role: enough found where the job names AI work
    (AiPoints), and, but for a founding engineer (whose job is the company's product),
    named plainly (names_ai_plainly) in a sentence that tells the job's work
    (_tells_the_jobs_ai) and not pushed away (says_it_is_not_ai). `texts`:
    the posting, folded, and folded with words of another sense blanked; `job`: the
    indices of the job's own sentences about AI."""
    text, folded, ai_text = texts
    if not points.enough(founding):
        return False
    if founding:
        return True
    title, _ = suggested(text, found)
    at = text.find(title) if title else -1
    job = frozenset(i for i in job if _tells_the_jobs_ai(folded, found[i], i, points, at))
    return names_ai_plainly(ai_text, found, job) and not says_it_is_not_ai(
        text, folded, found, hits
    )

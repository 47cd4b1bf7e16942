"""A wider coach: the filler, buzzwords and unbacked claims hiring managers skip over.

Adds requirement rows (not "phrases to avoid": those stay the guide's four) and narrows
four of the guide rows' patterns that flagged ordinary engineering language, e.g. "teams
switching to AI-assisted support" or "I was transitioning three services to Kubernetes".
A pattern is only changed where it is still the one 0005 set, so a staff edit survives;
going back restores 0005's pattern under the same condition.

Every pattern is labelled against tests/data/coach/phrases.jsonl (`make eval-coach`).
"""

import importlib

from django.db import migrations

SEEDED = importlib.import_module("roles.migrations.0005_seed_coach_rules")
AI = SEEDED.AI_WORDS

# Nouns after "AI"/"ML" that make it a product or a system, not a field a person enters:
# "moving support to AI triage" is engineering, "moving into AI" is a career move.
NOT_A_FIELD = (
    r"(?!-|\s+(?:agents?|assist\w*|support|triage|tool\w*|features?|models?|search|routing|"
    r"ranking|inference|chat\w*|review|summar\w*|workflows?|pipelines?|services?|vendors?|"
    r"providers?|APIs?)\b)"
)
# Words allowed between a transition verb and "to AI" when it is the person who moves.
PERSON_GAP = (
    r"(?:\s+(?:my|careers?|gears|tracks|fields|focus|over|full[\s-]?time|fully|slowly|"
    r"gradually|now|officially|completely|professionally|myself|more|deeper)){0,3}"
    r"(?:\s+from(?:\s+[\w/+.-]+){1,3}?)?"
)
# Who is moving when it is not the person: "teams switching to ...", "we are moving to ...".
OTHERS = (
    r"(?<!teams\s)(?<!team\s)(?<!customers\s)(?<!users\s)(?<!companies\s)(?<!clients\s)"
    r"(?<!they\s)(?<!we\s)(?<!orgs\s)(?<!who\s)"
)

TRANSITIONING_SNIPPET = (
    r"\bI(?:(?:['’]m|\s+am|['’]ve|\s+have|\s+was|['’]ll\s+be|\s+will\s+be|['’]d)\s+"
    r"(?:\w+\s+){0,4}?|\s+)transition(?:ing|ed)\b"
    r"(?:" + PERSON_GAP + r"\s+(?:in)?to\s+(?:the\s+)?" + AI + r"\b" + NOT_A_FIELD + r"|"
    r"(?:\s+(?:careers?|fields|roles|over))?"
    r"(?=\s*(?:[.,;:!?…)\n]|$)|\s+(?:and|but|now|right\s+now|these\s+days)\b))"
)

TRANSITIONING_WORDING = (
    r"(?:" + OTHERS + r"\b(?:transition(?:s|ing|ed)?|switch(?:es|ing|ed)?|"
    r"mov(?:e|es|ing|ed)|pivot(?:s|ing|ed)?|shift(?:s|ing|ed)?|career\s+change)"
    + PERSON_GAP
    + r"\s+(?:in)?to"
    r"|\b(?:break(?:s|ing)?|broke|get(?:s|ting)?|got)\s+(?:\w+\s+){0,2}?into)"
    r"\s+(?:the\s+)?(?:world\s+of\s+|field\s+of\s+)?" + AI + r"\b" + NOT_A_FIELD
)

# "reinforcement learning agents" and "deep learning models" are fields, not studying.
LEARNING_FRAMEWORK = SEEDED.LEARNING_FRAMEWORK.replace(
    r"\b(?:learning|",
    r"\b(?:(?<!machine\s)(?<!deep\s)(?<!reinforcement\s)(?<!federated\s)(?<!transfer\s)"
    r"(?<!active\s)(?<!online\s)(?<!supervised\s)learning|",
    1,
)

# A disclaimer about yourself: "I'm not an AI expert", "not really an AI specialist", but
# not "support agents, not ML experts, tune the prompts" or "no ML expert is needed".
NOT_A_SPECIALIST = (
    r"(?:\bI(?:['’]m|\s+am)\s+(?:\w+\s+){0,2}?(?:not|no)\s+(?:\w+\s+){0,3}?"
    r"|\b(?:not|no)\s+(?:\w+\s+){0,2}?an?\s+)"
    r"(?:" + AI + r"\s+(?:specialist|expert|person|guy|pro|researcher|scientist)"
    r"|(?:expert|specialist)\s+(?:in|on|at|with)\s+" + AI + r")\b"
    r"(?:\s*,?\s*but\b(?:\s*(?:\.\.\.|…))?)?"
)

# "Partnered with the ML research team" is applied work; "ML research" as yours is not.
RESEARCH_HEAVY = SEEDED.RESEARCH_HEAVY.replace(
    r"\s+research\b",
    r"\s+research\b(?!\s+(?:teams?|groups?|orgs?|labs?|partners?|colleagues|papers?))",
    1,
)

PATTERN_UPDATES = {
    "avoid-transitioning-to-ai": (SEEDED.TRANSITIONING_SNIPPET, TRANSITIONING_SNIPPET),
    "say-production-ai-engineer": (SEEDED.TRANSITIONING_WORDING, TRANSITIONING_WORDING),
    "avoid-learning-langgraph": (SEEDED.LEARNING_FRAMEWORK, LEARNING_FRAMEWORK),
    "avoid-not-a-specialist": (SEEDED.NOT_A_SPECIALIST, NOT_A_SPECIALIST),
    "avoid-research-heavy-ml": (SEEDED.RESEARCH_HEAVY, RESEARCH_HEAVY),
}

PASSIONATE = (
    r"\bpassion(?:ate(?:ly)?)?\s+(?:about|for)\b"
    r"|\bpassionate\s+(?:[\w-]+\s+)?(?:engineer|developer|technologist|builder|learner|"
    r"problem[\s-]solver|professional|individual)s?\b"
    r"|\b(?:I\s+am|I['’]m|am)\s+(?:\w+\s+)?passionate\b"
)

# "Aspiring" as who you are; "aspiring to 99.99% uptime" is a target and stays clean.
ASPIRING = (
    r"\baspir(?:e|es|ed|ing)\s+to\s+(?:become|be|work|join|break|move|transition|get|land|"
    r"grow|pivot|switch)\b"
    r"|\baspiring\s+(?:[\w-]+\s+){0,3}?(?:engineer|developer|scientist|practitioner|"
    r"researcher|architect|professional|technologist|founder|builder)s?\b"
    r"|\b(?:an|my)\s+aspiring\b"
    r"|\b(?:my|career)\s+(?:\w+\s+)?aspirations?\b"
)

EAGER_TO_LEARN = (
    r"\b(?:eager|keen|excited|hungry|willing|thrilled|looking\s+forward)\s+to\s+"
    r"(?:learn(?:ing)?|grow(?:ing)?|develop\s+my|explore|expand\s+my|dive\s+into|get\s+into|"
    r"break\s+into|apply\s+my|upskill)\b"
    r"|\b(?:quick|fast|rapid|lifelong|life-long|avid|eager|continuous)\s+learner\b"
    r"|\bgrowth\s+mindset\b"
)

# About the person ("I'm new to AI", "New to LLMs, ..."), not "teams new to AI tooling".
NEW_TO_AI = (
    r"(?:\bI(?:['’]m|\s+am)\s+(?:\w+\s+){0,2}?"
    r"|\b(?:someone|somebody|relatively|fairly|still|quite|pretty|completely|totally)\s+"
    r"|^|(?<=[\n.!?;:,(])|(?<=[\n.!?;:,(]\s))"
    r"new\s+to\s+(?:the\s+)?(?:world\s+of\s+|field\s+of\s+)?" + AI + r"\b(?!-)"
    r"|\b(?:newcomer|beginner|novice|newbie)\s+(?:to|in|at|with)\s+(?:the\s+)?" + AI + r"\b(?!-)"
)

SELF_TAUGHT = (
    r"\bself[\s-]*(?:taught|learned|learnt|studied|educated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in\s+|on\s+)?" + AI + r"\b"
    r"|\btaught\s+myself\s+(?:[\w-]+\s+){0,2}?" + AI + r"\b"
    r"|\b" + AI + r"\s+(?:\w+\s+){0,2}?self[\s-]*taught\b"
)

TREND_WORDS = (
    r"\b(?:cutting|bleeding)[\s-]+edge\b"
    r"|\brevolution(?:i[sz](?:e|es|ed|ing)|ary)\b"
    r"|\bgame[\s-]*chang(?:er|ers|ing)\b"
    r"|\bdisruptive\s+(?:[\w-]+\s+)?(?:innovations?|technolog(?:y|ies)|tech|startups?|"
    r"solutions?|products?|force|thinker|ideas?|AI)\b"
    r"|\bdisrupt(?:s|ing|ed)?\s+(?:(?:the|an?|entire|whole)\s+){0,2}(?:industry|industries|"
    r"markets?|space|status\s+quo)\b"
    r"|\bparadigm[\s-]+shift(?:s|ing)?\b"
    r"|\bto\s+the\s+next\s+level\b(?!\s+of)|\bnext-level\b"
    r"|\bworld[\s-]+class\b|\bbest[\s-]+(?:in|of)[\s-]+(?:class|breed)\b"
    r"|\binnovative\b"
)

SYNERGY = r"\bsynerg(?:y|ies|istic|istically|i[sz]e[sd]?|i[sz]ing)\b"

HYPE_TITLES = (
    r"\brock[\s-]*stars?\b|\bninjas?\b|\bgurus?\b|\bjedi\b"
    r"|\bthought[\s-]+leaders?(?:ship)?\b|\b10x\s+(?:engineer|developer|programmer)s?\b"
    r"|\bunicorn\s+(?:engineer|developer)s?\b|\bvisionary\b"
)

INTENSIFIER = (
    r"(?:significantly|greatly|dramatically|substantially|massively|hugely|vastly|"
    r"considerably|drastically|tremendously|immensely|radically|markedly|sharply|"
    r"enormously|exponentially)"
)
CHANGE_VERB = (
    r"(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)|improv(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|sped\s+up|speed(?:s|ed|ing)?\s+up|"
    r"accelerat(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|"
    r"decreas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?|expand(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
    r"shorten(?:s|ed|ing)?|slash(?:es|ed|ing)?|minimi[sz](?:e|es|ed|ing)|sav(?:e|es|ed|ing))"
)
# The vague_claim check only flags a match whose sentence has no figure in it.
VAGUE_CLAIM = (
    r"\b" + INTENSIFIER + r"\s+(?:" + CHANGE_VERB + r"|faster|better|cheaper|quicker|fewer)\b"
    r"|\b" + CHANGE_VERB + r"\s+(?:[\w$/-]+\s+){0,3}?" + INTENSIFIER + r"\b"
    r"|\b(?:significant|substantial|dramatic|massive|huge|considerable|tremendous|drastic|"
    r"major|big|vast|enormous)\s+(?:[\w-]+\s+)?(?:reductions?|improvements?|increases?|"
    r"decreases?|savings?|gains?|boosts?|speed-?ups?|uplifts?|drops?|cuts?)\b"
)

FILLER_RULES = [
    dict(
        slug="filler-passionate",
        text='Cut "passionate about": show it with what you built.',
        pattern=PASSIONATE,
        explanation='Every second profile is "passionate about AI". A hiring manager reads '
        "it as filler and looks for the proof instead.",
        fix='Replace the feeling with the evidence: "I built a RAG assistant over 1,200 '
        'runbooks" says more than any passion.',
    ),
    dict(
        slug="filler-aspiring",
        text='Drop "aspiring": you are the engineer, not on the way to being one.',
        pattern=ASPIRING,
        explanation='"Aspiring" tells the reader you are not there yet, so they screen you '
        "as a junior before reading what you shipped.",
        fix='Say what you are and what you run: "production AI engineer who shipped a '
        'dispute-triage agent".',
    ),
    dict(
        slug="filler-eager-to-learn",
        text='Skip "eager to learn": show what you learned by shipping.',
        pattern=EAGER_TO_LEARN,
        explanation="Eagerness to learn is expected of everyone; in positioning copy it asks "
        "the team to train you rather than telling them what you bring.",
        fix="Name something you picked up and put into production, and the result it had.",
    ),
    dict(
        slug="filler-new-to-ai",
        text='Do not open with "new to AI".',
        pattern=NEW_TO_AI,
        explanation="It undercuts you before the reader reaches your AI work, and years of "
        "production engineering are not new.",
        fix="Lead with the AI system you shipped and the production depth behind it; let "
        "the dates speak for how recent it is.",
    ),
    dict(
        slug="filler-self-taught",
        text='Leave out "self-taught in ML": the work is the credential.',
        pattern=SELF_TAUGHT,
        explanation="How you learned matters less than what you built; "
        '"self-taught" invites the reader to doubt the depth.',
        fix="State the artifact and what it proves: what it does, for whom, and one number.",
    ),
    dict(
        slug="buzz-trend-words",
        text='Avoid trend words: "cutting-edge", "revolutionize", "game-changer".',
        pattern=TREND_WORDS,
        explanation="Hype words are what hiring managers skim past; they sound like a "
        "pitch deck, not an engineer's judgment.",
        fix="Swap the adjective for the fact behind it: what changed, for whom, by how much.",
    ),
    dict(
        slug="buzz-synergy",
        text='Avoid "leverage synergies" and other corporate filler.',
        pattern=SYNERGY,
        explanation='"Synergy" says two things worked together without saying what either '
        "did. It reads as management filler.",
        fix='Say who did what: "platform and support shared one eval suite, so releases '
        'stopped breaking triage."',
    ),
    dict(
        slug="buzz-hype-titles",
        text='No self-given titles: "rockstar", "ninja", "thought leader".',
        pattern=HYPE_TITLES,
        explanation="Self-applied titles make a hiring manager wince; they are claims "
        "nobody can check.",
        fix='Use your real level and let the work carry the praise: "senior engineer; '
        'on-call owner for a 99.95% payments API".',
    ),
    dict(
        slug="vague-claim-no-number",
        text='Back a claim with a number: not "significantly reduced costs".',
        pattern=VAGUE_CLAIM,
        check_type="vague_claim",
        explanation='"Significantly" without a figure is the first thing a hiring manager '
        "doubts; it sounds like a result you did not measure.",
        fix='Put the figure in the same sentence: "cut inference cost 43%, from $48k to '
        '$27k a month".',
    ),
]


def forwards(apps, schema_editor):
    rule_model = apps.get_model("roles", "MessagingRule")
    for slug, (old, new) in PATTERN_UPDATES.items():
        rule_model.objects.filter(slug=slug, pattern=old).update(pattern=new)
    last = rule_model.objects.order_by("-order").values_list("order", flat=True).first() or 0
    for offset, fields in enumerate(FILLER_RULES, 1):
        defaults = dict(
            kind="rule",
            check_type="avoid_wording",
            match_as="regex",
            severity="warning",
            order=last + offset,
        )
        rule_model.objects.get_or_create(slug=fields["slug"], defaults={**defaults, **fields})


def backwards(apps, schema_editor):
    rule_model = apps.get_model("roles", "MessagingRule")
    rule_model.objects.filter(slug__in=[r["slug"] for r in FILLER_RULES]).delete()
    for slug, (old, new) in PATTERN_UPDATES.items():
        rule_model.objects.filter(slug=slug, pattern=new).update(pattern=old)


class Migration(migrations.Migration):
    dependencies = [("roles", "0007_messaging_rule_vague_claim")]

    operations = [migrations.RunPython(forwards, backwards)]

"""The copy lint (issue 20): the checks a careful reader makes, as the coach's rows.

Pattern checks are regular expressions (RE2 where they can be; the ones that need a
lookbehind run on Python's engine after roles/patterns.py finds nothing that could stall);
the checks that are not one pattern are check kinds in profiles/coach/lint_checks.py.
The over-the-limit rule already exists (0005) and joins the lint. Every row is measured
against tests/data/coach/lint_tuning.jsonl and the held-out lint_holdout.jsonl
(`make eval-coach`). A row staff have since edited is left alone on the way back.
"""

import importlib

from django.db import migrations

# Texts a headline-style title case would trip: every text but the headline.
SENTENCE_TEXTS = (
    "primary_line, expanded_line, pitch, moat, best_use, opener, cold_intro, lead_signal, "
    "founder_signal, linkedin_about, connection_note, intro_message"
)

JOINS = r"(?:and|or|but|plus|then|with|while|now|building|including)"
# A capitalised word that is never a name mid-sentence: a verb form or a function word.
CAPITALISED = (
    r"(?:[A-Z][a-z]{3,}(?:ing|ed)|A|An|The|For|In|On|Of|To|At|By|From|It|Its|My|Our|We|"
    r"This|That|These|Those|Most|Some|All|Each|Every|When|After|Before|Since|Over|Under)"
)
# "…and Designing and running…", "now building For the last…": the next word is lower
# case, so "and The Washington Post" or "and Designing Data-Intensive Applications" stay.
CAPITAL_AFTER_JOIN = r"(?-i:\b" + JOINS + r"\s+" + CAPITALISED + r"\s+[a-z])"

DOUBLED_JOINS = (
    r"\b(?:and|or|but|plus)\s+(?:and|or|but|plus|as\s+well\s+as)\b"
    r"|\bas\s+well\s+as\s+(?:and|or|plus|also)\b"
    r"|\bplus\s+also\b|\balso\s+plus\b"
)

LONG_PARENTHETICAL = r"\([^()]{61,}\)"

# A sentence, line or bullet that starts in lower case, and "i" for "I". Words that start
# lower case by design ("iOS", "eBay", "vLLM") have a capital second letter and stay;
# abbreviations ("e.g.", "i.e.", "etc.", "vs.") do not end a sentence, and a line that is an
# address ("sam@example.com", "github.com/sam") is not a sentence.
LOWERCASE_START = (
    r"(?-i:(?m:^)[ \t]*(?:[-*•–][ \t]+)?[a-z][a-z]+(?:[ \t,;:!?-]|(?m:$))"
    r"|(?<=[^\W_][.!?] )(?<![a-zA-Z]\.[a-zA-Z]\. )(?<!\betc\. )(?<!\bvs\. )"
    r"(?<!\bapprox\. )[a-z][a-z]+\b"
    r"|(?<![\w.'’-])i(?=['’](?:m|ve|d|ll)\b|[ \t,;:!?]|$))"
)

AI_WORK = (
    r"\b(?:AI|ML|LLMs?|GenAI|gen\s*AI|generative|machine\s+learning|deep\s+learning|"
    r"artificial\s+intelligence|NLP|natural\s+language|computer\s+vision|RAG|"
    r"retrieval[\s-]augmented|evals?|evaluations?|model\s+(?:serving|training|inference|"
    r"evaluation|ops)|MLOps|LLMOps|inference|agents?|agentic|embeddings?|vector\s+search|"
    r"semantic\s+search|recommend(?:er|ation)s?|ranking\s+models?|GPT|transformers?|"
    r"prompts?|fine[\s-]tun\w*|red[\s-]teaming|data\s+science|neural)\b"
)

PRIVATE_ASIDE = (
    r"\b(?:can['’]?t|cannot|can\s+not|unable\s+to|not\s+able\s+to|not\s+allowed\s+to)\s+"
    r"(?:share|disclose|name|link|show|publish|mention|reveal|talk\s+about)\b"
    r"|\bNDA\b"
    r"|\b(?:internal|private)[\s-]+only\b"
    r"|\binternal\s+(?:code\s*name|name|project\s+name|links?)\b"
    r"|\bnot\s+(?:yet\s+)?public(?:ly)?(?:\s+(?:yet|available|shareable))?\b"
    r"|\b(?:don['’]?t|do\s+not)\s+(?:share|mention|publish|post)\b"
    r"|\bconfidential\s+(?:clients?|customers?|projects?|employers?|company|partners?)\b"
    r"|\b(?:client|customer|project|employer|company|name)\s+(?:is|are)\s+confidential\b"
    r"|\((?:[^()]*[\s,;])?(?:confidential|internal|private|proprietary)(?:[\s,;][^()]*)?\)"
    r"|\b(?:demo|share|show)\s+(?:it\s+|them\s+)?privately\b"
    r"|\bprivate\s+(?:repo|repository|links?)\b"
)

LABELS = (
    r"(?:target\s+lane|rare\s+angle|most\s+recent\s+AI\s+work|lane|angle|proof|background|"
    r"edge|strengths?|results?|impact|artifacts?|focus|role|level|years|domains?|signal|"
    r"summary|goal|looking\s+for|ask|why\s+me|stack|skills|experience|highlights?|"
    r"achievements?|current\s+role|pitch|moat|credibility)"
)
# A label at the start of the text, a line or a sentence: "Target lane: …".
SPOKEN_LABEL = r"(?m:^|(?<=[.!?] ))[ \t]*(?:[-*•][ \t]+)?" + LABELS + r"[ \t]*:"

RULES = [
    dict(
        slug="lint-capital-after-join",
        text="No capital in the middle of a sentence.",
        check_type="avoid_wording",
        match_as="regex",
        pattern=CAPITAL_AFTER_JOIN,
        applies_to=SENTENCE_TEXTS,
        severity="warning",
        explanation="A capital after “and”, “with” or “now building” shows where two pieces "
        "of text were joined; the reader sees a broken sentence.",
        fix="Write the joined part as its own sentence, or lower-case the word: “and designing "
        "the retry policy”.",
    ),
    dict(
        slug="lint-doubled-words",
        text="No doubled words or joins.",
        check_type="doubled_words",
        match_as="regex",
        pattern=DOUBLED_JOINS,
        severity="warning",
        explanation="The same word twice in a row, or two joins together (“and plus”), reads "
        "as a typo.",
        fix="Delete one of the two: “and a few years of EDI”, not “and plus a few years”.",
    ),
    dict(
        slug="lint-long-parenthetical",
        text="Keep a parenthetical to a few words.",
        match_as="regex",
        check_type="avoid_wording",
        pattern=LONG_PARENTHETICAL,
        severity="warning",
        explanation="A bracket over about 60 characters hides a second sentence inside the "
        "first; readers lose the thread.",
        fix="Make what is in the brackets its own sentence, or cut it to a few words.",
    ),
    dict(
        slug="lint-lowercase-start",
        text="Start each sentence with a capital, and write “I”.",
        check_type="avoid_wording",
        match_as="regex",
        pattern=LOWERCASE_START,
        severity="warning",
        explanation="A sentence or bullet in lower case, or “i” for “I”, reads as a note to "
        "yourself, not as text for a hiring manager.",
        fix="Capitalise the first word of each sentence and bullet, and write “I”.",
    ),
    dict(
        slug="lint-repeated-figure",
        text="State each figure once.",
        check_type="repeated_figure",
        match_as="regex",
        pattern="",
        severity="warning",
        explanation="The same result twice in one text makes it read padded, and the second "
        "mention adds nothing.",
        fix="Keep the figure where it first appears and use the other place for a different fact.",
    ),
    dict(
        slug="lint-headline-no-ai",
        text="Name your AI work in the headline.",
        check_type="needs_number",
        match_as="regex",
        pattern=AI_WORK,
        applies_to="linkedin_headline",
        severity="warning",
        explanation="A recruiter searching for AI engineers skims the headline in a second; "
        "this one names no AI work, so it reads as the role you are leaving.",
        fix="Lead with the AI role or the AI system you built: “Applied AI Engineer · LLM "
        "agents for freight operations · …”.",
    ),
    dict(
        slug="lint-private-aside",
        text="Keep private notes out of public text.",
        check_type="avoid_wording",
        match_as="regex",
        pattern=PRIVATE_ASIDE,
        severity="error",
        explanation="This reads as a note to yourself (something you cannot share, an NDA, "
        "an internal name); anyone who reads the text sees it.",
        fix="Leave it out. Describe the work without the private part (“a large US insurer”), "
        "and answer questions about it in the call.",
    ),
    dict(
        slug="lint-name-case",
        text="Write your artifacts' names exactly as you named them.",
        check_type="name_case",
        match_as="regex",
        pattern="",
        severity="warning",
        explanation="The name of your work is written in another case here; readers who "
        "search for it, or know it, notice.",
        fix="Write the name exactly as in your answers; start the sentence with another word "
        "if the name starts lower case.",
    ),
    dict(
        slug="lint-spoken-label",
        text="No labels in what you say aloud.",
        check_type="avoid_wording",
        match_as="regex",
        pattern=SPOKEN_LABEL,
        applies_to="opener",
        severity="warning",
        explanation="The opener is said aloud; a label such as “Target lane:” is something "
        "nobody says in a call.",
        fix="Say it as a sentence: “I'm looking for a production AI role where…”.",
    ),
]
FIRST_ORDER = 30  # after the guide's rows and the filler rules

# The opener is said aloud: the two label lines 0016 left in it become sentences, so
# Pivot's own opener passes its own lint. Only a body still as 0016 wrote it changes.
LABELLED_OPENER = importlib.import_module(
    "roles.migrations.0016_copy_that_reads_as_written"
).NEW_OPENER
SPOKEN_OPENER = (
    "Most recently I shipped {artifact}.\n"
    "It builds on {years}+ years as a {level} engineer across {domains}.\n"
    "Now I want production AI engineering work: agentic systems, reliability and platform "
    "depth.\n"
    "What I bring is the discipline of real deployments."
)


def forwards(apps, schema_editor):
    MessagingRule = apps.get_model("roles", "MessagingRule")
    for offset, fields in enumerate(RULES):
        MessagingRule.objects.get_or_create(
            slug=fields["slug"],
            defaults=fields | {"kind": "rule", "copy_lint": True, "order": FIRST_ORDER + offset},
        )
    MessagingRule.objects.filter(slug="within-length-limit").update(copy_lint=True)
    MessageTemplate = apps.get_model("roles", "MessageTemplate")
    MessageTemplate.objects.filter(key="opener", body=LABELLED_OPENER).update(body=SPOKEN_OPENER)


def backwards(apps, schema_editor):
    MessagingRule = apps.get_model("roles", "MessagingRule")
    for fields in RULES:
        MessagingRule.objects.filter(slug=fields["slug"], pattern=fields["pattern"]).delete()
    MessageTemplate = apps.get_model("roles", "MessageTemplate")
    MessageTemplate.objects.filter(key="opener", body=SPOKEN_OPENER).update(body=LABELLED_OPENER)


class Migration(migrations.Migration):
    dependencies = [("roles", "0018_copy_lint")]

    operations = [migrations.RunPython(forwards, backwards)]

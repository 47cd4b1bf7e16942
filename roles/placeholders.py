"""The named slots a MessageTemplate may use.

The guide writes its slots as brackets ("[N]+ years", "[your domains]"); the seed turns
them into these names. Admin refuses a template that uses any other name, so a typo can
never reach a person's copy as a literal "{yeras}".
"""

import string

# name -> what the slot holds, shown to content editors and as the blank's label.
PLACEHOLDERS: dict[str, str] = {
    "level": "Seniority, e.g. Senior, SDE2 or Staff",
    "years": "Years of experience, e.g. 8",
    "domains": "Domains you have worked across, e.g. backend, mobile, cloud, data",
    "ai_work": "Your AI work, e.g. agents, RAG, evals",
    "artifact": "Your working AI artifact, e.g. an agent integrated with a knowledge base",
    "edge": "Your strongest existing edge",
    "strengths": "Your top 2-3 strengths",
    "lane": "Your target lane (role archetype)",
    "primary_line": "The rendered primary line",
    "expanded_line": "The rendered expanded line",
    "pitch": "The rendered pitch",
    "moat": "The rendered moat",
    "signal_line": "The signal line for the lane: the lead line on Lead, the founder line on "
    "Founding, the cold intro line otherwise",
    "credibility": "Your evidence for why the pivot is credible, one point per line",
    "artifacts": "Your shipped AI artifacts, one per line",
}


class UnknownPlaceholder(ValueError):
    def __init__(self, names: list[str]):
        self.names = names
        super().__init__(", ".join(names))


def placeholders_in(text: str) -> list[str]:
    """Names used as {name} in text, in order of first use. Raises ValueError on bad braces."""
    names: list[str] = []
    for _literal, field, _spec, _conversion in string.Formatter().parse(text):
        if field is not None and field not in names:
            names.append(field)
    return names


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders_in(text) if name not in PLACEHOLDERS]

"""Domain fit: the person's own domains ("logistics", "healthcare", "payments") that a
posting works in. Read from the person's words, not a list Pivot keeps, so any domain
they typed can match; a word counts where the posting says it outside its boilerplate
(a company blurb's "healthcare benefits" is not the job's domain)."""

from __future__ import annotations

from roles.reading import Reading
from roles.reading.sections import BOILERPLATE, kind_at

from .lead import _WORD, key

# The engineering areas the background step offers are not industries.
NOT_DOMAINS = frozenset({"backend", "frontend", "mobile", "cloud", "data", "infra", "other"})


def person_domains(answers: dict) -> list[str]:
    background = (answers or {}).get("background") or {}
    if not isinstance(background, dict):
        return []
    typed = str(background.get("domains_other") or "").replace(";", ",").split(",")
    listed = [str(d) for d in background.get("domains") or []]
    out = []
    for item in [*typed, *listed]:
        name = item.strip().rstrip(".")
        if name and name.casefold() not in NOT_DOMAINS and name not in out:
            out.append(name)
    return out


def posting_words(reading: Reading) -> set[str]:
    found = list(reading.regions)
    starts = [r.start for r in found]
    return {
        key(m.group(0))
        for m in _WORD.finditer(reading.text)
        if kind_at(found, starts, m.start()) != BOILERPLATE
    }


def domain_fit(answers: dict, reading: Reading) -> tuple[str, ...]:
    """The person's domains the posting names, in the person's order. A domain of several
    words fits when its main (last) word does: "insurance claims" in a claims posting."""
    words = posting_words(reading)
    fits = []
    for domain in person_domains(answers):
        tokens = [key(w) for w in _WORD.findall(domain) if len(w) > 2]
        if tokens and (tokens[-1] in words or all(t in words for t in tokens)):
            fits.append(domain)
    return tuple(fits)

"""What the journey types and expects (tests/e2e/journey.py), and the skills step's walk."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

OLD_HEADLINE_PART = "Agentic Systems + Reliability"
NEW_HEADLINE = "Production AI Engineer · Evals and rollouts for agents · 9 years of backend"

BACKGROUND = {
    "Years of experience": "9",
    "Other domains": "payments, search",
    "Your strongest existing edge": "large-scale backend reliability",
    "Your AI work": "agents with evals and guardrails",
    "Your top 2–3 strengths": "debugging, rollout safety, evals",
}
# Every file the LinkedIn page offers: (link text, file name ending).
DOWNLOADS = [
    ("LinkedIn copy (.md)", ".md"),
    ("LinkedIn copy (.txt)", ".txt"),
    ("Whole positioning (.md)", ".md"),
    ("Whole positioning (.txt)", ".txt"),
    ("The working copy (.json)", ".json"),
]
ARTIFACT = {
    "Name": "Support triage agent",
    "Link (optional)": "https://github.com/example/triage-agent",
    "What it is": "a triage agent for support tickets",
    "What it changed (optional)": "cut first-response time 40% with evals",
}


def rate_every_skill(page: Page, rate, save_and_continue, *, js: bool) -> None:
    """The skills step's domains in turn: `rate` each skill's group, then "Save and
    continue", which walks to the next domain and after the last one to Gaps. With
    JavaScript the swapped-in panel says what was saved (without, a new page loads)."""
    rated = 0
    while True:
        where = page.locator(".skills-where").inner_text()
        number, total = map(int, re.search(r"Domain (\d+) of (\d+)", where).groups())
        domain = page.locator("#step-form .skill-domain h2").inner_text()
        ratings = page.locator("#step-form fieldset.rating")
        count = ratings.count()
        assert count >= 1, f"no skills in {domain}"
        for index in range(count):
            rate(ratings.nth(index))
        rated += count
        if number == total:
            break
        save_and_continue("Skills")
        if js:
            saved = page.get_by_role("status").filter(has_text="Saved your")
            expect(saved).to_have_text(f"Saved your {domain} ratings.")
        expect(page.locator(".skills-where")).to_contain_text(f"Domain {number + 1} of {total}")
    # Every domain before this last one now reads as fully rated in the domain list.
    domains = page.get_by_role("navigation", name=re.compile("Skill domains"))
    expect(domains.get_by_text(re.compile(r"^(\d+) of \1 rated"))).to_have_count(total - 1)
    assert rated >= 8 * total, f"expected the checklist's skills, found {rated}"
    save_and_continue("Gaps")

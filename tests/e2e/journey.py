"""The person's whole journey (issue 6, scenario 1), written once and run with JavaScript on
(htmx swaps) and off (plain form posts): the same user-facing locators must work both ways.

Every page the journey shows is audited with axe (`Journey.audit`) right after it appears.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, expect

from .accessibility import Auditor
from .helpers import PASSWORD, confirmation_link

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


@dataclass
class Journey:
    page: Page
    js: bool
    a11y: Auditor
    profile_name: str = ""

    # --- helpers -------------------------------------------------------------------------

    def audit(self) -> None:
        self.page.wait_for_load_state("load")
        self.a11y.check(self.page, js=self.js)

    def heading(self, text: str | re.Pattern) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_have_text(text)

    def step_heading(self, title: str) -> None:
        self.heading(title)
        expect(self.page).to_have_url(re.compile(r"/steps/"))
        self.audit()

    def profile_nav(self):
        """The navigation inside one profile (working copy, versions, LinkedIn copy)."""
        return self.page.get_by_role("navigation", name=self.profile_name, exact=True)

    def save_and_continue(self, next_title: str) -> None:
        p = self.page
        if self.js:
            # Survives an htmx swap, not a page load: proves only the panel was replaced.
            p.evaluate("window.__samePage = true")
        before = p.url
        p.get_by_role("button", name="Save and continue").click()
        # Every save moves on (the next step, or the skills step's next domain): audit the
        # page only once its address says which one it is.
        expect(p).not_to_have_url(before)
        self.step_heading(next_title)
        if self.js:
            assert p.evaluate("window.__samePage === true"), "the step submit reloaded the page"
            expect(p.locator("#step-heading")).to_be_focused()

    # --- the journey ---------------------------------------------------------------------

    def read_the_public_pages(self) -> None:
        p = self.page
        p.goto("/")
        # The page's own scripts ran (htmx loaded) exactly when JavaScript is on.
        assert p.evaluate("typeof window.htmx !== 'undefined'") == self.js
        self.audit()
        main_nav = p.get_by_role("navigation", name="Main")
        main_nav.get_by_role("link", name="Roles").click()
        self.heading(re.compile("role", re.I))
        expect(p.locator(".d2d__bar")).to_have_count(5)
        self.audit()
        p.get_by_role("link", name="Applied AI / Agent Engineer").first.click()
        self.heading("Applied AI / Agent Engineer")
        self.audit()
        for name in ("Skills", "Gaps", "Glossary"):
            main_nav.get_by_role("link", name=name).click()
            expect(main_nav.get_by_role("link", name=name)).to_have_attribute(
                "aria-current", "page"
            )
            self.audit()

    def sign_up_and_confirm(self, email: str, outbox) -> None:
        p = self.page
        p.get_by_role("link", name="Sign up").click()
        self.heading("Create an account")
        self.audit()
        p.get_by_label("Email address").fill(email)
        p.get_by_label("Create a password").fill(PASSWORD)
        p.get_by_label("Type the password again").fill(PASSWORD)
        p.get_by_role("button", name="Create account").click()
        self.heading("Confirm your email address")
        self.audit()

        p.goto(confirmation_link(outbox))
        expect(p.get_by_text(email)).to_be_visible()
        self.audit()
        p.get_by_role("button", name="Confirm").click()
        expect(p.get_by_role("link", name=re.compile(re.escape(email)))).to_be_visible()
        self.audit()

    def create_profile(self, name: str) -> None:
        p = self.page
        p.get_by_role("navigation", name="Main").get_by_role("link", name="My profiles").click()
        self.heading("My profiles")
        self.audit()
        p.get_by_role("link", name="New profile").click()
        self.heading("New profile")
        self.audit()
        self.profile_name = name
        p.get_by_label("Profile name").fill(name)
        p.get_by_role("button", name="Create profile").click()
        self.step_heading("Background")

    def complete_the_seven_steps(self) -> None:
        p = self.page
        form = p.locator("#step-form")
        # 1. Background
        form.get_by_role("radio", name="Senior").check()
        for label, value in BACKGROUND.items():
            form.get_by_label(label, exact=True).fill(value)
        form.get_by_role("checkbox", name="backend").check()
        form.get_by_role("checkbox", name="cloud").check()
        artifact = form.get_by_role("group", name="Artifact 1")
        for label, value in ARTIFACT.items():
            artifact.get_by_label(label, exact=True).fill(value)
        self.save_and_continue("Credibility")

        # Back and forward work (htmx pushed the step URL; without JS they are full pages),
        # and going back shows what was saved.
        p.go_back()
        self.heading("Background")
        expect(form.get_by_label("Your AI work", exact=True)).to_have_value(
            BACKGROUND["Your AI work"]
        )
        p.go_forward()
        self.heading("Credibility")

        # 2. Credibility: the guide's five points, each with its hint.
        boxes = p.locator("#step-form textarea")
        expect(boxes).to_have_count(5)
        for index in range(5):
            boxes.nth(index).fill(
                f"Shipped {index + 2} production services; led 3 incident reviews"
            )
        self.save_and_continue("Target lane")

        # 3. Target lane
        p.get_by_role("radio", name="Applied AI / Agent Engineer").check()
        self.save_and_continue("Skills")

        # 4. Skills: every checklist skill rated, one domain at a time.
        rate_every_skill(
            p,
            lambda group: group.get_by_role("radio", name="Working").check(),
            self.save_and_continue,
            js=self.js,
        )

        # 5. Gaps: the first one shipped with its deliverable, the rest in progress.
        gaps = p.locator("#step-form section.gap")
        expect(gaps).to_have_count(6)
        gaps.nth(0).get_by_role("radio", name="Shipped").check()
        gaps.nth(0).get_by_label("Link to the deliverable").fill("https://example.com/eval-harness")
        for index in range(1, 6):
            gaps.nth(index).get_by_role("radio", name="In progress").check()
        self.save_and_continue("Messaging")

        # 6. Messaging: the generated texts, no blanks left after the answers above.
        headline = p.locator("#preview-linkedin_headline .pasteable")
        expect(headline).to_contain_text(OLD_HEADLINE_PART)
        expect(headline).to_contain_text("Built the Support triage agent")
        self.save_and_continue("Review")
        # The step list marks the six answered steps complete.
        steps = p.get_by_role("navigation", name="Steps")
        expect(steps.get_by_text("Complete", exact=True)).to_have_count(6)

    def save_version(self, note: str, number: int) -> None:
        p = self.page
        self.heading("Review")
        p.get_by_label("Note (optional)").fill(note)
        p.get_by_role("button", name="Save version").click()
        self.heading(f"Version {number}")
        expect(p.get_by_text(note, exact=True)).to_be_visible()
        self.audit()

    def edit_the_headline(self) -> None:
        p = self.page
        self.profile_nav().get_by_role("link", name="Working copy").click()
        self.step_heading("Review")
        p.get_by_role("navigation", name="Steps").get_by_role("link", name="Messaging").click()
        self.step_heading("Messaging")
        p.get_by_label(re.compile(r"^Your own linkedin headline$", re.I)).fill(NEW_HEADLINE)
        self.save_and_continue("Review")
        expect(p.get_by_text(NEW_HEADLINE, exact=True)).to_be_visible()

    def see_the_diff(self) -> None:
        p = self.page
        p.get_by_role("link", name="Changes since version 1").click()
        self.heading("Compare versions")
        diff = p.locator(".diff")
        expect(diff.locator("ins").first).to_be_visible()
        expect(diff.locator("ins", has_text="Evals")).to_have_count(1)
        expect(diff.locator("del", has_text="Agentic")).to_have_count(1)
        self.audit()

    def restore_version_1(self) -> None:
        p = self.page
        p.get_by_role("link", name="version 1", exact=True).click()
        self.heading("Version 1")
        self.audit()
        p.get_by_text("Restore this version into your working copy").click()
        p.get_by_role("button", name="Restore version 1").click()
        expect(p.get_by_text("Version 1 restored into your working copy")).to_be_visible()
        self.step_heading("Review")
        texts = p.locator("#review-text-linkedin_headline").locator("..")
        expect(texts).to_contain_text(OLD_HEADLINE_PART)
        expect(p.get_by_text(NEW_HEADLINE, exact=True)).to_have_count(0)

    def run_whole_journey(self, email: str, mailoutbox, tmp_path: Path) -> None:
        """Scenario 1's steps in order; scenarios 1 and 2 differ only in JavaScript."""
        self.read_the_public_pages()
        self.sign_up_and_confirm(email, mailoutbox)
        self.create_profile("Applied AI")
        self.complete_the_seven_steps()
        self.save_version("First draft", 1)
        self.edit_the_headline()
        self.save_version("Sharper headline", 2)
        self.see_the_diff()
        self.restore_version_1()
        self.linkedin_copy_and_download(tmp_path)

    def linkedin_copy_and_download(self, tmp_path: Path) -> str:
        p = self.page
        self.profile_nav().get_by_role("link", name="LinkedIn copy", exact=True).click()
        self.heading("LinkedIn copy")
        self.audit()
        box = p.get_by_label("LinkedIn headline, as it will paste")
        headline = box.input_value()
        assert OLD_HEADLINE_PART in headline
        expect(p.locator("#count-linkedin_headline")).to_contain_text(f"{len(headline)} / 220")
        expect(p.locator(".linkedin-summary")).to_contain_text("The coach has")

        if self.js:
            p.context.grant_permissions(["clipboard-read", "clipboard-write"])
            p.get_by_role("button", name=re.compile(r"^Copy LinkedIn headline")).click()
            expect(p.locator("#copied-linkedin_headline")).to_have_text("Copied")
            assert p.evaluate("navigator.clipboard.readText()") == headline
        else:
            # No script, so no Copy button: the text sits in a plain textarea to select
            # and copy with the keyboard.
            expect(
                p.get_by_role("button", name=re.compile(r"^Copy LinkedIn headline"))
            ).to_be_hidden()
            p.context.grant_permissions(["clipboard-read", "clipboard-write"])
            box.focus()
            p.keyboard.press("ControlOrMeta+a")
            p.keyboard.press("ControlOrMeta+c")
            assert p.evaluate("navigator.clipboard.readText()") == headline

        files = {}
        for name, suffix in DOWNLOADS:
            with p.expect_download() as info:
                p.get_by_role("link", name=name).click()
            download = info.value
            assert download.suggested_filename.endswith(suffix), download.suggested_filename
            target = tmp_path / download.suggested_filename
            download.save_as(target)
            files[name] = target.read_text(encoding="utf-8")
        for name, body in files.items():
            assert NEW_HEADLINE not in body, name
            if not name.startswith("The working copy"):
                assert headline in body, (name, body[:500])
        # What the person typed comes out as typed: never HTML-escaped in a text file.
        assert "&gt;" not in files["LinkedIn copy (.md)"] + files["Whole positioning (.txt)"]
        assert json.loads(files["The working copy (.json)"])["texts"]
        return files["LinkedIn copy (.md)"]

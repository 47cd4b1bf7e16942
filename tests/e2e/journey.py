"""The person's whole journey (issue 6, scenarios 1-3), written once and walked twice:

- JavaScript on (htmx swaps), with the keyboard only (`keys`): every control reached with
  Tab / Shift+Tab and worked with Enter, Space or the arrows, a visible focus indicator
  on every stop and no focus trap on any page (tests/e2e/keyboard.py);
- JavaScript off (plain form posts, full pages), with the pointer.

The same user-facing locators work both ways, and every page the journey shows is audited
with axe (`Journey.audit`) right after it appears. One walk with JavaScript on is enough:
pointer clicks and key presses reach the same controls and send the same requests, and
the keyboard walk asserts all the JavaScript walk did (no reload on a step submit, the
heading focused after a swap, Copy), plus the focus order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from .accessibility import Auditor
from .helpers import PASSWORD, confirmation_link
from .journey_data import (
    ARTIFACT,
    BACKGROUND,
    DOWNLOADS,
    NEW_HEADLINE,
    OLD_HEADLINE_PART,
    rate_every_skill,
)
from .keyboard import Keyboard

__all__ = ["NEW_HEADLINE", "OLD_HEADLINE_PART", "Journey"]


@dataclass
class Journey:
    page: Page
    js: bool
    a11y: Auditor
    keys: Keyboard | None = None  # keyboard only; None: the pointer and typing into fields
    profile_name: str = ""
    trap_checked: set[str] = field(default_factory=set)

    # --- acting as the person: by keyboard only, or with the pointer ----------------------

    def press(self, target: Locator) -> None:
        if self.keys:
            self.keys.activate(target)
        else:
            target.click()

    def type(self, target: Locator, text: str) -> None:
        if self.keys:
            self.keys.type_into(target, text)
        else:
            target.fill(text)

    def choose(self, group: Locator, option_name: str) -> None:
        """The radio `option_name` among `group`'s radios (the keyboard arrows to it)."""
        option = group.get_by_role("radio", name=option_name)
        if self.keys:
            self.keys.choose_radio(group.get_by_role("radio").first, option)
        else:
            option.check()

    def tick(self, box: Locator) -> None:
        if self.keys:
            self.keys.activate(box, "Space")
            expect(box).to_be_checked()
        else:
            box.check()

    # --- checks ------------------------------------------------------------------------

    def audit(self) -> None:
        """axe on the page as it is; by keyboard, once per kind of page, Tab through all of
        it (no focus trap), then forget the focus history for the next control."""
        p = self.page
        p.wait_for_load_state("load")  # deferred scripts ran: the page is what a person uses
        self.a11y.check(p, js=self.js)
        if self.keys:
            # A kind of page: its address without ids or query (the skills step's domains
            # are one page drawn for each domain).
            kind = re.sub(r"[0-9a-f-]{36}|/\d+/|confirm-email/.*", "*", p.url.split("?")[0])
            if kind not in self.trap_checked:
                self.trap_checked.add(kind)
                self.keys.assert_no_focus_trap()
            self.keys.start()

    def heading(self, text: str | re.Pattern) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_have_text(text)

    def step_heading(self, title: str) -> None:
        self.heading(title)
        expect(self.page).to_have_url(re.compile(r"/steps/"))
        self.audit()

    def step_heading_focused(self) -> None:
        """With htmx, a swapped-in step moves focus to its heading (before any audit,
        which walks the focus through the page)."""
        if self.js:
            expect(self.page.locator("#step-heading")).to_be_focused()

    def profile_nav(self):
        """The navigation inside one profile (working copy, versions, LinkedIn copy)."""
        return self.page.get_by_role("navigation", name=self.profile_name, exact=True)

    def save_and_continue(self, next_title: str) -> None:
        p = self.page
        if self.js:
            # Survives an htmx swap, not a page load: proves only the panel was replaced.
            p.evaluate("window.__samePage = true")
        before = p.url
        self.press(p.locator("#step-form").get_by_role("button", name="Save and continue"))
        # Every save moves on (the next step, or the skills step's next domain): audit the
        # page only once its address says which one it is.
        expect(p).not_to_have_url(before)
        self.heading(next_title)
        expect(p).to_have_url(re.compile(r"/steps/"))
        if self.js:
            assert p.evaluate("window.__samePage === true"), "the step submit reloaded the page"
        self.step_heading_focused()
        self.audit()

    # --- the journey ---------------------------------------------------------------------

    def run_whole_journey(self, email: str, mailoutbox, tmp_path: Path) -> None:
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
        if self.keys:
            self.keys.assert_indicators()

    def read_the_public_pages(self) -> None:
        p = self.page
        p.goto("/")
        # The page's own scripts ran (htmx loaded) exactly when JavaScript is on.
        assert p.evaluate("typeof window.htmx !== 'undefined'") == self.js
        if self.keys:  # the skip link is the first stop, and moves focus to the content
            self.keys.start()
            self.keys.press("Tab")
            expect(p.get_by_role("link", name="Skip to main content")).to_be_focused()
            p.keyboard.press("Enter")
            expect(p.locator("#main")).to_be_focused()
        self.audit()
        main_nav = p.get_by_role("navigation", name="Main")
        self.press(main_nav.get_by_role("link", name="Roles"))
        self.heading(re.compile("role", re.I))
        expect(p.locator(".d2d__bar")).to_have_count(5)
        self.audit()
        self.press(p.get_by_role("link", name="Applied AI / Agent Engineer").first)
        self.heading("Applied AI / Agent Engineer")
        self.audit()
        for name in ("Skills", "Gaps", "Glossary"):
            self.press(main_nav.get_by_role("link", name=name))
            expect(main_nav.get_by_role("link", name=name)).to_have_attribute(
                "aria-current", "page"
            )
            self.audit()

    def sign_up_and_confirm(self, email: str, outbox) -> None:
        p = self.page
        self.press(p.get_by_role("link", name="Sign up"))
        self.heading("Create an account")
        self.audit()
        self.type(p.get_by_label("Email address"), email)
        self.type(p.get_by_label("Create a password"), PASSWORD)
        self.type(p.get_by_label("Type the password again"), PASSWORD)
        self.press(p.get_by_role("button", name="Create account"))
        self.heading("Confirm your email address")
        self.audit()

        # The link arrives by email: opening it is the one step not done on the page.
        p.goto(confirmation_link(outbox))
        expect(p.get_by_text(email)).to_be_visible()
        self.audit()
        self.press(p.get_by_role("button", name="Confirm"))
        expect(p.get_by_role("link", name=re.compile(re.escape(email)))).to_be_visible()
        self.audit()

    def create_profile(self, name: str) -> None:
        p = self.page
        self.press(p.get_by_role("navigation", name="Main").get_by_role("link", name="My profiles"))
        self.heading("My profiles")
        self.audit()
        self.press(p.get_by_role("link", name="New profile"))
        self.heading("New profile")
        self.audit()
        self.profile_name = name
        self.type(p.get_by_label("Profile name"), name)
        self.press(p.get_by_role("button", name="Create profile"))
        self.step_heading("Background")

    def complete_the_seven_steps(self) -> None:
        p = self.page
        form = p.locator("#step-form")
        # 1. Background (in the form's order, so the keyboard only ever tabs forward)
        self.choose(form, "Senior")
        for name in ("backend", "cloud"):
            self.tick(form.get_by_role("checkbox", name=name))
        for label, value in BACKGROUND.items():
            self.type(form.get_by_label(label, exact=True), value)
        artifact = form.get_by_role("group", name="Artifact 1")
        for label, value in ARTIFACT.items():
            self.type(artifact.get_by_label(label, exact=True), value)
        self.save_and_continue("Credibility")

        # The browser's Back and Forward work (htmx pushed the step URL; without JS they
        # are full pages), and going back shows what was saved.
        p.go_back()
        self.heading("Background")
        expect(form.get_by_label("Your AI work", exact=True)).to_have_value(
            BACKGROUND["Your AI work"]
        )
        p.go_forward()
        self.heading("Credibility")
        if self.keys:
            self.keys.start()

        # 2. Credibility: the guide's five points, each with its hint.
        boxes = form.locator("textarea")
        expect(boxes).to_have_count(5)
        for index in range(5):
            text = f"Shipped {index + 2} production services; led 3 incident reviews"
            self.type(boxes.nth(index), text)
        self.save_and_continue("Target lane")

        # 3. Target lane
        self.choose(form, "Applied AI / Agent Engineer")
        self.save_and_continue("Skills")

        # 4. Skills: every checklist skill rated, one domain at a time (by keyboard, the
        # arrows go None -> Basic -> Working in every group).
        rate_every_skill(
            p, lambda group: self.choose(group, "Working"), self.save_and_continue, js=self.js
        )

        # 5. Gaps: the first one shipped with its deliverable, the rest in progress.
        gaps = form.locator("section.gap")
        expect(gaps).to_have_count(6)
        self.choose(gaps.nth(0), "Shipped")
        self.type(
            gaps.nth(0).get_by_label("Link to the deliverable"), "https://example.com/eval-harness"
        )
        for index in range(1, 6):
            self.choose(gaps.nth(index), "In progress")
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
        self.type(p.get_by_label("Note (optional)"), note)
        self.press(p.get_by_role("button", name="Save version"))
        self.heading(f"Version {number}")
        expect(p.get_by_text(note, exact=True)).to_be_visible()
        self.audit()

    def edit_the_headline(self) -> None:
        p = self.page
        self.press(self.profile_nav().get_by_role("link", name="Working copy"))
        self.step_heading("Review")
        if self.keys:  # from the note at the bottom, Shift+Tab back up to the step list
            self.type(p.get_by_label("Note (optional)"), "Sharper headline")
        steps = p.get_by_role("navigation", name="Steps")
        self.press(steps.get_by_role("link", name="Messaging"))
        self.heading("Messaging")
        self.step_heading_focused()
        self.step_heading("Messaging")
        self.type(p.get_by_label(re.compile(r"^Your own linkedin headline$", re.I)), NEW_HEADLINE)
        self.save_and_continue("Review")
        expect(p.get_by_text(NEW_HEADLINE, exact=True)).to_be_visible()

    def see_the_diff(self) -> None:
        p = self.page
        self.press(p.get_by_role("link", name="Changes since version 1"))
        self.heading("Compare versions")
        diff = p.locator(".diff")
        expect(diff.locator("ins").first).to_be_visible()
        expect(diff.locator("ins", has_text="Evals")).to_have_count(1)
        expect(diff.locator("del", has_text="Agentic")).to_have_count(1)
        self.audit()

    def restore_version_1(self) -> None:
        p = self.page
        self.press(p.get_by_role("link", name="version 1", exact=True))
        self.heading("Version 1")
        self.audit()
        # Enter (or a click) on the summary opens the restore panel.
        self.press(p.locator("summary", has_text="Restore this version into your working copy"))
        self.press(p.get_by_role("button", name="Restore version 1"))
        expect(p.get_by_text("Version 1 restored into your working copy")).to_be_visible()
        self.step_heading("Review")
        texts = p.locator("#review-text-linkedin_headline").locator("..")
        expect(texts).to_contain_text(OLD_HEADLINE_PART)
        expect(p.get_by_text(NEW_HEADLINE, exact=True)).to_have_count(0)

    def linkedin_copy_and_download(self, tmp_path: Path) -> None:
        p = self.page
        self.press(self.profile_nav().get_by_role("link", name="LinkedIn copy", exact=True))
        self.heading("LinkedIn copy")
        self.audit()
        box = p.get_by_label("LinkedIn headline, as it will paste")
        headline = box.input_value()
        assert OLD_HEADLINE_PART in headline
        expect(p.locator("#count-linkedin_headline")).to_contain_text(f"{len(headline)} / 220")
        expect(p.locator(".linkedin-summary")).to_contain_text("The coach has")

        # Every file, from the bottom of the page (by keyboard, then Shift+Tab back up).
        files = {}
        for name, suffix in DOWNLOADS:
            with p.expect_download() as info:
                self.press(p.get_by_role("link", name=name))
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

        p.context.grant_permissions(["clipboard-read", "clipboard-write"])
        copy = p.get_by_role("button", name=re.compile(r"^Copy LinkedIn headline"))
        if self.js:
            self.press(copy)
            expect(p.locator("#copied-linkedin_headline")).to_have_text("Copied")
        else:
            # No script, so no Copy button: the text sits in a plain textarea to select
            # and copy with the keyboard.
            expect(copy).to_be_hidden()
            box.focus()
            p.keyboard.press("ControlOrMeta+a")
            p.keyboard.press("ControlOrMeta+c")
        assert p.evaluate("navigator.clipboard.readText()") == headline

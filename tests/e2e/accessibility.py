"""axe-core (WCAG 2.1 A/AA) on every page a scenario visits, with JavaScript on and off.

JavaScript on: axe is injected into the page itself (page.evaluate goes through the
DevTools protocol, so the strict CSP does not block it) and audits the live DOM,
including whatever htmx swapped in.

JavaScript off: axe cannot run there. `page.evaluate` still works in a context with
java_script_enabled=False, but axe.run never settles (its timers never fire), and
re-enabling scripts on that page through a second CDP session does not help either. So
the auditor takes the no-JS page's DOM exactly as the person sees it (`page.content()`,
after any form posts), and loads it in a separate JS-enabled "auditor" page: the first at
the same URL (the document request is answered with that HTML), the next ones in place of
the previous document, on the same origin, so stylesheets and images load from the live
server and contrast is computed on the real CSS; every <script> is removed so neither
htmx nor our own script can change it, and <noscript> becomes a <div> because its content
is what a no-JS visitor actually sees.

Every main-frame URL a page visits is recorded; `assert_clean()` also fails when a
visited page was never audited, so "every page" cannot silently shrink.

Colour contrast was three quarters of axe's time, and each text's result is fixed by how it
is drawn, not by its words: its own colour, font and opacity, and the backgrounds,
opacities and stacking of the elements it sits on. So every audit runs every rule, but
colour contrast only on the texts whose drawing this test process has not yet checked
(`_CONTRAST_CHECKED`): a new colour, class, state (hover, focus, disabled), dark mode or
background is checked; the same drawing with other words is not checked again. Not part of
a drawing: an element of another branch positioned over a text (Pivot's pages have none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
AXE_OPTIONS_BUT_CONTRAST = {**AXE_OPTIONS, "rules": {"color-contrast": {"enabled": False}}}
AXE_CONTRAST_ONLY = {
    "runOnly": {"type": "rule", "values": ["color-contrast"]},
    "resultTypes": ["violations"],
}

# The texts axe's colour contrast looks at (its `color-contrast-matches`: elements with
# text of their own, and form controls), each with a hash of how it is drawn; the
# elements are kept on the window for AUDIT_SCRIPT.
DRAWINGS_SCRIPT = """() => {
  const own = ['color', 'font-size', 'font-weight', 'font-family', 'opacity', 'text-shadow',
    'visibility', 'display', 'position', 'z-index', 'filter', 'mix-blend-mode', 'text-indent',
    'overflow', 'clip', 'clip-path', '-webkit-text-stroke-width', '-webkit-text-fill-color',
    'background-color', 'background-image'];
  const under = ['background-color', 'background-image', 'opacity', 'filter', 'mix-blend-mode',
    'position', 'z-index', 'overflow', 'clip', 'clip-path', 'visibility', 'display'];
  const notText = new Set(['hidden', 'range', 'color', 'checkbox', 'radio', 'image']);
  const chains = new Map();
  const chain = (element) => {
    if (!element) return '';
    if (!chains.has(element)) {
      const style = getComputedStyle(element);
      chains.set(element, chain(element.parentElement) + '/' +
        under.map(p => style.getPropertyValue(p)).join('|'));
    }
    return chains.get(element);
  };
  const hash = (text) => {  // cyrb53: 53 bits, enough for a test process's drawings
    let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  const texts = [], drawings = [];
  for (const element of [document.body, ...document.body.querySelectorAll('*')]) {
    const tag = element.localName;
    if (tag === 'script' || tag === 'style' || tag === 'template') continue;
    let text = tag === 'select' || tag === 'textarea' ||
      (tag === 'input' && !notText.has(element.type));
    for (const node of text ? [] : element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim()) { text = true; break; }
    }
    if (!text) continue;
    const style = getComputedStyle(element);
    const state = [tag, element.matches(':disabled'),
      Boolean(element.closest('[aria-disabled="true"]')),
      Boolean(element.control && element.control.disabled), Boolean(element.value)];
    texts.push(element);
    drawings.push(hash(state.join(',') + '#' + own.map(p => style.getPropertyValue(p)).join('|') +
      '#' + chain(element.parentElement)));
  }
  window.__pivotTexts = texts;
  return drawings;
}"""

# Every rule but contrast on the document; contrast on the texts at these indices.
AUDIT_SCRIPT = """async ([options, contrastOnly, indices]) => {
  const results = await axe.run(document, options);
  if (indices.length) {
    const texts = indices.map(i => window.__pivotTexts[i]);
    const contrast = await axe.run({include: texts}, contrastOnly);
    results.violations.push(...contrast.violations);
  }
  return results;
}"""

# The drawings whose contrast this test process has checked, by every test's audits.
_CONTRAST_CHECKED: set[str] = set()

_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_NOSCRIPT_OPEN = re.compile(r"<noscript\b([^>]*)>", re.IGNORECASE)
_NOSCRIPT_CLOSE = re.compile(r"</noscript\s*>", re.IGNORECASE)


def as_seen_without_javascript(html: str) -> str:
    html = _SCRIPT.sub("", html)
    html = _NOSCRIPT_OPEN.sub(r"<div\1>", html)
    return _NOSCRIPT_CLOSE.sub("</div>", html)


def page_key(url: str) -> str:
    """Path and query: the same page with and without a #fragment is one page."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass
class Auditor:
    browser: Browser
    base_url: str
    axe: Axe = field(default_factory=Axe)
    violations: list[str] = field(default_factory=list)
    audited: dict[str, set[str]] = field(default_factory=dict)
    visited: dict[str, set[str]] = field(default_factory=dict)
    ignored_paths: set[str] = field(default_factory=set)
    asserted: bool = False
    contrast_checked: int = 0  # texts whose drawing had its colour contrast checked
    contrast_reused: int = 0  # texts whose drawing was checked before (not checked again)
    _context: BrowserContext | None = None
    _page: Page | None = None
    _document: tuple[str, str] = ("", "")

    def track(self, page: Page, *, js: bool) -> None:
        mode = "js" if js else "nojs"

        def on_navigated(frame) -> None:
            if frame == page.main_frame and frame.url.startswith(self.base_url):
                self.visited.setdefault(mode, set()).add(page_key(frame.url))

        page.on("framenavigated", on_navigated)

    def check(self, page: Page, *, js: bool) -> int:
        """Audit the page as it is now; returns the number of violations found."""
        url = page.url
        mode = "js" if js else "nojs"
        if js:
            # axe stays in the page between audits (an htmx swap keeps the window):
            # injected, and compiled, only when the page has none, as after a load.
            if not page.evaluate("typeof window.axe === 'object'"):
                page.evaluate(self.axe.axe_script)
            results = self._run(page)
        else:
            results = self._run_on_html(url, as_seen_without_javascript(page.content()))
        found = self._record(results.response.get("violations", []), url, mode)
        self.audited.setdefault(mode, set()).add(page_key(url))
        return found

    def _run_on_html(self, url: str, html: str):
        if self._page is None:
            self._context = self.browser.new_context(base_url=self.base_url)
            # Page scripts must not run (they would change the no-JS DOM); axe comes in
            # as an init script, compiled once per load instead of evaluated each time.
            self._context.route(
                re.compile(r".*\.js(\?.*)?$"),
                lambda route: route.fulfill(body="", content_type="text/javascript"),
            )
            self._context.add_init_script(self.axe.axe_script)
            self._page = self._context.new_page()
            self._page.route(
                lambda candidate: candidate.split("#")[0] == self._document[0].split("#")[0],
                lambda route: (
                    route.fulfill(body=self._document[1], content_type="text/html; charset=utf-8")
                    if route.request.resource_type == "document"
                    else route.continue_()
                ),
            )
            self._document = (url, html)
            self._page.goto(url)
        else:
            # Each later page replaces the document in place (document.open keeps the
            # window, so axe stays loaded: compiling it for each page was half the no-JS
            # journey's time); stylesheets and images load as before, and set_content
            # returns once they have.
            self._page.set_content(html)
        return self._run(self._page)

    def _run(self, page: Page) -> AxeResults:
        drawings = page.evaluate(DRAWINGS_SCRIPT)
        fresh: dict[str, int] = {}
        for index, drawing in enumerate(drawings):
            if drawing not in _CONTRAST_CHECKED:
                fresh.setdefault(drawing, index)
        response = page.evaluate(
            AUDIT_SCRIPT, [AXE_OPTIONS_BUT_CONTRAST, AXE_CONTRAST_ONLY, list(fresh.values())]
        )
        # Only once axe has run on them: a failed audit leaves them to be checked again.
        _CONTRAST_CHECKED.update(fresh)
        self.contrast_checked += len(fresh)
        self.contrast_reused += len(drawings) - len(fresh)
        return AxeResults(response)

    def _record(self, violations: list[dict], url: str, mode: str) -> int:
        count = 0
        for violation in violations:
            for node in violation.get("nodes", []):
                count += 1
                target = " ".join(str(part) for part in node.get("target", []))
                summary = (node.get("failureSummary") or "").replace("\n", " ")
                self.violations.append(
                    f"[{mode}] {page_key(url)}: {violation['id']} ({violation.get('impact')}) "
                    f"on `{target}` {node.get('html', '')[:160]!r}: {summary[:240]}"
                )
        return count

    def unaudited(self) -> list[str]:
        missing = []
        for mode, paths in self.visited.items():
            for path in sorted(paths - self.audited.get(mode, set()) - self.ignored_paths):
                missing.append(f"[{mode}] {path}")
        return missing

    def report(self) -> list[str]:
        lines = [f"WCAG 2.1 A/AA violation: {item}" for item in self.violations]
        lines += [f"visited but never audited: {item}" for item in self.unaudited()]
        return lines

    def assert_clean(self) -> None:
        self.asserted = True
        problems = self.report()
        assert not problems, "Accessibility problems:\n" + "\n".join(problems)

    def close(self) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None
            self._page = None

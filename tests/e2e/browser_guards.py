"""Guards every e2e page carries: CSP violations, console errors, page errors, 5xx responses.

A violation is reported twice on purpose: the init script keeps it in
`window.__cspViolations` (readable while the page is open) and forwards it to Python
through an exposed binding at once, so one that happens just before a navigation is
not lost with the page's window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Response

CSP_INIT_SCRIPT = """
(() => {
  window.__cspViolations = window.__cspViolations || [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      page: location.href,
    };
    window.__cspViolations.push(violation);
    if (typeof window.__pivotReportCsp === 'function') {
      window.__pivotReportCsp(violation);
    }
  });
})();
"""


@dataclass
class PageGuard:
    """Collects everything that must not happen on a page; `problems()` lists what did."""

    csp: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)
    allowed_console: list[re.Pattern] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> None:
        context.expose_binding("__pivotReportCsp", self._on_csp)
        context.add_init_script(CSP_INIT_SCRIPT)
        context.on("page", self.watch)

    def watch(self, page: Page) -> None:
        page.on("console", lambda message: self._on_console(page, message))
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))
        page.on("response", self._on_response)

    def allow_console(self, pattern: str) -> None:
        """Expect a console error matching `pattern` (e.g. the 404 the browser logs for a
        page that is meant to be missing)."""
        self.allowed_console.append(re.compile(pattern))

    @staticmethod
    def _describe(violation: dict) -> str:
        return (
            f"{violation.get('page')}: {violation.get('directive')} blocked "
            f"{violation.get('blocked') or 'inline'} "
            f"({violation.get('source') or ''}:{violation.get('line') or ''}) "
            f"{violation.get('sample') or ''}"
        ).rstrip()

    def _on_csp(self, _source, violation: dict) -> None:
        self.csp.append(self._describe(violation))

    def _on_console(self, page: Page, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        if any(pattern.search(message.text) for pattern in self.allowed_console):
            return
        self.console.append(f"{page.url}: {message.text}")

    def _on_response(self, response: Response) -> None:
        if response.status >= 500:
            self.server_errors.append(
                f"{response.request.method} {response.url} -> {response.status}"
            )

    def collect_open_pages(self, context: BrowserContext) -> None:
        """Catch any violation still only in a page's window (binding not yet delivered)."""
        for page in context.pages:
            if page.is_closed():
                continue
            try:
                pending = page.evaluate("window.__cspViolations || []")
            except Exception:  # noqa: S112 - a page mid-navigation or closed: nothing to read
                continue
            for violation in pending:
                described = self._describe(violation)
                if described not in self.csp:
                    self.csp.append(described)

    def problems(self) -> list[str]:
        return (
            [f"CSP violation: {item}" for item in self.csp]
            + [f"console error: {item}" for item in self.console]
            + [f"page error: {item}" for item in self.errors]
            + [f"server error: {item}" for item in self.server_errors]
        )

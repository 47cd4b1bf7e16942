"""Shared helpers for the worked example's tests (no tests here): its URLs, and what a
page offers that could write, read from the HTML as a browser would."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.urls import reverse

from profiles.example.profile import EXAMPLE_ID
from profiles.steps import STEPS

LANES = ["applied-ai", "lead-ai", "ai-platform", "reliability-evals", "founding"]
STEP_SLUGS = [s.slug for s in STEPS]
CONTROLS = {"input", "textarea", "select", "button"}
HTMX_WRITES = {"hx-post", "hx-put", "hx-patch", "hx-delete"}


def example_step_url(lane: str, slug: str) -> str:
    return reverse("example:step", args=[lane, slug])


def example_linkedin_url(lane: str) -> str:
    return reverse("example:linkedin", args=[lane])


def start_url(lane: str) -> str:
    return reverse("example:start", args=[lane])


@dataclass
class PageParts:
    forms: list[dict] = field(default_factory=list)
    # Controls that a person could change or press: not disabled, not in a disabled fieldset.
    live_controls: list[dict] = field(default_factory=list)
    htmx_writes: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def posting_forms(self) -> list[dict]:
        return [f for f in self.forms if (f.get("method") or "get").lower() != "get"]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts = PageParts()
        self.open: list[tuple[str, bool]] = []  # (tag, disables its content)
        self.form: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        disabled_here = "disabled" in a
        inside_disabled = any(off for _tag, off in self.open)
        for name, value in a.items():
            if name in HTMX_WRITES:
                self.parts.htmx_writes.append(f"{name}={value}")
            if name in {"href", "action", "formaction", "hx-get", "data-autosave-url"}:
                self.parts.urls.append(value or "")
        if tag == "form":
            self.form = dict(a)
            self.parts.forms.append(self.form)
        hidden = tag == "input" and a.get("type") == "hidden"
        if tag in CONTROLS and not (disabled_here or inside_disabled or hidden):
            self.parts.live_controls.append({"tag": tag, **a, "form": self.form})
        if tag not in {"input", "br", "img", "meta", "link", "hr"}:
            self.open.append((tag, tag == "fieldset" and disabled_here))

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                del self.open[i:]
                break


def page_parts(html: str) -> PageParts:
    reader = _Reader()
    reader.feed(html)
    return reader.parts


def owner_urls(parts: PageParts) -> list[str]:
    """Links, actions or htmx URLs into one profile or carrying the example's id (the
    site's own "My profiles" link, /profiles/, is neither)."""
    return [u for u in parts.urls if re.search(r"/profiles/.", u) or str(EXAMPLE_ID) in u]

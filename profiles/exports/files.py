"""Download builders: .txt and .md of the LinkedIn copy and of the whole positioning, and
the .json of a whole version (schema in docs/json-schema.md).

What the person typed is data. In Markdown only what would be misread as markup is
backslash-escaped (never HTML-escaped), so no raw HTML reaches a .md file and the text
still reads as typed.
"""

from __future__ import annotations

import json
import re

from roles import guide

from ..answers import skill_ratings
from ..rendering import ADVICE_KEYS
from ..versions.sections import GAP_STATUSES, SKILL_RATINGS, answered_in_order, snapshot_names
from .linkedin import CopySource, linkedin_texts

JSON_SCHEMA_VERSION = 2

# Inline markup that could start anywhere: escapes, code, emphasis, links, strike-through.
_INLINE = re.compile(
    r"[\\`*\[\]]"  # backslash, code, emphasis, link brackets
    r"|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])"  # "_" at a word edge (snake_case is safe)
    r"|~(?=~)"  # "~~" strike-through
    r"|<(?=[A-Za-z/!?])"  # an HTML tag or autolink; "38 -> 22" and "a < b" are left alone
    r"|&(?=#?\w+;)"  # an entity; a bare "&" is literal
)
_BULLET = re.compile(r"^([-*+] )(.*)$")  # the person's own bullets stay bullets
# Line starts Markdown would read as structure: heading, quote, ordered-list number,
# or a line of only -, =, *, _ (a rule or a heading underline).
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|\d+(?=[.)](?:\s|$))|[-=*_](?=[-=*_\s]*$))")


def _escape_inline(text: str) -> str:
    return _INLINE.sub(lambda m: "\\" + m.group(0), text)


def _escape_line(line: str) -> str:
    line = line.strip()  # leading spaces would make an indented code block
    bullet = _BULLET.match(line)
    if bullet:
        return bullet.group(1) + _escape_line(bullet.group(2))
    structure = _LINE_START.match(line)
    if structure:
        if structure.group(0)[0].isdigit():  # "2019. A year" is not item 2019
            cut = structure.end()
            return line[:cut] + "\\" + _escape_inline(line[cut:])
        return "\\" + _escape_inline(line)
    return _escape_inline(line)


def md_escape(text: str) -> str:
    """Plain text as Markdown that renders as exactly that text.

    Only what Markdown would misread is escaped, and never with HTML entities: the file is
    read as text as often as it is rendered, so "38 -> 22 min" must stay as typed.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    # Two trailing spaces keep the person's line breaks as line breaks.
    return "  \n".join(_escape_line(line) for line in text.split("\n"))


def _md_block(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", (text or "").strip())
    return "\n\n".join(md_escape(p) for p in paragraphs if p.strip()) or "*(empty)*"


def _heading(source: CopySource, what: str) -> str:
    return f"{source.profile.name} — {what} ({source.title})"


# --- LinkedIn ------------------------------------------------------------------------


def linkedin_txt(source: CopySource) -> str:
    parts = [_heading(source, "LinkedIn copy"), ""]
    for item in linkedin_texts(source, with_findings=False):
        limits = ", ".join(f"{lim.value:,} ({lim.label})" for lim in item.limits)
        parts += [f"== {item.name} ({item.count:,} characters; limit {limits}) ==", item.text, ""]
    return "\n".join(parts).rstrip() + "\n"


def linkedin_md(source: CopySource) -> str:
    parts = [f"# {md_escape(_heading(source, 'LinkedIn copy'))}", ""]
    for item in linkedin_texts(source, with_findings=False):
        limits = ", ".join(f"{lim.value:,} ({lim.label})" for lim in item.limits)
        parts += [
            f"## {md_escape(item.name)}",
            "",
            f"*{item.count:,} characters; limit {md_escape(limits)}*",
            "",
            _md_block(item.text),
            "",
        ]
    return "\n".join(parts).rstrip() + "\n"


# --- whole positioning -----------------------------------------------------------------


def skills_summary(source: CopySource) -> list[tuple[str, list[str]]]:
    """(rating label, skill names) from strongest to none, only ratings that occur."""
    ratings = skill_ratings(source.answers)
    names = snapshot_names(source.snapshot, "skills")
    order = answered_in_order(names, ratings)
    groups = []
    for rating in ("strong", "working", "basic", "none"):
        skills = [
            (names.get(slug) or {}).get("name", slug)
            for slug in order
            if ratings.get(slug) == rating
        ]
        if skills:
            groups.append((SKILL_RATINGS[rating], skills))
    return groups


def gap_plan(source: CopySource) -> list[tuple[str, str, str]]:
    """(gap name, status, deliverable link) for every answered gap, in the guide's order."""
    answers = source.answers.get("gaps") or {}
    names = snapshot_names(source.snapshot, "gaps")
    rows = []
    for slug in answered_in_order(names, answers):
        entry = answers[slug] or {}
        status = entry.get("status") or "not_started"
        rows.append(
            (
                (names.get(slug) or {}).get("name", slug),
                GAP_STATUSES.get(status, status),
                str(entry.get("link") or ""),
            )
        )
    return rows


def interview_expectations(source: CopySource) -> tuple[str, list[str]]:
    """(whose, expectations): the guide's interview-level expectations for the lane, or
    for every lane when none is chosen. Read from today's guide, for a saved version too:
    it is the guide's advice about the lane, not something the person wrote."""
    slug = source.lane_slug
    lane = next((a for a in guide.archetypes() if a.slug == slug), None) if slug else None
    # The guide's rows as the lane step reads them: no query once read.
    return (source.lane_name or "every lane"), guide.interview_expectations(lane and lane.pk)


def _text_name(item: dict) -> str:
    """A text's heading; the guide's advice ("Moat", "Best use") says it is advice."""
    name = item.get("name") or item["key"]
    advice = item["key"] in ADVICE_KEYS and not item.get("overridden")
    return f"{name} (the guide’s advice)" if advice else name


def positioning_txt(source: CopySource) -> str:
    parts = [_heading(source, "positioning"), "", f"Target lane: {source.lane_name or '-'}", ""]
    for item in source.texts:
        parts += [f"== {_text_name(item)} ==", item.get("text", ""), ""]
    parts += ["== Skills ==", *(f"{label}: {', '.join(n)}" for label, n in skills_summary(source))]
    if not skills_summary(source):
        parts.append("(not rated yet)")
    parts += ["", "== Gap plan =="]
    plan = gap_plan(source)
    parts += [f"- {name}: {status}{' — ' + link if link else ''}" for name, status, link in plan]
    if not plan:
        parts.append("(no gaps planned yet)")
    whose, expectations = interview_expectations(source)
    if expectations:
        parts += ["", f"== Interview-level expectations ({whose}, from the guide) =="]
        parts += [f"- {text}" for text in expectations]
    return "\n".join(parts).rstrip() + "\n"


def positioning_md(source: CopySource) -> str:
    parts = [
        f"# {md_escape(_heading(source, 'positioning'))}",
        "",
        f"**Target lane:** {md_escape(source.lane_name) or '*(not chosen)*'}",
        "",
        "## Messaging",
        "",
    ]
    for item in source.texts:
        parts += [
            f"### {md_escape(_text_name(item))}",
            "",
            _md_block(item.get("text", "")),
            "",
        ]
    parts += ["## Skills", ""]
    summary = skills_summary(source)
    parts += [f"- **{label}:** {md_escape(', '.join(n))}" for label, n in summary] or [
        "*(not rated yet)*"
    ]
    parts += ["", "## Gap plan", ""]
    plan = gap_plan(source)
    parts += [
        f"- **{md_escape(name)}:** {md_escape(status)}" + (f" — {md_escape(link)}" if link else "")
        for name, status, link in plan
    ] or ["*(no gaps planned yet)*"]
    whose, expectations = interview_expectations(source)
    if expectations:
        parts += [
            "",
            "## Interview-level expectations",
            "",
            f"*From the guide, for {md_escape(whose)}.*",
            "",
        ]
        parts += [f"- {md_escape(text)}" for text in expectations]
    return "\n".join(parts).rstrip() + "\n"


# --- JSON --------------------------------------------------------------------------------


def version_document(source: CopySource) -> dict:
    lane = source.lane
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "profile": {
            "id": str(source.profile.pk),
            "name": source.snapshot.get("profile_name") or source.profile.name,
            "lane": {"slug": lane.get("slug", ""), "name": lane.get("name", "")} if lane else None,
        },
        "version": source.version.number if source.version else None,
        "note": source.version.note if source.version else "",
        "saved_at": source.saved_at,
        "answers": source.answers,
        "texts": [
            {
                "key": item["key"],
                "name": item.get("name") or item["key"],
                "text": item.get("text", ""),
                "overridden": bool(item.get("overridden")),
                "max_length": item.get("max_length"),
            }
            for item in source.texts
        ],
    }


def version_json(source: CopySource) -> str:
    return json.dumps(version_document(source), ensure_ascii=False, indent=2) + "\n"


BUILDERS = {
    ("linkedin", "txt"): linkedin_txt,
    ("linkedin", "md"): linkedin_md,
    ("positioning", "txt"): positioning_txt,
    ("positioning", "md"): positioning_md,
}
CONTENT_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
}

"""The brief as a one-page A4 PDF, drawn with fpdf2 (pure Python, no system libraries).

fpdf2's built-in Helvetica covers Windows-1252 only, and no Unicode font ships in a pip
package we install, so text goes through `pdf_safe`: accents are kept or folded to their
base letter, and anything else (emoji, CJK) becomes "?" with a note at the foot of the
page pointing to the brief's print view, which shows every character. Nothing the
person typed is ever read as markup: fpdf2 draws it as plain text.
"""

from __future__ import annotations

import re
import unicodedata

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .content import Brief

ENCODING = "cp1252"
MARGIN = 14  # mm
# Tried in turn until the brief fits one page; a very long opener may still need two.
SCALES = (1.0, 0.93, 0.86, 0.8)
ACCENT = (29, 78, 137)
MUTED = (90, 90, 90)
BAR = (120, 160, 205)
# Invisible marks that only make sense with the characters they join (emoji sequences).
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufe00-\ufe0f]")


def _fits(char: str) -> bool:
    try:
        char.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def pdf_safe(text: str) -> tuple[str, bool]:
    """(text Helvetica can draw, whether anything had to be replaced)."""
    out: list[str] = []
    replaced = False
    for char in _INVISIBLE.sub("", str(text or "")):
        if _fits(char):
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if _fits(c))
        base = "".join(c for c in base if not unicodedata.combining(c))
        if base:
            out.append(base)
        else:
            replaced = True
            if not out or out[-1] != "?":
                out.append("?")
    return "".join(out), replaced


class _BriefPDF(FPDF):
    def __init__(self, scale: float):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.scale = scale
        self.replaced = False
        self.core_fonts_encoding = ENCODING
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)

    def safe(self, text: str) -> str:
        safe, replaced = pdf_safe(text)
        self.replaced |= replaced
        return safe

    def font(self, size: float, style: str = "") -> None:
        self.set_font("Helvetica", style, size * self.scale)

    def line_height(self, size: float) -> float:
        return size * self.scale * 0.45

    def para(self, text: str, size: float = 9.5, style: str = "", color=(0, 0, 0)) -> None:
        self.font(size, style)
        self.set_text_color(*color)
        self.multi_cell(
            0,
            self.line_height(size),
            self.safe(text),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def heading(self, text: str) -> None:
        self.ln(2.2 * self.scale)
        self.font(10.5, "B")
        self.set_text_color(*ACCENT)
        self.cell(0, self.line_height(10.5) + 0.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.3)
        self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.ln(1.2 * self.scale)
        self.set_text_color(0, 0, 0)

    def bullets(self, items: list[str], size: float = 9.5, *, numbered: bool = False) -> None:
        self.set_text_color(0, 0, 0)
        for index, item in enumerate(items, 1):
            self.font(size)
            self.cell(5, self.line_height(size), f"{index}." if numbered else "-")
            self.multi_cell(
                0,
                self.line_height(size),
                self.safe(item),
                align="L",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )

    def bars(self, shares: list[tuple[str, int]]) -> None:
        """The lane's day-to-day split as horizontal bars: the picture the step shows."""
        label_w, bar_max = 78, self.w - 2 * MARGIN - 78 - 14
        height = self.line_height(9) + 0.8
        self.set_text_color(0, 0, 0)
        for activity, percent in shares:
            y = self.get_y()
            self.font(9)
            self.cell(label_w, height, self.safe(activity)[:60])
            self.set_fill_color(*BAR)
            width = max(bar_max * percent / 100, 0.5)
            self.rect(MARGIN + label_w, y + 0.8, width, height - 1.6, style="F")
            self.set_xy(MARGIN + label_w + width + 1.5, y)
            self.cell(12, height, f"{percent}%", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _draw(brief: Brief, scale: float) -> _BriefPDF:
    pdf = _BriefPDF(scale)
    pdf.set_title(pdf.safe(f"Positioning brief: {brief.profile_name}"))
    pdf.set_creator("Pivot")
    pdf.add_page()

    pdf.para(
        f"Positioning brief · {brief.profile_name} · {brief.title} · {brief.saved_at[:10]}",
        size=8.5,
        color=MUTED,
    )
    pdf.ln(1)
    pdf.para(brief.headline or "(no headline yet)", size=15, style="B")

    pdf.heading("60-second opener")
    pdf.para(brief.opener or "(no opener yet)")

    pdf.heading("Target lane")
    if brief.lane_name:
        group = f" (group {brief.lane_group})" if brief.lane_group else ""
        pdf.para(f"{brief.lane_name}{group}", style="B")
        if brief.work_shape:
            pdf.para(brief.work_shape, size=9, color=MUTED)
        if brief.day_to_day:
            pdf.ln(1)
            pdf.bars(brief.day_to_day)
    else:
        pdf.para("No lane chosen yet.")

    pdf.heading("Top strengths")
    lines = []
    if brief.edge:
        lines.append(f"Strongest edge: {brief.edge}")
    if brief.strengths:
        lines.append("Strengths: " + ", ".join(brief.strengths))
    if brief.strong_skills:
        lines.append("Rated strong: " + ", ".join(brief.strong_skills))
    pdf.bullets(lines or ["Not answered yet."])

    pdf.heading("Shipped artifacts")
    pdf.bullets(
        [
            a.name + (f" - {a.proves}" if a.proves else "") + (f" ({a.url})" if a.url else "")
            for a in brief.artifacts
        ]
        or ["None listed yet."]
    )

    pdf.heading("Gaps, in order")
    if brief.gaps:
        pdf.bullets(
            [f"{g.name}: {g.status}" + (f" ({g.link})" if g.link else "") for g in brief.gaps],
            numbered=True,
        )
    else:
        pdf.bullets(["None planned yet."])

    if brief.interview:
        pdf.heading("What interviews for this lane expect")
        pdf.bullets(brief.interview, size=9)

    if pdf.replaced:
        pdf.ln(2)
        pdf.para(
            "Some characters cannot be drawn in this PDF and show as ?: "
            "print the brief page from your browser to keep them.",
            size=8,
            color=MUTED,
        )
    return pdf


def brief_pdf(brief: Brief) -> bytes:
    for scale in SCALES:
        pdf = _draw(brief, scale)
        if pdf.pages_count == 1:
            break
    return bytes(pdf.output())

"""The recovery sheet: the vault's recovery key, printed large, with what to do with it.

The key is written into the requested file only: the PDF is built in memory and written with
`atomic_writer` (a 0600 temp file beside the target, renamed), never logged, never in the PDF's
metadata. It is drawn character by character on a fixed grid, so it reads like monospaced type
with the bundled DejaVu font (embedded like every other font) and 0/O, 1/I stay distinct.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ripartire_desktop.reports.pdfbase import (
    ACCENT,
    CONFIDENTIAL_RED,
    CONTENT_WIDTH,
    FONT_BOLD,
    RULE,
    Metadata,
    PageFurniture,
    clean,
    escape,
    gap,
    para,
    render,
    styles,
    write_pdf,
)
from ripartire_desktop.reports.strings import format_day, t

GROUPS_PER_LINE = 3
MAX_GROUPS = 15  # a real key has 9 groups of 4; anything far from that is printed as text
MAX_GROUP_CHARS = 8


class KeyGrid(Flowable):
    """The key's groups on a fixed-pitch grid, in a framed box."""

    def __init__(self, key: str, *, size: float = 22) -> None:
        super().__init__()
        cleaned = " ".join(clean(key).replace("-", " ").split())
        groups = cleaned.split(" ") if cleaned else [""]
        self.lines = [
            groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)
        ]
        self.size = size
        self.pitch = size * 0.82
        self.line_height = size * 1.7
        self.padding = 14.0

    def _fit(self, available: float) -> None:
        widest = max(sum(len(g) for g in line) + 2 * (len(line) - 1) for line in self.lines)
        needed = widest * self.pitch + 2 * self.padding
        if needed > available and widest:
            self.pitch = (available - 2 * self.padding) / widest
            self.size = self.pitch / 0.82
            self.line_height = self.size * 1.7

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._fit(min(available_width, CONTENT_WIDTH))
        self.width = min(available_width, CONTENT_WIDTH)
        self.height = len(self.lines) * self.line_height + 2 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.setFillColor(colors.HexColor("#f6f9fb"))
        canvas.roundRect(0, 0, self.width, self.height, 6, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, self.size)
        for row, groups in enumerate(self.lines):
            cells = sum(len(g) for g in groups) + 2 * (len(groups) - 1)
            x = (self.width - cells * self.pitch) / 2
            y = self.height - self.padding - (row + 1) * self.line_height + self.size * 0.45
            for n, group in enumerate(groups):
                for ch in group:
                    canvas.drawCentredString(x + self.pitch / 2, y, ch)
                    x += self.pitch
                if n < len(groups) - 1:
                    canvas.setStrokeColor(RULE)
                    canvas.line(
                        x + self.pitch * 0.7,
                        y + self.size * 0.3,
                        x + self.pitch * 1.3,
                        y + self.size * 0.3,
                    )
                    x += 2 * self.pitch
        canvas.restoreState()


def key_flowable(key: str) -> Flowable:
    """The key on its grid; a key of an unexpected shape as large wrapped text instead."""
    groups = " ".join(clean(key).replace("-", " ").split()).split(" ")
    if len(groups) <= MAX_GROUPS and all(len(g) <= MAX_GROUP_CHARS for g in groups):
        return KeyGrid(key)
    st = styles()
    big = ParagraphStyle("key", parent=st.body, fontName=FONT_BOLD, fontSize=16, leading=22)
    return para(key, big)


def recovery_sheet_pdf(
    recovery_key: str, *, organisation: str, created: date, lang: str = "it"
) -> bytes:
    st = styles()
    warning = Paragraph(
        f'<font color="{CONFIDENTIAL_RED.hexval().replace("0x", "#")}"><b>'
        f"{escape(t('recovery_warning', lang))}</b></font>",
        st.body,
    )
    story: list[Flowable] = [
        Paragraph(escape(t("recovery_title", lang)), st.title),
    ]
    if organisation.strip():
        story.append(para(t("recovery_organisation", lang, organisation=organisation), st.body))
    story += [
        para(t("recovery_created", lang, day=format_day(created, lang)), st.body),
        gap(8),
        Paragraph(escape(t("recovery_key", lang)), st.h2),
        key_flowable(recovery_key),
        gap(8),
        warning,
        gap(4),
        Paragraph(escape(t("recovery_instructions_title", lang)), st.h1),
    ]
    for n, line in enumerate(t("recovery_instructions", lang).split("\n"), start=1):
        story.append(Paragraph(f"<b>{n}.</b> {escape(line)}", st.body))
    return render(
        story,
        metadata=Metadata(
            title=t("recovery_title", lang),
            author=organisation,
            subject=t("recovery_subject", lang),
        ),
        furniture=PageFurniture(
            lang=lang,
            header_left=t("confidential", lang),
            header_right=t("recovery_subject", lang),
            footer_left=organisation,
            confidential=True,
        ),
    )


def write_recovery_sheet(
    path: Path, recovery_key: str, *, organisation: str, created: date, lang: str = "it"
) -> None:
    """Print the recovery sheet to `path` (PDF, written atomically, 0600). Nothing else."""
    write_pdf(
        path,
        recovery_sheet_pdf(recovery_key, organisation=organisation, created=created, lang=lang),
    )

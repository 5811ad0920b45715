"""What every PDF shares: the bundled DejaVu fonts, safe text, styles, page furniture, writing.

All user text goes through `para`/`clean`: characters PDFs cannot carry are replaced, ReportLab's
markup characters are escaped, newlines become line breaks. Long words are split at the column
width (`splitLongWords`), table rows may split across pages (`splitInRow`), and single lines drawn
on the page (header, footer) are cut to fit (`fit_line`), so no text can raise a layout error.
Glyphs DejaVu lacks (CJK, emoji...) print as empty boxes instead of failing the export.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ripartire_desktop.paths import resource
from ripartire_desktop.reports.strings import t
from ripartire_desktop.store.fileio import atomic_writer

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#b8c4cc")
ZEBRA = colors.HexColor("#f1f4f6")
CONFIDENTIAL_RED = colors.HexColor("#a01818")
CREATOR = "Ripartire Desktop"

_registered = False


def register_fonts() -> None:
    """Register the bundled DejaVu fonts once; they are embedded (subset) in every PDF."""
    global _registered  # noqa: PLW0603 (a process-wide, idempotent registration)
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts/DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(resource("fonts/DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    _registered = True


# --- text -------------------------------------------------------------------------------------


def escape(text: str) -> str:
    """ReportLab markup escaping (xml.sax.saxutils would import urllib and ssl)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clean(text: object) -> str:
    """Text safe to put in a PDF: no lone surrogates, no control characters but newline/tab."""
    if text is None:
        return ""
    raw = text if isinstance(text, str) else str(text)
    out = []
    for ch in raw.replace("\r\n", "\n").replace("\r", "\n"):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            out.append("\ufffd")
        elif ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) == "Cc":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def markup(text: object) -> str:
    """User text as ReportLab paragraph markup: escaped, newlines kept as line breaks."""
    escaped = escape(clean(text))
    return escaped.replace("\t", "    ").replace("\n", "<br/>")


def fit_line(text: object, font: str, size: float, width: float) -> str:
    """`text` on one line, cut with an ellipsis to fit `width` points (for canvas drawing)."""
    line = " ".join(clean(text).split())
    if pdfmetrics.stringWidth(line, font, size) <= width:
        return line
    low, high = 0, len(line)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(line[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low] + "…"


# --- styles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    centre: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=12.5, splitLongWords=1, spaceAfter=3
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        small=derive("small", fontSize=8, leading=10),
        muted=derive("muted", fontSize=8, leading=10, textColor=MUTED),
        title=derive("title", fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=6,
                     textColor=ACCENT),
        h1=derive("h1", fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=10,
                  spaceAfter=4, textColor=ACCENT),
        h2=derive("h2", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        cell=derive("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_bold=derive("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                         spaceAfter=0),
        cell_bold_right=derive("cell_bold_right", fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                               spaceAfter=0, alignment=2),
        cell_right=derive("cell_right", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=2),
        head=derive("head", fontName=FONT_BOLD, fontSize=8, leading=10, spaceAfter=0,
                    textColor=colors.white),
        head_right=derive("head_right", fontName=FONT_BOLD, fontSize=8, leading=10,
                          spaceAfter=0, textColor=colors.white, alignment=2),
        centre=derive("centre", alignment=TA_CENTER),
    )  # fmt: skip


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user (or any) text, escaped: nothing in it is read as markup."""
    return Paragraph(markup(text), style)


def labelled(label: str, value: object, st: Styles) -> Paragraph:
    """ "Label: value", the label in bold (our text), the value escaped (user text)."""
    return Paragraph(f"<b>{escape(label)}:</b> {markup(value)}", st.body)


def grid(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    st: Styles,
    *,
    header: bool = True,
    right_from: int | None = None,
    bold_last: bool = False,
) -> Table:
    """A table of text cells (escaped), header row shaded, numbers right-aligned from column
    `right_from` on. Rows may split across pages, so no cell can be too tall to print."""
    data: list[list[Flowable]] = []
    for r, row in enumerate(rows):
        cells: list[Flowable] = []
        for c, value in enumerate(row):
            right = right_from is not None and c >= right_from
            if header and r == 0:
                style = st.head_right if right else st.head
            elif bold_last and r == len(rows) - 1:
                style = st.cell_bold_right if right else st.cell_bold
            else:
                style = st.cell_right if right else st.cell
            cells.append(value if isinstance(value, Flowable) else para(value, style))
        data.append(cells)
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    start = 1 if header else 0
    for r in range(start, len(rows)):
        if (r - start) % 2 == 1:
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if bold_last and len(rows) > start:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def column_widths(
    rows: Sequence[Sequence[str]], total: float, *, min_col: float = 34, label_max: float = 0.42
) -> list[float]:
    """Widths for a table of short numbers after a label column: the label column as wide as
    its longest label (from 26% to `label_max` of the width), the number columns share the
    rest in proportion to their longest word, so headers break between words, not inside."""
    register_fonts()
    pad = 7.0
    label = max(pdfmetrics.stringWidth(clean(row[0]), FONT, 8.5) + pad for row in rows)
    first = min(max(label, total * 0.26), total * label_max)
    needed = []
    for c in range(1, len(rows[0])):
        widest = min_col
        for r, row in enumerate(rows):
            font, size = (FONT_BOLD, 8.0) if r == 0 else (FONT_BOLD, 8.5)
            for word in clean(row[c]).split():
                widest = max(widest, pdfmetrics.stringWidth(word, font, size) + pad)
        needed.append(widest)
    scale = (total - first) / sum(needed)
    return [first, *(w * scale for w in needed)]


def section(title: str, content: Iterable[Flowable], st: Styles) -> list[Flowable]:
    """A heading kept on the same page as the start of its content."""
    items = list(content)
    head: list[Flowable] = [Paragraph(escape(title), st.h1)]
    if not items:
        return head
    return [KeepTogether([*head, items[0]]), *items[1:]]


def gap(height: float = 4) -> Spacer:
    return Spacer(1, height)


# --- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFurniture:
    """What is printed on every page around the content."""

    lang: str
    header_left: str = ""  # e.g. RISERVATO / CONFIDENTIAL
    header_right: str = ""  # e.g. the family code
    footer_left: str = ""  # e.g. the organisation
    footer_right: str = ""  # e.g. printed on
    confidential: bool = False


def _numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas that knows the page count when saving, for "pagina N di M" on each page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            _draw_furniture(self, furniture, self.getPageNumber(), total)

    return NumberedCanvas


def _draw_furniture(canvas: Canvas, f: PageFurniture, page: int, total: int) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 11 * mm
    half = CONTENT_WIDTH / 2 - 4 * mm
    if f.header_left:
        canvas.setFont(FONT_BOLD, 9)
        canvas.setFillColor(CONFIDENTIAL_RED if f.confidential else ACCENT)
        canvas.drawString(MARGIN, top, fit_line(f.header_left, FONT_BOLD, 9, half))
    if f.header_right:
        canvas.setFont(FONT_BOLD, 9)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN, top, fit_line(f.header_right, FONT_BOLD, 9, half)
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
    bottom = 10 * mm
    canvas.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    numbering = t("page_of", f.lang, n=page, m=total)
    # Left and right texts may use the room up to the centred page number.
    side = (CONTENT_WIDTH - pdfmetrics.stringWidth(numbering, FONT, 7.5)) / 2 - 4 * mm
    if f.footer_left:
        canvas.drawString(MARGIN, bottom, fit_line(f.footer_left, FONT, 7.5, side))
    canvas.drawCentredString(PAGE_WIDTH / 2, bottom, numbering)
    if f.footer_right:
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN, bottom, fit_line(f.footer_right, FONT, 7.5, side)
        )
    canvas.restoreState()


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str = ""


def render(
    story: list[Flowable],
    *,
    metadata: Metadata,
    furniture: PageFurniture,
    on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
) -> bytes:
    """The PDF of `story`, in memory (nothing personal ever goes to a temporary file)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=clean(metadata.title),
        author=clean(metadata.author),
        subject=clean(metadata.subject),
        creator=CREATOR,
        # No creation timestamp or random id: the file says nothing about when it was made
        # beyond what is printed on it.
        invariant=1,
        pageCompression=1,
        # Without this the canvas starts in Helvetica, a font the PDF would name but not embed.
        initialFontName=FONT,
        initialFontSize=9.5,
        lang="it-IT" if furniture.lang == "it" else "en-GB",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template = PageTemplate(id="page", frames=[frame])
    if on_page is not None:
        template.onPage = on_page
    doc.addPageTemplates([template])
    doc.build(story, canvasmaker=_numbered_canvas(furniture))
    return buffer.getvalue()


def write_pdf(path: Path, data: bytes) -> None:
    """Write a finished PDF crash-safely: temp file 0600, fsync, rename."""
    with atomic_writer(path) as handle:
        handle.write(data)

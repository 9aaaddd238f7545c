"""The page furniture every document shares, and building a story into PDF bytes in memory.

"pagina X van Y" needs the page count before the footer is drawn: the canvas keeps each
finished page's state and draws footer and watermark on all of them when the document is
saved. The training watermark is drawn last, over the content, so nothing can cover it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from intake_app.pdf.escape import printable_text
from intake_app.pdf.fonts import BOLD, REGULAR, register_fonts
from intake_app.referrals.text import Language, LocalText

CONFIDENTIAL = LocalText("Vertrouwelijk", "Confidential")
PAGE_OF = LocalText("pagina {page} van {pages}", "page {page} of {pages}")
WATERMARK = LocalText("OEFENING — geen echte zaak", "TRAINING — not a real case")

# Neutral metadata: a PDF's properties are visible in every viewer and print queue.
METADATA = {
    "title": "Vertrouwelijk document",
    "author": "",
    "subject": "",
    "creator": "",
    "producer": "",
    "keywords": "",
}

LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 25 * mm


class PdfExportError(RuntimeError):
    """The PDF could not be laid out; the message says so in Dutch and English."""

    def __init__(self) -> None:
        super().__init__(
            "De PDF kon niet worden opgemaakt; maak lange teksten korter en probeer het opnieuw. "
            "/ The PDF could not be laid out; shorten long texts and try again."
        )


@dataclass(frozen=True)
class Furniture:
    """What every page carries besides the content."""

    language: Language
    footer_note: str  # e.g. the reference; printed with drawString, so no markup applies
    training: bool


def _furnished_canvas(furniture: Furniture) -> type[Canvas]:
    class FurnishedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, furniture, number, pages)
                if furniture.training:
                    _draw_watermark(self, furniture.language)
                super().showPage()
            super().save()

    return FurnishedCanvas


def _draw_footer(canvas: Canvas, furniture: Furniture, page: int, pages: int) -> None:
    width, _ = A4
    y = BOTTOM_MARGIN - 12 * mm
    canvas.saveState()
    canvas.setStrokeColor(colors.grey)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT_MARGIN, y + 4 * mm, width - RIGHT_MARGIN, y + 4 * mm)
    canvas.setFont(BOLD, 8)
    canvas.drawString(LEFT_MARGIN, y, CONFIDENTIAL(furniture.language))
    canvas.setFont(REGULAR, 8)
    note = printable_text(furniture.footer_note).replace("\n", " ")
    if note:  # drawString reads no markup, so no escaping; long notes are cut in the footer only
        canvas.drawCentredString(width / 2, y, note[:60])
    canvas.drawRightString(
        width - RIGHT_MARGIN, y, PAGE_OF(furniture.language).format(page=page, pages=pages)
    )
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, language: Language) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(colors.red)
    canvas.setFillAlpha(0.18)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.setFont(BOLD, 34)
    canvas.drawCentredString(0, 0, WATERMARK(language))
    canvas.restoreState()
    canvas.saveState()  # and plainly at the top, where a photocopy keeps it
    canvas.setFillColor(colors.red)
    canvas.setFont(BOLD, 9)
    banner = WATERMARK("nl")  # always in Dutch too: the letter may be read by a Dutch service
    if language != "nl":
        banner = f"{banner} · {WATERMARK(language)}"
    canvas.drawCentredString(width / 2, height - 10 * mm, banner)
    canvas.restoreState()


def build_pdf(story: Sequence[Flowable], furniture: Furniture) -> bytes:
    """Lay out `story` on A4 into PDF bytes, in memory only."""
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        initialFontName=REGULAR,  # else every page opens with an unembedded Helvetica
        lang=furniture.language,
        **METADATA,
    )
    try:
        document.build(list(story), canvasmaker=_furnished_canvas(furniture))
    except LayoutError as exc:
        raise PdfExportError() from exc
    return buffer.getvalue()

"""Printing a PDF page by page as images, and saving it: the two ways a letter leaves the app.

Qt prints no PDF directly, so each page is rendered by QtPdf at the printer's resolution, capped
at 600 dpi (more only costs memory: an A4 page at 600 dpi is already 35 megapixels).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from intake_app.atomic_write import write_atomically

MAX_PRINT_DPI = 600
POINTS_PER_INCH = 72


def print_dpi(printer: QPrinter) -> int:
    return max(1, min(printer.resolution(), MAX_PRINT_DPI))


def match_paper_to(printer: QPrinter, document: QPdfDocument) -> None:
    """Offer the document's own paper size (A4) in the print dialog."""
    if document.pageCount():
        points = document.pagePointSize(0).toSize()
        printer.setPageSize(QPageSize(points, "", QPageSize.SizeMatchPolicy.FuzzyMatch))


def draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """Render one page at the printer's resolution (capped) and paint it, centred and never
    cropped when the printer's paper differs from the letter's."""
    dpi = print_dpi(printer)
    points = document.pagePointSize(page)
    size = QSize(
        round(points.width() * dpi / POINTS_PER_INCH),
        round(points.height() * dpi / POINTS_PER_INCH),
    )
    image = document.render(page, size)
    area = painter.viewport()
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(QPoint(0, 0), scaled)
    target.moveCenter(area.center())
    painter.drawImage(target, image)


def save_pdf(path: Path, pdf: bytes) -> Path:
    """Write atomically; a name without .pdf gets it. Returns where it was written."""
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_atomically(path, pdf)
    return path

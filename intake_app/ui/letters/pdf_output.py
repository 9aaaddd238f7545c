"""Printing a PDF page by page as images, and saving it: the two ways a letter leaves the app.

Qt prints no PDF directly, so each page is rendered by QtPdf at the printer's resolution, capped
at 600 dpi (more only costs memory: an A4 page at 600 dpi is already 35 megapixels).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from intake_app.atomic_write import write_atomically
from intake_app.ui.printing import NEUTRAL_JOB_NAME

MAX_PRINT_DPI = 600
POINTS_PER_INCH = 72


def print_dpi(printer: QPrinter) -> int:
    return max(1, min(printer.resolution(), MAX_PRINT_DPI))


def match_paper_to(printer: QPrinter, document: QPdfDocument) -> None:
    """Offer the document's own paper size (A4) in the print dialog."""
    if document.pageCount():
        points = document.pagePointSize(0).toSize()
        printer.setPageSize(QPageSize(points, "", QPageSize.SizeMatchPolicy.FuzzyMatch))


def print_pdf_bytes(pdf: bytes, printer: QPrinter) -> None:
    """Print from the bytes with a document of its own, so the worker thread can do it
    (QPainter may paint on a QPrinter outside the GUI thread) while the preview stays usable."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            raise OSError("the document could not be read for printing")
        print_pdf(document, printer)
    finally:
        document.close()
        buffer.close()


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Render every page onto the printer; the job keeps its neutral name."""
    printer.setDocName(NEUTRAL_JOB_NAME)  # the dialog may have offered another name
    printer.setCreator(NEUTRAL_JOB_NAME)
    printer.setFullPage(True)  # the letter brings its own margins
    dpi = print_dpi(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() * dpi / POINTS_PER_INCH),
                round(points.height() * dpi / POINTS_PER_INCH),
            )
            image = document.render(page, size)
            area = painter.viewport()
            scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), scaled)
            target.moveCenter(area.center())  # on other paper, centred and never cropped
            painter.drawImage(target, image)
    finally:
        painter.end()


def save_pdf(path: Path, pdf: bytes) -> Path:
    """Write atomically; a name without .pdf gets it. Returns where it was written."""
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_atomically(path, pdf)
    return path

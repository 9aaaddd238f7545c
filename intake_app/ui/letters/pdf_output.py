"""Printing a PDF page by page as images, and saving it: the two ways a letter leaves the app.

Qt prints no PDF directly, so each page is rendered (page_render.py, on a worker) at the
printer's resolution, capped at 600 dpi (more only costs memory: an A4 page at 600 dpi is
already 35 megapixels), and painted by print_job.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize
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


def save_pdf(path: Path, pdf: bytes) -> Path:
    """Write atomically; a name without .pdf gets it. Returns where it was written."""
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_atomically(path, pdf)
    return path

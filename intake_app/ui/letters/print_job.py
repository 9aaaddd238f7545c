"""Printing a letter one page per turn of the event loop, on the window's thread.

Painting on a QPrinter from a worker thread can deadlock PySide6 (see intake_app/ui/worker.py),
so the job paints here, a page at a time, and the window stays responsive between pages. The
job loads its own copy of the PDF, and lives until it is done, even if the screen that started
it is locked away meanwhile: the officer asked for the pages.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from intake_app.ui.letters.pdf_output import draw_page
from intake_app.ui.printing import NEUTRAL_JOB_NAME

_active: set[PrintJob] = set()


class PrintJob(QObject):
    page_printed = Signal(int, int)  # pages done, pages in all
    finished = Signal()
    failed = Signal(object)  # the exception

    def __init__(self, pdf: bytes, printer: QPrinter) -> None:
        super().__init__()
        self._printer = printer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._document = QPdfDocument(self)
        self._painter = QPainter()
        self._next_page = 0

    @property
    def page_count(self) -> int:
        return self._document.pageCount()

    def start(self) -> bool:
        """Open the printer and paint the first page on the next turn of the event loop.
        False (and `failed` emitted) when the printer could not be opened."""
        _active.add(self)
        try:
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._document.load(self._buffer)
            if self._document.status() != QPdfDocument.Status.Ready or not self.page_count:
                raise OSError("the document could not be read for printing")
            self._printer.setDocName(NEUTRAL_JOB_NAME)  # the dialog may have offered another
            self._printer.setCreator(NEUTRAL_JOB_NAME)
            self._printer.setFullPage(True)  # the letter brings its own margins
            if not self._painter.begin(self._printer):
                raise OSError("the printer could not be opened")
        except Exception as problem:  # a message for the officer, not a traceback
            self._fail(problem)
            return False
        QTimer.singleShot(0, self, self._print_next_page)
        return True

    def _print_next_page(self) -> None:
        try:
            if self._next_page:
                self._printer.newPage()
            draw_page(self._painter, self._printer, self._document, self._next_page)
        except Exception as problem:
            self._fail(problem)
            return
        self._next_page += 1
        self.page_printed.emit(self._next_page, self.page_count)
        if self._next_page < self.page_count:
            QTimer.singleShot(0, self, self._print_next_page)
            return
        self._close()
        self.finished.emit()
        _active.discard(self)

    def _fail(self, problem: Exception) -> None:
        self._close()
        self.failed.emit(problem)
        _active.discard(self)

    def _close(self) -> None:
        if self._painter.isActive():
            self._painter.end()  # sends the job to the printer
        self._document.close()
        self._buffer.close()

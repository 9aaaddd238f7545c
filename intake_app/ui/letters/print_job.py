"""Printing a letter without ever blocking the window for long.

Each page is rendered to pixels on a worker by PDFium (page_render.py, no Qt there: a worker in
Qt once deadlocked PySide6, see intake_app/ui/worker.py), the next page while this one is
painted. The window's thread paints the pixels onto the printer in bands of about
BAND_PIXELS, one band per turn of the event loop, so a click, a repaint or the idle lock's
timer never waits more than a band. The job lives until it is done, even if the screen that
started it is locked away meanwhile: the officer asked for the pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from intake_app.ui.letters.page_render import RenderedPage, render_page
from intake_app.ui.letters.pdf_output import print_dpi
from intake_app.ui.printing import NEUTRAL_JOB_NAME
from intake_app.ui.worker import run_in_background

# Pixels painted per turn: about 10 ms of the window thread's time into Qt's PDF print
# engine here (a whole A4 page at 300 dpi, 8.7 million pixels, took 180 ms in one go).
BAND_PIXELS = 250_000

_active: set[PrintJob] = set()
Render = Callable[[bytes, int, int], RenderedPage]


class PrintJob(QObject):
    page_printed = Signal(int, int)  # pages done, pages in all
    finished = Signal()
    failed = Signal(object)  # the exception
    band_painted = Signal(int)  # rows of pixels painted in one turn (tests, benchmark)

    def __init__(self, pdf: bytes, printer: QPrinter, render: Render = render_page) -> None:
        super().__init__()
        self._pdf = pdf
        self._printer = printer
        self._render = render
        self._painter = QPainter()
        self._dpi = print_dpi(printer)
        self.page_count = 0
        self._page: RenderedPage | None = None
        self._next: RenderedPage | None = None  # rendered ahead while this page is painted
        self._waiting_for: int | None = None  # a page asked of the worker, not yet back
        self._row = 0
        self._target = QRectF()
        self._done = False

    def start(self) -> bool:
        """Open the printer; the pages follow on later turns of the event loop.
        False (and `failed` emitted) when the printer could not be opened."""
        _active.add(self)
        try:
            self._printer.setDocName(NEUTRAL_JOB_NAME)  # the dialog may have offered another
            self._printer.setCreator(NEUTRAL_JOB_NAME)
            self._printer.setFullPage(True)  # the letter brings its own margins
            if not self._painter.begin(self._printer):
                raise OSError("the printer could not be opened")
        except Exception as problem:  # a message for the officer, not a traceback
            self._fail(problem)
            return False
        self._ask_for(0)
        return True

    # -- the worker's side: pixels, never Qt ---------------------------------------------------
    def _ask_for(self, number: int) -> None:
        pdf, dpi, render = self._pdf, self._dpi, self._render
        self._waiting_for = number
        run_in_background(
            lambda _report: render(pdf, number, dpi), self._rendered, self._fail, owner=self
        )

    def _rendered(self, page: RenderedPage) -> None:
        if self._done:
            return
        self._waiting_for = None
        self.page_count = page.page_count
        if self._page is None:
            self._begin_page(page)
        else:
            self._next = page

    # -- the window's side: a band per turn ----------------------------------------------------
    def _begin_page(self, page: RenderedPage) -> None:
        try:
            if page.number:
                self._printer.newPage()
        except Exception as problem:
            self._fail(problem)
            return
        self._page, self._row = page, 0
        self._target = self._page_target(page)
        if page.number + 1 < page.page_count:
            self._ask_for(page.number + 1)
        QTimer.singleShot(0, self, self._paint_band)

    def _page_target(self, page: RenderedPage) -> QRectF:
        """Centred and never cropped when the printer's paper differs from the letter's."""
        area = QRectF(self._painter.viewport())
        size = QSizeF(page.width, page.height).scaled(
            area.size(), Qt.AspectRatioMode.KeepAspectRatio
        )
        target = QRectF(0, 0, size.width(), size.height())
        target.moveCenter(area.center())
        return target

    def _paint_band(self) -> None:
        page = self._page
        if page is None or self._done:
            return
        rows = min(max(16, BAND_PIXELS // max(page.width, 1)), page.height - self._row)
        try:
            start = self._row * page.stride
            band = QImage(
                page.pixels[start : start + rows * page.stride].tobytes(),
                page.width,
                rows,
                page.stride,
                QImage.Format.Format_RGB32,
            )
            scale = self._target.height() / page.height
            self._painter.drawImage(
                QRectF(
                    self._target.x(),
                    self._target.y() + self._row * scale,
                    self._target.width(),
                    rows * scale,
                ),
                band,
            )
        except Exception as problem:
            self._fail(problem)
            return
        self._row += rows
        self.band_painted.emit(rows)
        if self._row < page.height:
            QTimer.singleShot(0, self, self._paint_band)
            return
        self.page_printed.emit(page.number + 1, page.page_count)
        self._page = None
        if page.number + 1 >= page.page_count:
            self._finish()
        elif self._next is not None:
            following, self._next = self._next, None
            self._begin_page(following)
        # else: the next page is still being rendered; _rendered begins it

    def _finish(self) -> None:
        self._done = True
        self._close()
        self.finished.emit()
        _active.discard(self)

    def _fail(self, problem: Exception) -> None:
        if self._done:
            return
        self._done = True
        self._close()
        self.failed.emit(problem)
        _active.discard(self)

    def _close(self) -> None:
        if self._painter.isActive():
            self._painter.end()  # sends the job to the printer
        self._page = self._next = None

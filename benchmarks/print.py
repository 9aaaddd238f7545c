"""Printing a two-page letter at 300 dpi into a QPrinter in PDF output mode (no printer
needed): the longest the window's thread is blocked from the click until the job is done.

Baseline, in the same run: how printing worked before issue 18, each page rendered by QtPdf
and painted whole, a page per turn of the event loop on the window's thread.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure, figure
from benchmarks.gui_block import BlockMeter, application, idle_noise_ms, spin_until
from intake_app.forms.policy import load_policy
from intake_app.pdf.letter import render_letter
from intake_app.referrals.directory import load_directory, shipped_directory_path
from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.referrals.letters import compose_letter

DPI = 300


def _letter() -> bytes:
    content = compose_letter(
        example_case(training=True),
        "csg",
        load_directory(shipped_directory_path()),
        load_policy(),
        EXAMPLE_NOW,
    )
    return render_letter(content)


def _printer(path: Path) -> Any:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(DPI)
    return printer


def _print_job(pdf: bytes, path: Path, meter: BlockMeter) -> tuple[float, int]:
    from intake_app.ui.letters.print_job import PrintJob

    done: list[bool] = []
    job = PrintJob(pdf, _printer(path))
    job.finished.connect(lambda: done.append(True))
    job.failed.connect(lambda problem: done.append(False))
    meter.start()
    meter.blocked(job.start)  # the click's own turn
    spin_until(lambda: bool(done))
    meter.stop()
    if not done[0]:
        raise RuntimeError("the print job failed")
    return meter.longest_ms, job.page_count


def _old_page_per_turn(pdf: bytes, path: Path, meter: BlockMeter) -> float:
    """The print path before issue 18, kept here only as the baseline."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt, QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    printer = _printer(path)
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    state = {"page": 0, "done": False}

    def draw() -> None:
        page = state["page"]
        if page:
            printer.newPage()
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
        image = document.render(page, size)
        area = painter.viewport()
        target = QRect(QPoint(0, 0), size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio))
        target.moveCenter(area.center())
        painter.drawImage(target, image)
        state["page"] = page + 1
        if state["page"] < document.pageCount():
            QTimer.singleShot(0, draw)
        else:
            painter.end()
            state["done"] = True

    meter.start()
    meter.blocked(lambda: painter.begin(printer))
    QTimer.singleShot(0, draw)
    spin_until(lambda: bool(state["done"]))
    meter.stop()
    document.close()
    return meter.longest_ms


def run() -> Iterator[Figure]:
    application()
    pdf = _letter()
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as folder:
        _print_job(pdf, Path(folder) / "warm.pdf", BlockMeter())  # imports, fonts, PDFium
        meter = BlockMeter()
        longest, pages = _print_job(pdf, Path(folder) / "bands.pdf", meter)
        cpu = meter.longest_cpu_ms
        noise = idle_noise_ms()
        baseline = _old_page_per_turn(pdf, Path(folder) / "old.pdf", BlockMeter())
    yield figure(
        "print",
        unit="ms",
        pages=pages,
        dpi=DPI,
        longest_gui_block_ms=round(longest, 1),
        longest_turn_gui_cpu_ms=round(cpu, 1),
        target_at_most=50,
        idle_longest_gap_ms=round(noise, 1),
    )
    yield figure(
        "print_qtpdf_page_per_turn_baseline",
        unit="ms",
        pages=pages,
        dpi=DPI,
        longest_gui_block_ms=round(baseline, 1),
        what="each page rendered by QtPdf and painted whole on the window's thread",
    )

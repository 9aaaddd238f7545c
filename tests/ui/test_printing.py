"""Printing through Qt: a printer that writes a file is never used for the recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui import printing
from intake_app.ui.printing import FilePrinterRefused, print_text_document, writes_to_file


def test_qt_print_to_file_counts_as_a_file(qtbot: QtBot) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert writes_to_file(printer)


def test_the_recovery_key_is_never_printed_to_a_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    document = QTextDocument("ABCD-EFGH")

    def choose_print_to_pdf(printer: QPrinter, _parent: QWidget) -> bool:
        printer.setPrinterName("Microsoft Print to PDF")
        return True

    monkeypatch.setattr(printing, "printer_port_and_driver", lambda name: ("PORTPROMPT:", ""))
    with pytest.raises(FilePrinterRefused, match="echte printer") as refused:
        print_text_document(document, parent, choose_print_to_pdf)
    assert refused.value.code == "printing.file_printer"

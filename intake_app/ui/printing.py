"""Printing through Qt's own print dialog, with "no printer installed" as a normal case.

Job names never carry personal data: the operating system's print queue shows them to
anyone at the printer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

NEUTRAL_JOB_NAME = "Intake-app document"

# A test hook, as in KeePassXC: tests replace it so no modal dialog blocks the run.
AskPrinter = Callable[[QPrinter, QWidget], bool]


def ask_with_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(min(printer.resolution(), 600))
    printer.setDocName(NEUTRAL_JOB_NAME)
    printer.setCreator(NEUTRAL_JOB_NAME)
    return printer


def print_text_document(
    document: QTextDocument, parent: QWidget, ask: AskPrinter = ask_with_print_dialog
) -> bool:
    """True when printed; False when the officer cancelled."""
    printer = new_printer()
    if not ask(printer, parent):
        return False
    printer.setDocName(NEUTRAL_JOB_NAME)  # the dialog may have offered another name
    document.print_(printer)
    return True

"""Printing through Qt's own print dialog, with "no printer installed" as a normal case.

Job names never carry personal data: the operating system's print queue shows them to
anyone at the printer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from intake_app.windows.printers import printer_destination, printer_port_and_driver

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


def writes_to_file(printer: QPrinter) -> bool:
    """True for Qt's "print to file" and for virtual printers (Print to PDF, XPS, OneNote, Fax,
    a file port): what they produce is a file on disk or in the cloud, not paper."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or printer.outputFileName():
        return True
    name = printer.printerName()
    return printer_destination(name, *printer_port_and_driver(name)) == "file"


class FilePrinterRefused(Exception):
    """The recovery key may only go to paper."""

    code = "printing.file_printer"

    def __init__(self, printer_name: str) -> None:
        self.printer_name = printer_name
        super().__init__(
            QCoreApplication.translate(
                "Printing",
                "Deze printer maakt een bestand (PDF, XPS, OneNote, fax) in plaats van papier. "
                "Kies een echte printer.",
            )
        )


def print_text_document(
    document: QTextDocument, parent: QWidget, ask: AskPrinter = ask_with_print_dialog
) -> bool:
    """True when printed; False when the officer cancelled. Raises FilePrinterRefused for a
    printer that writes a file: the recovery key must never land unencrypted on disk."""
    printer = new_printer()
    if not ask(printer, parent):
        return False
    if writes_to_file(printer):
        raise FilePrinterRefused(printer.printerName())
    printer.setDocName(NEUTRAL_JOB_NAME)  # the dialog may have offered another name
    document.print_(printer)
    return True

"""The printer rule: paper, or a file on disk / in the cloud (treated as an unencrypted save)."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui import printing
from intake_app.ui.printing import FilePrinterRefused, print_text_document, writes_to_file
from intake_app.windows.printers import printer_destination


@pytest.mark.parametrize(
    ("name", "port", "driver"),
    [
        ("Microsoft Print to PDF", "PORTPROMPT:", "Microsoft Print To PDF"),
        ("Microsoft XPS Document Writer", "PORTPROMPT:", "Microsoft XPS Document Writer v4"),
        (
            "OneNote for Windows 10",
            "Microsoft.Office.OneNote_16001.14326.0_x64__8wekyb3d8bbwe_"
            "microsoft.onenoteim_S-1-5-21-1",
            "Microsoft Software Printer Driver",
        ),
        ("Send To OneNote 2016", "nul:", "Send to Microsoft OneNote 16 Driver"),
        ("Fax", "SHRFAX:", "Microsoft Shared Fax Driver"),
        ("Afdelingsprinter", "FILE:", "HP Universal Printing PCL 6"),
        ("Kantoor", r"C:\Users\agent\Documents\uit.prn", "Generic / Text Only"),
        ("Kantoor 2", r"\\fileserver\scans\brief.pdf", "HP Universal Printing PCL 6"),
        ("Adobe PDF", "Documents\\*.pdf", "Adobe PDF Converter"),
        ("PDFCreator", "pdfcmon", "PDFCreator"),
        ("Cups-PDF", "", ""),
    ],
)
def test_virtual_printers_are_files(name: str, port: str, driver: str) -> None:
    assert printer_destination(name, port, driver) == "file"


@pytest.mark.parametrize(
    ("name", "port", "driver"),
    [
        ("HP LaserJet M507 (2e verdieping)", "IP_10.12.4.31", "HP Universal Printing PCL 6"),
        (r"\\print.politie.local\Follow-Me", r"\\print.politie.local\Follow-Me", "KX DRIVER"),
        ("Canon iR-ADV C5535", "WSD-3f2a9c1e-0001", "Canon Generic Plus UFR II"),
        ("Brother HL-L2350DW", "USB001", "Brother HL-L2350DW series"),
    ],
)
def test_paper_printers_are_paper(name: str, port: str, driver: str) -> None:
    assert printer_destination(name, port, driver) == "paper"


def test_qt_print_to_file_counts_as_a_file(qtbot: QtBot) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert writes_to_file(printer)


def test_the_recovery_key_is_never_printed_to_a_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QTextDocument

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

"""The printer rule: paper, or a file on disk / in the cloud (treated as an unencrypted save).

The Qt side (the recovery key refused, Qt's own print-to-file) is in tests/ui/test_printing.py."""

from __future__ import annotations

import pytest

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

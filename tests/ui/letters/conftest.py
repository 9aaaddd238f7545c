"""The letters screen's test doubles and factory, shared by the letters screen's test files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from intake_app.referrals.case import ReferralCase
from intake_app.referrals.directory import load_directory
from intake_app.referrals.example import EXAMPLE_NOW
from intake_app.ui.letters import LetterHooks, LettersScreen
from intake_app.ui.letters.documents import DocumentId

DIRECTORY = load_directory()


class Recorder:
    """Stands in for the window's audit callback and the modal dialogs."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.recorded: list[tuple[DocumentId, str]] = []
        self.confirmations: list[str] = []
        self.confirm_answer = True
        self.printers = True
        self.printer_asked = 0
        self.printer: QPrinter | None = None
        self.printed_to = tmp_path / "printed.pdf"
        self.printer_dpi = 150  # as if chosen in the dialog; keeps the test light
        self.save_to: Path | None = tmp_path / "brief"
        self.virtual_printer = False

    def record(self, document: DocumentId, action: str) -> None:
        self.recorded.append((document, action))

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.confirmations.append(title + "\n" + text)
        return self.confirm_answer

    def ask_printer(self, printer: QPrinter, parent: QWidget) -> bool:
        self.printer_asked += 1
        self.printer = printer
        printer.setDocName("Noor Testpersoon - brief")  # as if the dialog offered a name
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.printed_to))
        printer.setResolution(self.printer_dpi)
        return True

    def hooks(self) -> LetterHooks:
        return LetterHooks(
            ask_printer=self.ask_printer,
            printers_available=lambda: self.printers,
            ask_save_path=lambda parent, name: self.save_to,
            confirm=self.confirm,
            # The tests "print" to a PDF file as a stand-in printer: judged as paper here.
            writes_to_file=lambda printer: self.virtual_printer,
        )


@pytest.fixture
def recorder(tmp_path: Path) -> Recorder:
    return Recorder(tmp_path)


ScreenFactory = Callable[[ReferralCase], LettersScreen]


@pytest.fixture
def make_screen(qtbot: QtBot, recorder: Recorder) -> ScreenFactory:
    def make(case: ReferralCase) -> LettersScreen:
        screen = LettersScreen(
            lambda: case,
            DIRECTORY,
            recorder.record,
            training=case.training,
            clock=lambda: EXAMPLE_NOW,
            hooks=recorder.hooks(),
        )
        qtbot.addWidget(screen)
        screen.refresh()
        return screen

    return make

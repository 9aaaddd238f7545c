"""The dialogs the frontoffice screens need, behind one object tests replace (as the admin
screen's Dialogs): tests set e.g. `dialogs.ask_folder = lambda title: tmp_path`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from intake_app.ui.file_dialogs import start_path

PACKAGE_SUFFIX = ".intake-pakket"
KEY_SUFFIX = ".intake-sleutel"


def _filter(what: str, suffix: str) -> str:
    everything = QCoreApplication.translate("FrontofficeDialogs", "Alle bestanden (*)")
    return f"{what} (*{suffix});;{everything}"


class FrontofficeDialogs:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.confirm: Callable[[str], bool] = self._confirm
        self.ask_folder: Callable[[str], Path | None] = self._ask_folder
        self.ask_package: Callable[[str], Path | None] = self._ask_package
        self.ask_key_file: Callable[[str], Path | None] = self._ask_key_file
        self.ask_text: Callable[[str], str | None] = self._ask_text

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("FrontofficeDialogs", "Bevestigen"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_folder(self, title: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self._parent, title, start_path())
        return Path(chosen) if chosen else None

    def _ask_open(self, title: str, what: str, suffix: str) -> Path | None:
        chosen, _filter_used = QFileDialog.getOpenFileName(
            self._parent, title, start_path(), _filter(what, suffix)
        )
        return Path(chosen) if chosen else None

    def _ask_package(self, title: str) -> Path | None:
        what = QCoreApplication.translate("FrontofficeDialogs", "Pakket")
        return self._ask_open(title, what, PACKAGE_SUFFIX)

    def _ask_key_file(self, title: str) -> Path | None:
        what = QCoreApplication.translate("FrontofficeDialogs", "Openbare sleutel")
        return self._ask_open(title, what, KEY_SUFFIX)

    def _ask_text(self, question: str) -> str | None:
        text, accepted = QInputDialog.getText(
            self._parent, QCoreApplication.translate("FrontofficeDialogs", "Invullen"), question
        )
        return text if accepted else None

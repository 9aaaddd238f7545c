"""The few modal dialogs the admin screen needs, behind one object tests replace.

Every tab asks through the same `Dialogs` instance at the moment it needs an answer, so a test
sets e.g. `screen.dialogs.confirm = lambda question: True` and never blocks on a modal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.ui.file_dialogs import (
    chosen_path,
    folder_dialog,
    open_file_dialog,
    save_file_dialog,
)

BACKUP_FILTER = "Back-up (*.intake-backup);;Alle bestanden (*)"
BACKUP_SUFFIX = ".intake-backup"


class Dialogs:
    """Plain attributes (KeePassXC style): tests assign their own callables."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.confirm: Callable[[str], bool] = self._confirm
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.ask_open_path: Callable[[str], Path | None] = self._ask_open_path
        self.ask_folder: Callable[[str], Path | None] = self._ask_folder

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("AdminDialogs", "Bevestigen"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_save_path(self, title: str) -> Path | None:
        chosen = chosen_path(save_file_dialog(self._parent, title, "", BACKUP_FILTER))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(BACKUP_SUFFIX)

    def _ask_open_path(self, title: str) -> Path | None:
        chosen = chosen_path(open_file_dialog(self._parent, title, BACKUP_FILTER))
        return Path(chosen) if chosen else None

    def _ask_folder(self, title: str) -> Path | None:
        chosen = chosen_path(folder_dialog(self._parent, title))
        return Path(chosen) if chosen else None

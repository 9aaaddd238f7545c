"""Where file dialogs open: the officer's Documents folder, never the working directory.

A dialog given "" or a bare file name starts in the current directory, which for the Start-menu
shortcut is C:\\Program Files\\Intake-app: officers cannot write there, and a letter or backup
saved "next to the program" would fail or land in the VirtualStore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def start_path(file_name: str = "") -> str:
    """The path to give a QFileDialog: Documents, with `file_name` suggested in it."""
    folder = documents_folder()
    return str(folder / file_name) if file_name else str(folder)

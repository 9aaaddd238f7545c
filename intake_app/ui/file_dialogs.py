"""File dialogs: where they open, and that they speak the interface's language.

Where: the officer's Documents folder, never the working directory. A dialog given "" or a bare
file name starts in the current directory, which for the Start-menu shortcut is
C:\\Program Files\\Intake-app: officers cannot write there, and a letter or backup saved "next
to the program" would fail or land in the VirtualStore.

Language: the operating system's own dialog (Windows, macOS) follows the system's language,
which on a Dutch police laptop is Dutch. Where Qt draws the dialog itself (Linux without a
desktop portal, or a locked-down profile) its labels come from Qt's translations, and
qtbase_nl leaves "Look in" and "Files of type" in English: those labels are set here from our
own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def start_path(file_name: str = "") -> str:
    """The path to give a QFileDialog: Documents, with `file_name` suggested in it."""
    folder = documents_folder()
    return str(folder / file_name) if file_name else str(folder)


def _labelled(dialog: QFileDialog) -> QFileDialog:
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("FileDialogs", "Zoeken in:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate(
            "FileDialogs", "Bestandsnaam:"
        ),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate(
            "FileDialogs", "Bestandstype:"
        ),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("FileDialogs", "Annuleren"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    return dialog


def save_file_dialog(parent: QWidget, title: str, suggested: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start_path(suggested), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    _labelled(dialog)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept, QCoreApplication.translate("FileDialogs", "Opslaan")
    )
    return dialog


def open_file_dialog(parent: QWidget, title: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start_path(), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _labelled(dialog)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept, QCoreApplication.translate("FileDialogs", "Openen")
    )
    return dialog


def folder_dialog(parent: QWidget, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start_path())
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    _labelled(dialog)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept, QCoreApplication.translate("FileDialogs", "Kiezen")
    )
    return dialog


def chosen_path(dialog: QFileDialog) -> str:
    """Runs the dialog; the chosen path, or "" when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""

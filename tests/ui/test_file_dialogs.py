"""File dialogs open in Documents, never in the working folder (C:\\Program Files\\Intake-app
when started from the Start menu), and Qt's own dialog speaks Dutch in the Dutch interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui.file_dialogs import (
    documents_folder,
    folder_dialog,
    open_file_dialog,
    save_file_dialog,
    start_path,
)
from intake_app.ui.language import install_language


@pytest.fixture
def program_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Program Files" / "Intake-app"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    return folder


def test_every_file_dialog_starts_in_documents(qtbot: QtBot, program_folder: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = [
        save_file_dialog(parent, "Opslaan als", "offlimits-nl.pdf", "PDF (*.pdf)"),
        open_file_dialog(parent, "Back-up terugzetten", "Back-up (*.intake-backup)"),
        folder_dialog(parent, "Nieuwe map"),
    ]

    for dialog in dialogs:
        folder = Path(dialog.directory().absolutePath())
        assert folder == documents_folder()
        assert program_folder not in [folder, *folder.parents]
    assert Path.cwd() == program_folder


def test_the_start_path_is_never_relative(program_folder: Path) -> None:
    assert Path(start_path("brief.pdf")).is_absolute()


def test_the_file_dialog_labels_are_dutch(qtbot: QtBot, qapp: QApplication) -> None:
    install_language(qapp, "nl")
    parent = QWidget()
    qtbot.addWidget(parent)
    for dialog in (
        save_file_dialog(parent, "Opslaan als", "brief.pdf", "PDF (*.pdf)"),
        open_file_dialog(parent, "Back-up kiezen", "Back-up (*.intake-backup)"),
    ):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Look in" not in labels and "Files of" not in labels
        assert "Zoeken in" in labels and "Bestandstype" in labels

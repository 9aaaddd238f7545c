"""Qt's own file dialog speaks Dutch in the Dutch interface (issue 18)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui.file_dialogs import open_file_dialog, save_file_dialog
from intake_app.ui.language import install_language


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

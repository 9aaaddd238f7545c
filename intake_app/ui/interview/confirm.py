"""Asking before something typed is thrown away; the safe answer is the default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_confirmation(parent: QWidget, question: str, action: str) -> bool:
    """True when the officer confirms `action`; Enter and Escape both keep everything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("InterviewScreen", "Bevestigen"))
    box.setText(question)
    confirm_button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(
        QCoreApplication.translate("InterviewScreen", "Annuleren"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is confirm_button

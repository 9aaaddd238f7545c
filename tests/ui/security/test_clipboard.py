from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from intake_app.ui.security.clipboard import clear_clipboard


def test_text_copied_from_a_field_is_cleared(qtbot: QtBot) -> None:
    field = QLineEdit("06-12345678 (fictief)")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    assert QGuiApplication.clipboard().text() == "06-12345678 (fictief)"

    clear_clipboard()

    assert QGuiApplication.clipboard().text() == ""

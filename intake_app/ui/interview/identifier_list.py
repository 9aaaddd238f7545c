"""Identifiers of a suspect or of where images are (R7): rows of kind, value and platform.

Rows without a value are not saved (an empty row is no data); every row with a value is, even
when incomplete, so the engine can say what is missing while the text stays on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.forms.model import IDENTIFIER_KINDS, Question
from intake_app.ui.interview import confirm
from intake_app.ui.interview.focus_order import insert_before
from intake_app.ui.interview.question_widgets import AnswerInput

# Suggestions only: the platform field accepts any name.
PLATFORMS = (
    "Instagram",
    "Snapchat",
    "TikTok",
    "WhatsApp",
    "Telegram",
    "Discord",
    "Facebook",
    "X (Twitter)",
    "Roblox",
    "Signal",
    "Reddit",
    "Omegle / videochat",
)
_PLATFORM_KINDS = frozenset({"handle", "username", "profile_url"})


class IdentifierRow(QWidget):
    typed = Signal()
    finished = Signal()
    remove_requested = Signal(object)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        for kind, names in IDENTIFIER_KINDS.items():
            self.kind.addItem(names.get(language) or names["nl"], kind)
        self.kind.setAccessibleName(self.tr("Soort gegeven"))
        adjust = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.kind.setSizeAdjustPolicy(adjust)
        self.kind.setMinimumContentsLength(22)
        self.value = QLineEdit(self)
        self.value.setAccessibleName(self.tr("Gegeven"))
        self.value.setPlaceholderText(self.tr("precies zoals het op het scherm staat"))
        self.platform = QComboBox(self)
        self.platform.setEditable(True)
        self.platform.addItem("")
        self.platform.addItems(PLATFORMS)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.setSizeAdjustPolicy(adjust)
        self.platform.setMinimumContentsLength(10)
        self.platform.setToolTip(self.tr("Kies of typ het platform"))
        line_edit = self.platform.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("platform"))
            line_edit.setAccessibleName(self.tr("Platform"))
        self.remove = QPushButton(self.tr("Verwijderen"), self)
        self.remove.setAccessibleName(self.tr("Dit gegeven verwijderen"))
        self.remove.setAutoDefault(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.value, 2)
        layout.addWidget(self.platform, 1)
        layout.addWidget(self.remove)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.value.textEdited.connect(lambda _text: self.typed.emit())
        self.value.editingFinished.connect(self.finished.emit)
        self.platform.editTextChanged.connect(lambda _text: self.typed.emit())
        self.platform.activated.connect(lambda _index: self.finished.emit())
        if line_edit is not None:
            line_edit.editingFinished.connect(self.finished.emit)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._show_platform()

    def _kind_changed(self) -> None:
        self._show_platform()
        self.finished.emit()

    def _show_platform(self) -> None:
        self.platform.setVisible(self.kind.currentData() in _PLATFORM_KINDS)

    def entry(self) -> dict[str, str] | None:
        text = self.value.text()
        if not text.strip():
            return None
        entry = {"kind": str(self.kind.currentData()), "value": text}
        platform = self.platform.currentText().strip()
        if platform and self.kind.currentData() in _PLATFORM_KINDS:
            entry["platform"] = platform
        return entry

    def show_entry(self, entry: dict[str, Any]) -> None:
        for widget in (self.kind, self.value, self.platform):
            widget.blockSignals(True)
        index = self.kind.findData(entry.get("kind"))
        self.kind.setCurrentIndex(max(index, 0))
        value = entry.get("value")
        self.value.setText(value if isinstance(value, str) else "")
        platform = entry.get("platform")
        self.platform.setEditText(platform if isinstance(platform, str) else "")
        for widget in (self.kind, self.value, self.platform):
            widget.blockSignals(False)
        self._show_platform()


class IdentifierListInput(AnswerInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.rows: list[IdentifierRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Gegeven toevoegen"), self)
        self.add_button.setAccessibleName(self.tr("Gegeven toevoegen"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        self.setAccessibleName(self._ask())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_row()  # one empty row to start with: Tab leads straight into it

    def add_row(self) -> IdentifierRow:
        row = IdentifierRow(self.language, self)
        self._rows_box.addWidget(row)
        self.rows.append(row)
        row.typed.connect(self._typed)
        row.finished.connect(lambda: self._emit(final=True))
        row.remove_requested.connect(self._remove_requested)
        if self.isVisible():
            row.show()
        insert_before(self.add_button, row)
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.kind.setFocus()

    def _remove_requested(self, row: IdentifierRow) -> None:
        if row.entry() is not None and not confirm.ask_confirmation(
            self, self.tr("Dit gegeven verwijderen?"), self.tr("Verwijderen")
        ):
            return
        self._drop(row)
        self.add_button.setFocus()
        self._emit(final=True)

    def _drop(self, row: IdentifierRow) -> None:
        row.show_entry({})  # emptied now; deleteLater keeps the widget until the event loop
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def value(self) -> Any:
        return [entry for row in self.rows if (entry := row.entry()) is not None]

    def set_value(self, value: Any) -> None:
        self._timer.stop()
        for row in list(self.rows):
            self._drop(row)
        for entry in value if isinstance(value, list) else []:
            if isinstance(entry, dict):
                self.add_row().show_entry(entry)
        if not self.rows:
            self.add_row()

    def clear_silently(self) -> None:
        self.set_value([])

    def focus_input(self) -> None:
        if self.rows:
            self.rows[0].kind.setFocus()
        else:
            self.add_button.setFocus()

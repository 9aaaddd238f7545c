"""The quiet "opgeslagen" beside a field, or a calm "niet opgeslagen" with a way to try again.

Never a popup: the conversation goes on; the mark stays until the next edit of that field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from intake_app.ui.interview.style import quiet_label


class SavedMark(QWidget):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = QLabel(self.tr("opgeslagen"), self)
        self.saved.setAccessibleName(self.tr("Antwoord opgeslagen"))
        quiet_label(self.saved)
        self.not_saved = QLabel(self.tr("Niet opgeslagen — probeer opnieuw"), self)
        self.not_saved.setWordWrap(True)
        self.not_saved.setAccessibleName(self.tr("Niet opgeslagen — probeer opnieuw"))
        self.retry = QPushButton(self.tr("Opnieuw opslaan"), self)
        self.retry.setAccessibleName(self.tr("Antwoord opnieuw opslaan"))
        self.retry.setAutoDefault(False)
        self.retry.clicked.connect(self.retry_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.saved)
        layout.addWidget(self.not_saved)
        layout.addWidget(self.retry)
        layout.addStretch(1)
        self.clear()

    def show_saved(self) -> None:
        self._show(saved=True, failed=False)

    def show_not_saved(self) -> None:
        self._show(saved=False, failed=True)

    def clear(self) -> None:
        self._show(saved=False, failed=False)

    def is_saved_shown(self) -> bool:
        return not self.saved.isHidden()

    def is_failure_shown(self) -> bool:
        return not self.not_saved.isHidden()

    def _show(self, *, saved: bool, failed: bool) -> None:
        self.saved.setHidden(not saved)
        self.not_saved.setHidden(not failed)
        self.retry.setHidden(not failed)
        self.setHidden(not (saved or failed))

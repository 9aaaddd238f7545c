"""An answer's input with its "weet ik niet" / "wil ik niet zeggen" buttons: side by side where
the page is wide enough, the buttons under the input where it is not.

A narrow window or large fonts (Windows at 125 %, say) must never clip a button or an option
off the right edge of the interview; this widget asks for no more width than the wider of the
two, and arranges them by the width it gets.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget


class BesideOrBelow(QWidget):
    def __init__(self, field: QWidget, buttons: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("besideOrBelow")
        self._field = field
        self._buttons = buttons
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # The grid must not impose the side-by-side width as this widget's minimum.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._grid.setColumnStretch(0, 1)
        self.beside: bool | None = None
        self._arrange(beside=True)

    def _spacing(self) -> int:
        return max(self._grid.horizontalSpacing(), 0)

    def width_beside(self) -> int:
        """The width below which the buttons move under the input."""
        field = self._field.minimumSizeHint().width()
        return field + self._spacing() + self._buttons.sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider of the two; as tall as the arrangement in use."""
        field, buttons = self._field.minimumSizeHint(), self._buttons.minimumSizeHint()
        if self.beside:
            height = max(field.height(), buttons.height())
        else:
            height = field.height() + self._spacing() + buttons.height()
        return QSize(max(field.width(), buttons.width()), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(beside=event.size().width() >= self.width_beside())
        super().resizeEvent(event)

    def _arrange(self, beside: bool) -> None:
        if beside == self.beside:
            return
        self.beside = beside
        self._grid.removeWidget(self._field)
        self._grid.removeWidget(self._buttons)
        self._grid.addWidget(self._field, 0, 0, Qt.AlignmentFlag.AlignTop)
        if beside:
            self._grid.addWidget(self._buttons, 0, 1, Qt.AlignmentFlag.AlignTop)
        else:
            self._grid.addWidget(self._buttons, 1, 0, Qt.AlignmentFlag.AlignLeft)
        self.updateGeometry()

"""The band across every screen of the training store: nobody mistakes it for a real case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class TrainingBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setText(self.tr("OEFENOMGEVING: fictieve zaken, geen echte intakes"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Oefenomgeving"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        # Amber with black text: readable in high contrast too, and unlike any status colour.
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffbf00"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.setPalette(palette)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setContentsMargins(8, 6, 8, 6)

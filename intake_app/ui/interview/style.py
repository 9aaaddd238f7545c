"""Small presentation helpers: colours and sizes from the palette and the font, never fixed.

Text sizes are relative to the application font, so the officer's font scaling carries through;
colours come from palette roles, so a high-contrast theme keeps working.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def quiet_label(label: QLabel) -> None:
    """Small and grey: the placeholder role, which high-contrast themes keep readable."""
    label.setFont(scaled_font(label, 0.9))
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def calm_notice_label(label: QLabel) -> None:
    """A validation message: a muted amber-brown, never alarm red (contrast above 4.5:1)."""
    palette = label.palette()
    colour = QColor("#f0c674") if is_dark(palette) else QColor("#7a4500")
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)

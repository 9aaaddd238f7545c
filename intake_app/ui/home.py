"""The home screen: the station's intakes, or a calm empty state when there are none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class HomeScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)

        heading = QLabel(self.tr("Intakes"), self)
        heading.setObjectName("homeHeading")
        heading_font = heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading.setFont(heading_font)
        layout.addWidget(heading)

        self.empty_state = QLabel(self)
        self.empty_state.setObjectName("homeEmptyState")
        self.empty_state.setText(
            self.tr(
                "Er zijn nog geen intakes op deze laptop.\nIntakes die u afneemt, verschijnen hier."
            )
        )
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setAccessibleName(self.tr("Geen intakes"))
        layout.addWidget(self.empty_state, stretch=1)

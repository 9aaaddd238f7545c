"""Read-back: what was written down, in plain language and large type, for turning the screen
toward the person (DOMAIN.md: the victim can see what has been recorded)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from intake_app.ui.widgets.forms import explanation, heading

if TYPE_CHECKING:  # the window shows before the domain is imported
    from intake_app.interview.read_back import ReadBackLine

READBACK_SCALE = 1.6


class ReadBackScreen(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readbackScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(heading(self.tr("Wat wij hebben opgeschreven"), self, 2.0))
        intro = explanation(
            self.tr(
                "Lees rustig mee. Klopt er iets niet, of wilt u iets weglaten? Zeg het: dan "
                "passen we het aan."
            ),
            self,
        )
        self._enlarge(intro)
        layout.addWidget(intro)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.body = QWidget(self.scroll_area)
        self.lines_layout = QVBoxLayout(self.body)
        self.scroll_area.setWidget(self.body)
        layout.addWidget(self.scroll_area, stretch=1)
        self.back_button = QPushButton(self.tr("Terug"), self)
        self.back_button.setObjectName("readbackBack")
        self.back_button.clicked.connect(self.back_requested)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignRight)

    @staticmethod
    def _enlarge(label: QLabel) -> None:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * READBACK_SCALE)
        label.setFont(font)

    def show_lines(self, lines: Sequence[ReadBackLine]) -> None:
        self.clear_personal_data()
        section = None
        for line in lines:
            if line.section != section:
                section = line.section
                self.lines_layout.addWidget(heading(section, self.body, READBACK_SCALE * 1.1))
            label = QLabel(self.body)
            label.setObjectName("readbackLine")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setText(f"{line.wording}: {line.answer}")
            self._enlarge(label)
            self.lines_layout.addWidget(label)
        self.lines_layout.addStretch(1)

    def shown_text(self) -> list[str]:
        return [label.text() for label in self.body.findChildren(QLabel, "readbackLine")]

    def clear_personal_data(self) -> None:
        while self.lines_layout.count():
            item = self.lines_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
                widget.hide()
                widget.setParent(None)

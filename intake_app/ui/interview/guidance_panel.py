"""Guidance for the officer beside the focused question (the person across the desk does not
need to read it, but may: it never judges them)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from intake_app.ui.interview.style import quiet_label, scaled_font


class GuidancePanel(QFrame):
    def __init__(self, shortcut_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self.tr("Toelichting voor u"), self)
        self.heading.setFont(scaled_font(self.heading, 1.0, bold=True))
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        quiet_label(self.question)
        self.text = QLabel(self)
        self.text.setObjectName("guidanceText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Toelichting bij de vraag"))
        self.hint = QLabel(shortcut_hint, self)
        self.hint.setWordWrap(True)
        quiet_label(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def show_guidance(self, question: str, guidance: str) -> None:
        self.question.setText(question)
        self.text.setText(guidance)

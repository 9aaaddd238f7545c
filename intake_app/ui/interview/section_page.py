"""One section of the form as a page: its title, the intro for the officer, its questions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from intake_app.forms.model import Section
from intake_app.forms.schema import QuestionType
from intake_app.ui.interview.question_row import QuestionRow
from intake_app.ui.interview.repeat_group import MakeRow, RepeatGroupBox
from intake_app.ui.interview.style import scaled_font


class SectionPage(QScrollArea):
    def __init__(
        self, section: Section, language: str, make_row: MakeRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"section:{section.id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = QLabel(section.title.get(language) or section.title["nl"], body)
        self.title.setFont(scaled_font(self.title, 1.4, bold=True))
        self.title.setAccessibleName(self.title.text())
        layout.addWidget(self.title)
        intro = section.intro.get(language) or section.intro.get("nl") if section.intro else None
        self.intro = QLabel(intro or "", body)
        self.intro.setWordWrap(True)
        self.intro.setHidden(not intro)
        layout.addWidget(self.intro)
        self.rows: list[QuestionRow] = []  # top-level questions (a group's header included)
        self.groups: list[RepeatGroupBox] = []
        self.items: list[QWidget] = []  # what is on the page, in order
        for question in section.questions:
            if question.type == QuestionType.REPEAT_GROUP:
                group = RepeatGroupBox(question, make_row, body)
                self.groups.append(group)
                self.items.append(group)
                layout.addWidget(group)
            else:
                row = make_row(question.id, question, body)
                self.rows.append(row)
                self.items.append(row)
                layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the questions need: the window gives the page this width,
        taking it from the side panels, rather than cutting options or buttons off."""
        body = self.widget()
        hint = super().minimumSizeHint()
        if body is None:
            return hint
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return QSize(
            body.minimumSizeHint().width() + scrollbar + 2 * self.frameWidth(), hint.height()
        )

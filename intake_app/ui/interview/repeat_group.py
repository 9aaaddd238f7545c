"""A repeat group (suspects): the group's question, one box per instance, add and remove.

Boxes are made and removed one by one as instances come and go, so a box being typed in is
never rebuilt. Titles count boxes on screen ("Verdachte 1, 2"); the answer keys keep the
instance number, which is never reused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.forms.model import Question
from intake_app.interview.answers import instance_key
from intake_app.ui.interview import confirm
from intake_app.ui.interview.focus_order import insert_before
from intake_app.ui.interview.question_row import QuestionRow
from intake_app.ui.interview.style import quiet_label, scaled_font

MakeRow = Callable[[str, Question, QWidget], QuestionRow]


class InstanceBox(QFrame):
    """One person of the group, in a frame, with a heading and a remove button."""

    remove_requested = Signal(int)

    def __init__(
        self, group: Question, number: int, make_row: MakeRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.number = number
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.heading, 1.25, bold=True))
        self.rows: list[QuestionRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for question in group.questions:
            row = make_row(instance_key(group.id, number, question.id), question, self)
            self.rows.append(row)
            layout.addWidget(row)
        self.remove = QPushButton(self)
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(number))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.heading.text()

    def set_title(self, label: str) -> None:
        self.heading.setText(label)
        self.setAccessibleName(label)
        text = self.tr("%1 verwijderen").replace("%1", label)
        self.remove.setText(text)
        self.remove.setAccessibleName(text)


class RepeatGroupBox(QWidget):
    add_requested = Signal(str)
    remove_requested = Signal(str, int)

    def __init__(self, group: Question, make_row: MakeRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setObjectName(f"group:{group.id}")
        self._make_row = make_row
        self.header = make_row(group.id, group, self)
        self.boxes: dict[int, InstanceBox] = {}
        self.empty_note = QLabel(self)
        quiet_label(self.empty_note)
        self.add_button = QPushButton(self.tr("%1 toevoegen").replace("%1", self.noun()), self)
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(group.id))
        self._boxes_layout = QVBoxLayout()
        self._boxes_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(self._boxes_layout)
        layout.addWidget(self.empty_note)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        layout.addLayout(add_line)

    def noun(self) -> str:
        """What one instance is called on screen."""
        if self.group.id == "suspects":
            return self.tr("Verdachte")
        return self.tr("Persoon")

    def sync(self, numbers: list[int], *, instances_count: bool) -> list[QuestionRow]:
        """Match the boxes to the engine's instances; returns the rows of removed boxes.

        instances_count is False after "weet ik niet" / "wil ik niet zeggen" for the whole
        group: the boxes are kept by the engine, but hidden until a person is added again.
        """
        removed: list[QuestionRow] = []
        for number in [n for n in self.boxes if n not in numbers]:
            box = self.boxes.pop(number)
            removed.extend(box.rows)
            self._discard(box)
        for number in numbers:
            if number not in self.boxes:
                box = InstanceBox(self.group, number, self._make_row, self)
                box.remove_requested.connect(self._remove_clicked)
                self.boxes[number] = box
                self._boxes_layout.addWidget(box)
                insert_before(self.add_button, box)
        for position, number in enumerate(numbers, start=1):
            box = self.boxes[number]
            box.set_title(f"{self.noun()} {position}")
            box.setHidden(not instances_count)
        self.empty_note.setText(self.tr("Nog niemand toegevoegd."))
        self.empty_note.setHidden(bool(numbers) or not instances_count)
        return removed

    def set_can_add(self, can_add: bool) -> None:
        self.add_button.setEnabled(can_add)

    def _remove_clicked(self, number: int) -> None:
        box = self.boxes[number]
        question = self.tr("%1 en alles wat daarbij is ingevuld verwijderen?").replace(
            "%1", box.title()
        )
        if confirm.ask_confirmation(self, question, self.tr("Verwijderen")):
            self.remove_requested.emit(self.group.id, number)

    def rows(self) -> list[QuestionRow]:
        return [row for box in self.boxes.values() for row in box.rows]

    def clear_personal_data(self) -> None:
        for number in list(self.boxes):
            self._discard(self.boxes.pop(number))
        self.header.clear_personal_data()

    def _discard(self, box: InstanceBox) -> None:
        # Emptied first: deleteLater leaves the widgets (and their text) alive until the next
        # turn of the event loop.
        for row in box.rows:
            row.clear_personal_data()
        self._boxes_layout.removeWidget(box)
        box.hide()
        box.deleteLater()

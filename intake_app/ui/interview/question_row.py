"""One question on screen: the officer's wording, the input, "weet ik niet" / "wil ik niet
zeggen", the message under the field and the quiet saved mark."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.forms.model import Question, Text
from intake_app.forms.schema import QuestionType
from intake_app.interview.answers import Answer, AnswerState
from intake_app.interview.validation import Message
from intake_app.ui.interview.beside_or_below import BesideOrBelow
from intake_app.ui.interview.inputs import make_input
from intake_app.ui.interview.question_widgets import AnswerInput
from intake_app.ui.interview.saved_mark import SavedMark
from intake_app.ui.interview.style import calm_notice_label, quiet_label, scaled_font

# Alt+letter: a text field does not use these, so they reach the screen from any input.
SHORTCUTS = {AnswerState.UNKNOWN: "Alt+W", AnswerState.DECLINED: "Alt+Z"}


def state_words() -> dict[AnswerState, str]:
    return {
        AnswerState.UNKNOWN: QCoreApplication.translate("StateButtons", "Weet ik niet"),
        AnswerState.DECLINED: QCoreApplication.translate("StateButtons", "Wil ik niet zeggen"),
    }


class StateButtons(QWidget):
    """Two toggle buttons; a second click on the chosen one takes the state back."""

    chosen = Signal(object)  # AnswerState, or None when taken back

    def __init__(self, ask: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[AnswerState, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for state, words in state_words().items():
            button = QPushButton(words, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            shortcut = SHORTCUTS[state]
            button.setToolTip(
                self.tr("%1 (sneltoets %2)").replace("%1", words).replace("%2", shortcut)
            )
            button.setAccessibleName(f"{words}: {ask}")
            button.setAccessibleDescription(
                self.tr("Sneltoets %1 in het veld van de vraag").replace("%1", shortcut)
            )
            button.clicked.connect(
                lambda checked, s=state: self.chosen.emit(s if checked else None)
            )
            self.buttons[state] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def show_state(self, state: AnswerState | None) -> None:
        for each, button in self.buttons.items():
            button.setChecked(each == state)


class QuestionRow(QFrame):
    """A question under its answer key; for a repeat group it is the group's header (no input)."""

    committed = Signal(str, object, bool)  # key, value as the store keeps it, final
    state_chosen = Signal(str, object)  # key, AnswerState or None
    retry_requested = Signal(str)

    def __init__(
        self, key: str, question: Question, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.question = question
        self.language = language
        self.setObjectName(f"question:{key}")
        text = question.text.get(language) or question.text["nl"]
        self.ask_text = text.ask
        self.guidance = text.guidance
        self.state: AnswerState | None = None

        self.ask = QLabel(text.ask, self)
        self.ask.setWordWrap(True)
        self.ask.setFont(scaled_font(self.ask, 1.1, bold=True))
        self.ask.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.input: AnswerInput | None = None
        if question.type != QuestionType.REPEAT_GROUP:
            self.input = make_input(question, language, self)
            self.input.changed.connect(lambda value, final: self.committed.emit(key, value, final))
            self.input.editing_started.connect(self._editing_started)
            self.ask.setBuddy(self.input)
        self.state_buttons = StateButtons(text.ask, self)
        self.state_buttons.chosen.connect(lambda state: self.state_chosen.emit(key, state))
        self.state_note = QLabel(self)
        quiet_label(self.state_note)
        self.message = QLabel(self)
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        calm_notice_label(self.message)
        self.message.hide()
        self.saved_mark = SavedMark(self)
        self.saved_mark.retry_requested.connect(lambda: self.retry_requested.emit(key))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(4)
        layout.addWidget(self.ask)
        if self.input is None:
            layout.addWidget(self.state_buttons)
        elif question.type == QuestionType.IDENTIFIER_LIST:
            # A wide input gets the whole width; the state buttons go under it.
            layout.addWidget(self.input)
            layout.addWidget(self.state_buttons)
        else:
            layout.addWidget(BesideOrBelow(self.input, self.state_buttons, self))
        layout.addWidget(self.message)
        # The notes line is always there, one line high even when empty: "opgeslagen" or the
        # recorded state appearing must not push the questions below down under the pointer.
        self.notes = QWidget(self)
        notes = QHBoxLayout(self.notes)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(self.state_note)
        notes.addWidget(self.saved_mark, 1)
        self.notes.setMinimumHeight(
            max(self.state_note.sizeHint().height(), self.saved_mark.saved.sizeHint().height())
        )
        layout.addWidget(self.notes)
        self.show_state(None)

    # -- showing what the engine holds -------------------------------------------------------
    def set_wording(self, text: Text) -> None:
        """The wording for who is told now (je / u / about the child; it follows the answers)."""
        if text.ask == self.ask_text and text.guidance == self.guidance:
            return
        self.ask_text = text.ask
        self.guidance = text.guidance
        self.ask.setText(text.ask)

    def show_answer(self, answer: Answer | None) -> None:
        """On restore: the value as typed, or the state."""
        if answer is None:
            return
        if answer.state == AnswerState.ANSWERED:
            if self.input is not None:
                self.input.set_value(answer.value)
            self.show_state(None)
        else:
            if self.input is not None:
                self.input.clear_silently()
            self.show_state(answer.state)

    def show_state(self, state: AnswerState | None) -> None:
        self.state = state
        self.state_buttons.show_state(state)
        words = state_words().get(state) if state is not None else None
        if words:
            self.state_note.setText(self.tr("Vastgelegd: %1").replace("%1", words.lower()))
        self.state_note.setHidden(words is None)
        if self.input is not None:
            self.input.show_state(state, words.lower() if words else "")

    def set_messages(self, messages: Sequence[Message], *, reveal: bool) -> None:
        """Show the messages; with reveal False only update ones already shown (mid-typing)."""
        texts = [self._message_text(message) for message in messages]
        if not texts:
            self.message.clear()
            self.message.hide()
        elif reveal or not self.message.isHidden():
            self.message.setText("\n".join(texts))
            self.message.setAccessibleName(" ".join(texts))
            self.message.show()

    def _message_text(self, message: Message) -> str:
        if message.code == "not_a_date":
            # The engine asks for ISO; the field takes dd-mm-jjjj as well, so say that.
            return self.tr(
                "Dit is geen bestaande datum. Schrijf dag-maand-jaar, bijvoorbeeld 09-03-2011."
            )
        return message.in_language(self.language)

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    # -- actions -----------------------------------------------------------------------------
    def choose_state(self, state: AnswerState) -> None:
        """From the keyboard shortcut: set the state (a second press keeps it)."""
        self.state_chosen.emit(self.key, state)

    def focus_input(self) -> None:
        if self.input is not None:
            self.input.focus_input()
        else:
            self.state_buttons.buttons[AnswerState.UNKNOWN].setFocus()

    def value(self) -> Any:
        return self.input.value() if self.input is not None else None

    def flush(self) -> None:
        if self.input is not None:
            self.input.flush()

    def clear_personal_data(self) -> None:
        if self.input is not None:
            self.input.clear_silently()
        self.show_state(None)
        self.set_messages([], reveal=True)
        self.saved_mark.clear()

    def _editing_started(self) -> None:
        self.saved_mark.clear()

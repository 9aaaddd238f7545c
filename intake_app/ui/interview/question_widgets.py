"""One input widget per question type; each reports what was typed as the store keeps it (JSON).

Every input emits `changed(value, final)`: `final` is False for a save after a pause in typing
and True when the officer leaves the field (focus out, Enter) or picks a choice. Messages about
a value appear on a final change only, so nobody is corrected in the middle of a word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.forms.model import Question
from intake_app.forms.schema import DEFAULT_MAX_LENGTH
from intake_app.interview.answers import AnswerState
from intake_app.ui.interview.style import quiet_label

# Save this long after the last keystroke; focus-out saves at once, so nothing typed is lost.
TYPING_PAUSE_MS = 400

_DUTCH_DATE = re.compile(r"\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})\s*")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


class AnswerInput(QWidget):
    """The input part of a question: set from a saved value, emits what the officer enters."""

    changed = Signal(object, bool)  # JSON value (None: nothing), final
    editing_started = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(lambda: self._emit(final=False))

    # -- what subclasses provide --------------------------------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a saved value without emitting anything."""
        raise NotImplementedError

    def clear_silently(self) -> None:
        """Empty the input without emitting anything (a state was chosen, or the screen locks)."""
        raise NotImplementedError

    def show_state(self, state: AnswerState | None, label: str) -> None:
        """Let the input show "weet ik niet" / "wil ik niet zeggen" calmly (label), or nothing."""

    def focus_input(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- shared behaviour --------------------------------------------------------------------
    def has_pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Emit a pending (debounced) change now: before locking, leaving the page, ..."""
        if self._timer.isActive():
            self._emit(final=False)

    def _typed(self) -> None:
        self.editing_started.emit()
        self._timer.start()

    def _emit(self, *, final: bool) -> None:
        self._timer.stop()
        self.changed.emit(self.value(), final)

    def _option_text(self, option: str) -> str:
        texts: Mapping[str, str] = self.question.option_text.get(option, {})
        return texts.get(self.language) or texts.get("nl") or option

    def _ask(self) -> str:
        text = self.question.text.get(self.language) or self.question.text["nl"]
        return text.ask


def max_length(question: Question) -> int:
    return question.max_length or DEFAULT_MAX_LENGTH.get(question.type, 200)


class _LineInput(AnswerInput):
    """A one-line field: saves after a pause in typing and when the officer leaves it."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self._ask())
        self.setFocusProxy(self.edit)
        self.line = QHBoxLayout(self)
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.addWidget(self.edit)
        self._placeholder = ""
        self.edit.textEdited.connect(lambda _text: self._typed())
        # editingFinished covers Enter and focus-out; Enter only saves, it never submits.
        self.edit.editingFinished.connect(lambda: self._emit(final=True))

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.edit.setPlaceholderText(text)

    def show_state(self, state: AnswerState | None, label: str) -> None:
        self.edit.setPlaceholderText(label if state is not None else self._placeholder)

    def clear_silently(self) -> None:
        self._timer.stop()
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)

    def _show_text(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)


class ShortTextInput(_LineInput):
    """No hard maximum on the field: a pasted text is kept whole and the limit is a message."""

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self._show_text(value if isinstance(value, str) else "")


class _PlainTextEdit(QPlainTextEdit):
    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class LongTextInput(AnswerInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.edit = _PlainTextEdit(self)
        self.edit.setAccessibleName(self._ask())
        self.edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else on the screen
        lines = 5
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * lines)
        self.counter = QLabel(self)
        quiet_label(self.counter)
        self.setFocusProxy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        self._limit = max_length(question)
        self._update_counter()
        self.edit.textChanged.connect(self._update_counter)
        self.edit.textChanged.connect(self._typed)
        self.edit.focus_left.connect(lambda: self._emit(final=True))

    def _update_counter(self) -> None:
        length = len(self.edit.toPlainText())
        self.counter.setText(
            self.tr("%1 van %2 tekens").replace("%1", str(length)).replace("%2", str(self._limit))
        )
        self.counter.setVisible(length > self._limit * 0.8)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self.edit.blockSignals(False)
        self._update_counter()

    def show_state(self, state: AnswerState | None, label: str) -> None:
        self.edit.setPlaceholderText(label if state is not None else "")

    def clear_silently(self) -> None:
        self._timer.stop()
        self.set_value("")


def parse_date_text(text: str) -> date | None:
    """dd-mm-jjjj (also with / . or space) or ISO jjjj-mm-dd; None if it is no real date."""
    match = _DUTCH_DATE.fullmatch(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _ISO_DATE.fullmatch(text)
        if not match:
            return None
        year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date(value: date) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


class DateInput(_LineInput):
    """A text field, not a QDateEdit: a date may be unknown, half-remembered or mistyped, and
    what was typed must stay on screen. A real date is saved as ISO; anything else as typed,
    with a message (the engine keeps it but lets it count for nothing)."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.set_placeholder(self.tr("dd-mm-jjjj"))
        self.edit.setAccessibleDescription(
            self.tr("Datum als dag-maand-jaar, bijvoorbeeld 09-03-2011")
        )
        width = self.edit.fontMetrics().horizontalAdvance("00-00-00000") * 2
        self.edit.setMaximumWidth(width)
        self.line.addStretch(1)

    def value(self) -> Any:
        text = self.edit.text()
        parsed = parse_date_text(text)
        return parsed.isoformat() if parsed else text

    def set_value(self, value: Any) -> None:
        if not isinstance(value, str):
            self._show_text("")
            return
        parsed = parse_date_text(value)
        self._show_text(format_date(parsed) if parsed else value)


class AgeInput(_LineInput):
    """Whole years as digits; the engine checks the range and says so."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0000") * 3)
        years = QLabel(self.tr("jaar"), self)
        self.line.addWidget(years)
        self.line.addStretch(1)
        self.edit.setAccessibleDescription(
            self.tr("Leeftijd in hele jaren, van %1 tot %2")
            .replace("%1", str(question.min_value))
            .replace("%2", str(question.max_value))
        )

    def value(self) -> Any:
        text = self.edit.text().strip()
        return int(text) if text.isdigit() else text

    def set_value(self, value: Any) -> None:
        self._show_text(str(value) if isinstance(value, int | str) else "")


class _ButtonsInput(AnswerInput):
    """Radio buttons or check boxes, one per option, in a column."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QAbstractButton] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.setAccessibleName(self._ask())
        for option, text in self._choices():
            button = self._make_button(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(self._ask())
            self.group.addButton(button)
            self.buttons[option] = button
            self.column.addWidget(button)
        self.group.buttonClicked.connect(lambda _button: self._emit(final=True))

    def _choices(self) -> list[tuple[str, str]]:
        return [(option, self._option_text(option)) for option in self.question.options]

    def _make_button(self, text: str) -> QAbstractButton:
        raise NotImplementedError

    def focus_input(self) -> None:
        checked = [button for button in self.buttons.values() if button.isChecked()]
        target = checked[0] if checked else next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_only(self, chosen: set[str]) -> None:
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # an exclusive group cannot be emptied otherwise
        for option, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(option in chosen)
            button.blockSignals(False)
        self.group.setExclusive(exclusive)

    def clear_silently(self) -> None:
        self._check_only(set())


class SingleChoiceInput(_ButtonsInput):
    def _make_button(self, text: str) -> QAbstractButton:
        return QRadioButton(text, self)

    def value(self) -> Any:
        for option, button in self.buttons.items():
            if button.isChecked():
                return option
        return None

    def set_value(self, value: Any) -> None:
        self._check_only({value} if isinstance(value, str) else set())


class YesNoInput(SingleChoiceInput):
    """Ja / Nee side by side; "weet ik niet" and "wil ik niet zeggen" are the state buttons."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        row = QHBoxLayout()
        for button in self.buttons.values():
            self.column.removeWidget(button)
            row.addWidget(button)
        row.addStretch(1)
        self.column.addLayout(row)

    def _choices(self) -> list[tuple[str, str]]:
        return [("yes", self.tr("Ja")), ("no", self.tr("Nee"))]


class MultipleChoiceInput(_ButtonsInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.group.setExclusive(False)

    def _make_button(self, text: str) -> QAbstractButton:
        return QCheckBox(text, self)

    def value(self) -> Any:
        return [option for option, button in self.buttons.items() if button.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = (
            {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()
        )
        self._check_only(chosen)

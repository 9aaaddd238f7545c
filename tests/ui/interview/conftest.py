"""Fixtures for the interview screen: a screen on the shipped form with a recording persist."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from intake_app.interview.answers import AnswerState
from intake_app.interview.session import Interview
from intake_app.ui.interview import InterviewScreen, confirm
from tests.ui.interview.fictional_case import INTAKE_DATE, SHIPPED_FORM


class Store:
    """Stands in for the encrypted store: records every persist call, can be made to fail."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any] | None]] = []
        self.failing = False

    def __call__(self, key: str, entry: dict[str, Any] | None) -> None:
        if self.failing:
            raise OSError("disk full (test)")
        self.calls.append((key, entry))

    def last(self, key: str) -> dict[str, Any] | None:
        entries = [entry for k, entry in self.calls if k == key]
        assert entries, f"{key} was never persisted"
        return entries[-1]

    def saved_keys(self) -> list[str]:
        return [key for key, _ in self.calls]


@pytest.fixture
def store() -> Store:
    return Store()


MakeScreen = Callable[..., InterviewScreen]


@pytest.fixture
def make_screen(qtbot: QtBot, store: Store) -> MakeScreen:
    def make(interview: Interview | None = None, language: str = "nl") -> InterviewScreen:
        screen = InterviewScreen(interview or Interview(SHIPPED_FORM, INTAKE_DATE), store, language)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        screen.activateWindow()
        qtbot.waitExposed(screen)
        return screen

    return make


@pytest.fixture
def screen(make_screen: MakeScreen) -> InterviewScreen:
    return make_screen()


@pytest.fixture
def confirm_answer(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What the confirmation dialog answers (True: confirmed); the questions asked are kept."""
    answer = [True]
    monkeypatch.setattr(confirm, "ask_confirmation", lambda *_args: answer[0])
    return answer


def type_text(widget: QWidget, text: str) -> None:
    """Type through key events carrying each character (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def press_enter(widget: QWidget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        QApplication.sendEvent(widget, event)


def answered(value: Any) -> dict[str, Any]:
    return {"value": value, "state": "answered"}


def line_edit(screen: InterviewScreen, key: str) -> QLineEdit:
    edit = screen.row(key).findChild(QLineEdit)
    assert edit is not None, key
    return edit


def choice(screen: InterviewScreen, key: str, text: str) -> QAbstractButton:
    """The radio button or check box of an option, by its wording on screen."""
    for button in screen.row(key).findChildren(QAbstractButton):
        if button.text() == text and button.isCheckable():
            return button
    raise AssertionError(f"{key} has no option '{text}'")


def state_button(screen: InterviewScreen, key: str, state: AnswerState) -> QPushButton:
    return screen.row(key).state_buttons.buttons[state]

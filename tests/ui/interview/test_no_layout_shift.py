"""Answering never moves the questions under the pointer (issue 18): the "opgeslagen" mark
and the recorded state appear in a line that was already there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intake_app.interview.answers import AnswerState
from intake_app.ui.interview import InterviewScreen
from tests.ui.interview.conftest import line_edit, press_enter, state_button, type_text


def row_tops(screen: InterviewScreen, keys: list[str]) -> dict[str, int]:
    QApplication.processEvents()
    return {key: screen.row(key).mapTo(screen, QPoint(0, 0)).y() for key in keys}


def visible_keys(screen: InterviewScreen, section: str) -> list[str]:
    return [row.key for row in screen.page(section).rows if row.isVisible()]


def test_saving_an_answer_keeps_every_row_in_place(qtbot: QtBot, screen: InterviewScreen) -> None:
    screen.go_to_section("person")
    keys = visible_keys(screen, "person")
    before = row_tops(screen, keys)
    heights = {key: screen.row(key).height() for key in keys}

    type_text(line_edit(screen, "victim_name"), "Anna Voorbeeld")
    press_enter(line_edit(screen, "victim_name"))
    assert screen.row("victim_name").saved_mark.is_saved_shown()
    qtbot.mouseClick(
        state_button(screen, "contact_avoid", AnswerState.UNKNOWN), Qt.MouseButton.LeftButton
    )

    assert row_tops(screen, keys) == before
    assert {key: screen.row(key).height() for key in keys} == heights

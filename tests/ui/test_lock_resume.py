"""After lock and unlock the officer returns where they were (issue 18)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FakeClock
from tests.ui.flow import first_run, open_window, unlock


def test_unlock_returns_to_the_open_intake_and_screen(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert window.case is not None
    intake_id = window.case.summary.id

    window.lock()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.screens.currentWidget() is window.interview_host
    assert window.case is not None and window.case.summary.id == intake_id

    window.show_readback()
    window.lock()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.screens.currentWidget() is window.readback
    assert window.case is not None and window.case.summary.id == intake_id


def test_from_the_list_unlock_returns_to_the_list(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)
    window.lock()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home, timeout=10000)
    assert window.case is None

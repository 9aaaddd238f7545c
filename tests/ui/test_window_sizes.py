"""The window on the laptops' real screens: every screen's buttons reachable without resizing.

1093 x 566: a 1366 x 768 laptop at 125 % (1093 x 614 logical) less the taskbar and the
maximised window's title bar. 1280 x 672: 1600 x 900 at 125 % less the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE, FakeClock
from tests.ui.flow import open_window, type_text, unlock

LAPTOP_SIZES = [QSize(1093, 566), QSize(1280, 672)]


def assert_reachable(window: MainWindow, widget: QWidget, size: QSize) -> None:
    assert window.size() == size, "the window's minimum size is larger than the screen"
    top_left = widget.mapTo(window, QPoint(0, 0))
    inside = QRect(QPoint(0, 0), window.size())
    assert widget.isVisible()
    assert inside.contains(QRect(top_left, widget.size())), widget.objectName()


@pytest.mark.parametrize("size", LAPTOP_SIZES, ids=lambda size: f"{size.width()}x{size.height()}")
def test_every_screen_fits_a_scaled_laptop_screen(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, size: QSize
) -> None:
    window = open_window(qtbot, data_dir, clock)
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size or window.minimumSizeHint().height() > 0)
    assert_reachable(window, window.setup.submit_button, size)

    setup = window.setup
    type_text(setup.station_name, "Basisteam Voorbeeldstad")
    type_text(setup.admin_id, "ADM01")
    type_text(setup.admin_name, "Beheerder Fictief")
    type_text(setup.passphrase, PASSPHRASE)
    type_text(setup.passphrase_again, PASSPHRASE)
    qtbot.mouseClick(setup.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.recovery, timeout=10000)
    assert_reachable(window, window.recovery.continue_button, size)
    assert_reachable(window, window.recovery.print_button, size)

    window.recovery.stored.setChecked(True)
    qtbot.mouseClick(window.recovery.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home)
    assert_reachable(window, window.home.new_button, size)

    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    interview = window.interview_screen
    assert interview is not None
    qtbot.waitUntil(interview.isVisible)
    for button in (interview.previous_button, interview.next_button, interview.summary_button):
        assert_reachable(window, button, size)

    window.lock()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.unlock)
    assert_reachable(window, window.unlock.unlock_button, size)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home, timeout=10000)

"""Driving the real main window the way an officer does, for the flow tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui.main_window import MainWindow
from tests.ui.conftest import CHEAP_KDF, PASSPHRASE, FakeClock

STATION = "Basisteam Voorbeeldstad"
ADMIN_ID = "A100"
ADMIN_NAME = "Agent De Vries (fictief)"


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, non-ASCII included, as key events carrying the characters
    (qtbot.keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def open_window(
    qtbot: QtBot,
    data_dir: Path,
    clock: FakeClock,
    training: bool = False,
    language: str = "nl",
) -> MainWindow:
    window = MainWindow(
        data_dir=data_dir, kdf=CHEAP_KDF, clock=clock, training=training, language=language
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_officers(qtbot, window)
    return window


def wait_for_officers(qtbot: QtBot, window: MainWindow) -> None:
    """The unlock screen reads the officers on a worker; wait until they (or a message) are
    there, as an officer would."""
    if window.screens.currentWidget() is window.unlock and not window.training:
        qtbot.waitUntil(lambda: window.unlock.unlock_button.isEnabled(), timeout=10000)


def first_run(qtbot: QtBot, window: MainWindow) -> str:
    """Set the laptop up; returns the recovery key the window showed."""
    recovery_key = set_up_until_recovery_key(qtbot, window)
    window.recovery.stored.setChecked(True)
    qtbot.mouseClick(window.recovery.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home)
    qtbot.waitUntil(lambda: not window.home.loading, timeout=10000)  # read on a worker
    return recovery_key


def set_up_until_recovery_key(qtbot: QtBot, window: MainWindow) -> str:
    """The set-up form filled in and sent; returns the recovery key on screen, unconfirmed."""
    setup = window.setup
    type_text(setup.station_name, STATION)
    type_text(setup.admin_id, ADMIN_ID)
    type_text(setup.admin_name, ADMIN_NAME)
    type_text(setup.passphrase, PASSPHRASE)
    type_text(setup.passphrase_again, PASSPHRASE)
    qtbot.mouseClick(setup.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.recovery, timeout=10000)
    return window.recovery.key_label.text()


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    wait_for_officers(qtbot, window)
    type_text(window.unlock.passphrase, passphrase)
    qtbot.mouseClick(window.unlock.unlock_button, Qt.MouseButton.LeftButton)

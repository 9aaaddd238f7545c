"""The first-run form (issue 18): Enter sends it, a problem puts the cursor where it is, and
reduced protection is said while the administrator can still act."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE, FakeClock
from tests.ui.flow import ADMIN_ID, ADMIN_NAME, STATION, open_window, type_text


def test_enter_sends_the_form_and_a_problem_focuses_its_field(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    setup = window.setup
    type_text(setup.station_name, STATION)
    type_text(setup.admin_name, ADMIN_NAME)
    qtbot.keyClick(setup.admin_name, Qt.Key.Key_Return)

    assert "personeelsnummer" in setup.message.text()
    assert setup.focusWidget() is setup.admin_id

    type_text(setup.admin_id, ADMIN_ID)
    type_text(setup.passphrase, PASSPHRASE)
    type_text(setup.passphrase_again, PASSPHRASE + "x")
    qtbot.keyClick(setup.passphrase_again, Qt.Key.Key_Return)
    assert "niet gelijk" in setup.message.text()
    assert setup.focusWidget() is setup.passphrase_again
    assert setup.passphrase_again.text() == ""

    type_text(setup.passphrase_again, PASSPHRASE)
    qtbot.keyClick(setup.passphrase_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.recovery, timeout=10000)


def test_reduced_protection_is_said_at_first_run(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    keyring.set_keyring(fail.Keyring())
    window = open_window(qtbot, data_dir, clock)
    qtbot.waitUntil(lambda: window.setup.reduced_protection.isVisible(), timeout=10000)

"""The first-run form (issue 18): Enter sends it, a problem puts the cursor where it is, and
reduced protection is said while the administrator can still act."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from intake_app.consultation import Consultation
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


def test_the_frontoffice_is_set_up_at_first_run_and_opens_on_its_queue(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    """R1: the region's frontoffice is the same app, its role chosen in the set-up form."""
    window = open_window(qtbot, data_dir, clock)
    setup = window.setup
    setup.as_frontoffice.click()
    assert setup.as_frontoffice.isChecked()
    assert setup.station_address.isHidden() and setup.station_phone.isHidden()
    assert setup.station_name.accessibleName() == "Naam van de regio (TSM-frontoffice)"
    qtbot.keyClick(setup.station_name, Qt.Key.Key_Return)
    assert setup.message.text() == "Vul de naam van de regio in."

    type_text(setup.station_name, "TSM Fictief-Midden")
    type_text(setup.admin_id, ADMIN_ID)
    type_text(setup.admin_name, ADMIN_NAME)
    type_text(setup.passphrase, PASSPHRASE)
    type_text(setup.passphrase_again, PASSPHRASE)
    qtbot.mouseClick(setup.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.recovery, timeout=10000)
    assert "TSM Fictief-Midden" in window.recovery.printout().toPlainText()
    window.recovery.stored.setChecked(True)
    qtbot.mouseClick(window.recovery.continue_button, Qt.MouseButton.LeftButton)

    desk = window.frontoffice.desk
    qtbot.waitUntil(lambda: window.screens.currentWidget() is desk, timeout=10000)
    assert window.home_action.text() == "Voorleggingen"
    assert window.session is not None
    own = Consultation(window.session).own_key("frontoffice")
    assert own.name == "TSM Fictief-Midden"
    assert not (data_dir / "station.json").exists()  # a frontoffice sends no letters


def test_a_name_with_a_control_character_is_refused_in_the_form(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    setup = window.setup
    setup.station_name.setText("Bureau\tFictief")  # pasted from a spreadsheet
    qtbot.keyClick(setup.station_name, Qt.Key.Key_Return)
    assert "tab" in setup.message.text()
    assert setup.focusWidget() is setup.station_name

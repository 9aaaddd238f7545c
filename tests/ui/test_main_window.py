from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from intake_app import __version__
from intake_app.store.sqlcipher import cipher_version
from intake_app.ui.about import AboutDialog
from intake_app.ui.app import configure_application, register_bundled_fonts
from intake_app.ui.main_window import PREFERRED_SIZE, WINDOW_TITLE, MainWindow, fits
from intake_app.ui.security.privacy_screen import PRIVACY_KEY
from tests.ui.conftest import FakeClock
from tests.ui.flow import ADMIN_NAME, first_run, open_window, type_text, unlock


def test_first_start_asks_to_set_up_the_laptop(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)

    assert window.windowTitle() == WINDOW_TITLE
    assert window.screens.currentWidget() is window.setup
    assert not window.toolbar.isVisible()


def test_first_run_shows_the_recovery_key_once_then_the_empty_home(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)

    recovery_key = first_run(qtbot, window)

    assert len(recovery_key.replace("-", "")) >= 26
    assert window.recovery.key_label.text() == ""  # gone once confirmed
    assert window.home.list_or_empty.currentWidget() is window.home.empty_state
    assert window.toolbar.isVisible()


def test_setup_refuses_different_passphrases_without_losing_the_rest(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    type_text(window.setup.station_name, "Basisteam Voorbeeldstad")
    type_text(window.setup.admin_id, "A100")
    type_text(window.setup.admin_name, "Łukasz Voorbeeld")
    type_text(window.setup.passphrase, "drie losse woorden hier")
    type_text(window.setup.passphrase_again, "drie losse woorden daar")

    qtbot.mouseClick(window.setup.submit_button, Qt.MouseButton.LeftButton)

    assert "niet gelijk" in window.setup.message.text()
    assert window.setup.admin_name.text() == "Łukasz Voorbeeld"
    assert window.screens.currentWidget() is window.setup


def test_wrong_passphrase_says_so_and_right_one_unlocks(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    first_window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, first_window)
    first_window.close()

    window = open_window(qtbot, data_dir, clock)
    assert window.screens.currentWidget() is window.unlock
    assert ADMIN_NAME in window.unlock.officer.currentText()

    unlock(qtbot, window, "dit is niet de goede zin")
    qtbot.waitUntil(lambda: "klopt niet" in window.unlock.message.text(), timeout=10000)
    assert window.unlock.passphrase.text() == ""
    assert window.is_locked()

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home, timeout=10000)
    assert not window.is_locked()


def test_reduced_protection_is_said_on_the_unlock_screen(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    keyring.set_keyring(fail.Keyring())
    first_window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, first_window)
    first_window.close()

    window = open_window(qtbot, data_dir, clock)

    # The names come from the file at once; the vault's own read (keyring included) follows.
    qtbot.waitUntil(lambda: window.unlock.reduced_protection.isVisible(), timeout=10000)


def test_idle_time_from_policy_locks_and_empties_the_views(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)
    limit = window.form.policy.idle_lock_minutes * 60

    clock.now += limit - 1
    window.idle_lock.check()
    assert not window.is_locked()

    clock.now += 1
    window.idle_lock.check()

    assert window.is_locked()
    assert window.screens.currentWidget() is window.unlock
    assert window.home.model.rowCount() == 0
    assert not window.toolbar.isVisible()


def test_lock_shortcut_locks(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)

    window.lock_action.trigger()

    assert window.is_locked()


def test_privacy_key_hides_the_window_and_one_click_brings_it_back(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, window)

    qtbot.keyClick(window.home.search, PRIVACY_KEY)
    assert window.privacy.is_active()
    assert not window.is_locked()  # hiding is not locking: the officer continues at once

    qtbot.mouseClick(window.privacy.cover.reveal_button, Qt.MouseButton.LeftButton)
    assert not window.privacy.is_active()
    assert window.screens.currentWidget() is window.home


def test_training_window_is_marked_and_opens_fictional_cases(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir / "training", clock, training=True)

    assert "OEFENING" in window.windowTitle()
    assert window.training_banner.isVisible()
    assert "oefenen met fictieve zaken" in window.unlock.training_hint.text()

    unlock(qtbot, window, "oefenen met fictieve zaken")
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home, timeout=20000)
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 3, timeout=10000)
    assert window.training_banner.isVisible()
    assert not window.home.training_button.isVisible()


def test_names_are_hidden_until_asked(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    window = open_window(qtbot, data_dir / "training", clock, training=True)
    unlock(qtbot, window, "oefenen met fictieve zaken")
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 3, timeout=20000)
    model = window.home.model
    name_column = model.COLUMNS.index("name")
    names = {model.data(model.index(row, name_column)) for row in range(3)}
    assert names == {"••••••"}

    window.home.names_toggle.setChecked(True)

    def names_now() -> set[object]:
        return {model.data(model.index(row, name_column)) for row in range(3)}

    # The names are read on a worker for the rows painted: a moment later they are there.
    qtbot.waitUntil(lambda: "Sam Voorbeeld" in names_now(), timeout=10000)


def test_about_dialog_shows_version_sqlcipher_and_keyring(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)

    window.about_action.trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")

    assert dialog is not None and dialog.isVisible()
    assert dialog.facts["version"] == __version__
    assert dialog.facts["sqlcipher"] == cipher_version()
    assert "InMemoryKeyring" in dialog.facts["keyring"]
    assert "verminderde bescherming" not in dialog.facts["keyring"]


def test_about_dialog_says_protection_is_reduced_without_a_keyring(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    keyring.set_keyring(fail.Keyring())
    window = open_window(qtbot, data_dir, clock)

    dialog = window.show_about()

    assert "verminderde bescherming" in dialog.facts["keyring"]


def test_bundled_fonts_are_registered(qapp: QApplication) -> None:
    assert "DejaVu Sans" in register_bundled_fonts()


def test_qt_own_buttons_speak_dutch(qapp: QApplication) -> None:
    configure_application(qapp, "nl")

    cancel_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)

    assert cancel_box.buttons()[0].text() == "Annuleren"


def test_failed_unlocks_are_told_after_the_next_unlock(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    first_window = open_window(qtbot, data_dir, clock)
    first_run(qtbot, first_window)
    first_window.close()
    window = open_window(qtbot, data_dir, clock)
    unlock(qtbot, window, "dit is niet de goede zin")
    qtbot.waitUntil(lambda: "klopt niet" in window.unlock.message.text(), timeout=10000)

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.home, timeout=10000)

    assert "1 keer" in window.home.notice.text()


def test_the_window_fits_a_small_or_scaled_screen() -> None:
    assert fits(PREFERRED_SIZE, QSize(1920, 1040))
    assert not fits(PREFERRED_SIZE, QSize(1093, 566))  # 1366 x 768 at 125 %, less the taskbar
    assert not fits(PREFERRED_SIZE, QSize(1280, 680))  # too low only


def test_the_window_opens_maximised_where_it_would_not_fit(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(data_dir=data_dir, clock=clock)
    qtbot.addWidget(window)
    monkeypatch.setattr("intake_app.ui.main_window.PREFERRED_SIZE", QSize(100_000, 100_000))

    window.show_on_screen()

    assert window.isMaximized()


def test_the_summary_of_a_reopened_intake_says_why(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir / "training", clock, training=True)
    unlock(qtbot, window, "oefenen met fictieve zaken")
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 3, timeout=20000)
    window.start_intake()
    window.show_summary()
    window.summary.confirm = lambda question: True
    window.summary.finalise_button.click()
    window.summary.ask_reason = lambda: "Telefoonnummer verschreven (fictief)"
    window.summary.amend_button.click()

    window.show_summary()

    assert not window.summary.amendments.isHidden()
    assert (
        window.summary.amendments.item(0).text().endswith(": Telefoonnummer verschreven (fictief)")
    )


def test_about_shows_the_licence_notices_of_the_software_it_ships(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.facts["licence"] == "EUPL-1.2"

    notices = dialog.show_notices()

    text = notices.findChild(QPlainTextEdit, "notices_text")
    assert text is not None and text.isReadOnly()
    assert "pyside6-essentials" in text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()

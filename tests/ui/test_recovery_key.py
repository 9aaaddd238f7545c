"""The recovery key cannot be skipped, can be issued anew by an administrator, and prints
legibly (issue 18)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QTextCursor
from pytestqt.qtbot import QtBot

from intake_app.ui.screens.recovery_key import RecoveryKeyScreen
from intake_app.vault import Vault, WrongRecoveryKey
from tests.ui.conftest import CHEAP_KDF, FakeClock
from tests.ui.flow import (
    ADMIN_ID,
    ADMIN_NAME,
    first_run,
    open_window,
    set_up_until_recovery_key,
    unlock,
)


def recovery_events(window: object) -> list[str]:
    session = window.session  # type: ignore[attr-defined]
    return [
        str(entry.details["action"])
        for entry in reversed(session.store.audit_entries())
        if entry.event == "recovery_key"
    ]


def test_the_toolbar_cannot_leave_an_unconfirmed_recovery_key(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    key = set_up_until_recovery_key(qtbot, window)

    assert not window.toolbar.isVisible()
    window.home_action.trigger()  # a shortcut or a stray click must not skip it either
    window.admin_action.trigger()
    window.start_intake()

    assert window.screens.currentWidget() is window.recovery
    assert window.recovery.key_label.text() == key
    assert not window.recovery.continue_button.isEnabled()

    window.recovery.stored.setChecked(True)
    qtbot.mouseClick(window.recovery.continue_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.home
    assert window.toolbar.isVisible()
    assert recovery_events(window) == ["issued", "confirmed"]


def test_locking_before_confirming_gives_the_administrator_a_new_key(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    unconfirmed = set_up_until_recovery_key(qtbot, window)

    window.lock()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.recovery, timeout=10000)

    new_key = window.recovery.key_label.text()
    assert new_key and new_key != unconfirmed
    assert not window.toolbar.isVisible()
    vault = Vault.open(data_dir, kdf=CHEAP_KDF)
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery_key(unconfirmed)
    vault.unlock_with_recovery_key(new_key)
    assert recovery_events(window) == ["issued", "replaced"]


def test_an_administrator_issues_a_new_key_and_the_old_one_is_revoked(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    old_key = first_run(qtbot, window)
    window.show_admin()
    admin = window.admin
    admin.dialogs.confirm = lambda question: True

    qtbot.mouseClick(admin.recovery.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.recovery, timeout=10000)

    new_key = window.recovery.key_label.text()
    assert new_key != old_key
    assert not window.toolbar.isVisible()
    vault = Vault.open(data_dir, kdf=CHEAP_KDF)
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery_key(old_key)
    vault.unlock_with_recovery_key(new_key)
    replaced = [
        entry
        for entry in window.session.store.audit_entries()  # type: ignore[union-attr]
        if entry.event == "recovery_key" and entry.details["action"] == "replaced"
    ]
    assert len(replaced) == 1 and replaced[0].officer_id == ADMIN_ID

    window.recovery.stored.setChecked(True)
    qtbot.mouseClick(window.recovery.continue_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.home


def test_the_printout_has_the_key_in_a_fixed_font_the_date_the_administrator_and_what_to_do(
    qtbot: QtBot,
) -> None:
    screen = RecoveryKeyScreen()
    qtbot.addWidget(screen)
    key = "ABCD0-EFGH1-IJKL2-MNOP3-QRST4-UVWX5"
    screen.show_key(key, "Basisteam Voorbeeldstad", ADMIN_NAME, datetime(2026, 11, 28, 9, 5))

    document = screen.printout()
    text = document.toPlainText()

    assert key in text
    assert "28-11-2026 09:05" in text
    assert ADMIN_NAME in text and "Basisteam Voorbeeldstad" in text
    assert "kluis" in text and "Wachtwoordzin vergeten" in text
    found = document.find(key)
    assert not found.isNull()
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 1)
    assert QFontInfo(cursor.charFormat().font()).fixedPitch()

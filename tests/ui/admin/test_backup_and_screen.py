from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.session import open_session, open_with_recovery_key
from intake_app.ui.admin import AdminScreen
from tests.ui.admin.conftest import ADMIN_ID, ADMIN_NAME, Installed
from tests.ui.conftest import CHEAP_KDF, PASSPHRASE


def _backup(qtbot: QtBot, screen: AdminScreen, target: Path) -> None:
    screen.dialogs.ask_save_path = lambda title: target
    screen.backup.backup_button.click()
    qtbot.waitUntil(lambda: "geschreven" in screen.backup.message.text(), timeout=10000)


def test_backup_then_restore_round_trip(
    qtbot: QtBot, screen: AdminScreen, installed: Installed, tmp_path: Path
) -> None:
    reference = installed.session.store.intakes.create(ADMIN_ID).reference
    backup_file = tmp_path / "bureau.intake-backup"

    _backup(qtbot, screen, backup_file)

    assert screen.backup.progress.value() == 100
    assert backup_file.is_file()
    assert installed.session.store.audit_entries(limit=1)[0].event == "backup"

    new_folder = tmp_path / "teruggezet"
    screen.backup.progress.setValue(0)
    screen.dialogs.ask_open_path = lambda title: backup_file
    screen.dialogs.ask_folder = lambda title: new_folder
    screen.backup.restore_button.click()
    qtbot.waitUntil(lambda: "teruggezet in" in screen.backup.message.text(), timeout=10000)

    assert screen.backup.progress.value() == 100
    assert str(new_folder) in screen.backup.message.text()
    restored = open_session(new_folder, ADMIN_ID, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        assert [i.reference for i in restored.store.intakes.case_list()] == [reference]
    finally:
        restored.close()
    rescued = open_with_recovery_key(new_folder, installed.recovery_key)
    rescued.close()


def test_restore_refuses_a_folder_that_is_not_empty(
    qtbot: QtBot, screen: AdminScreen, tmp_path: Path
) -> None:
    backup_file = tmp_path / "bureau.intake-backup"
    _backup(qtbot, screen, backup_file)
    occupied = tmp_path / "bezet"
    occupied.mkdir()
    (occupied / "iets.txt").write_text("al in gebruik")
    screen.dialogs.ask_open_path = lambda title: backup_file
    screen.dialogs.ask_folder = lambda title: occupied
    screen.backup.restore_button.click()

    assert "niet leeg" in screen.backup.message.text()
    assert not screen.busy
    assert [p.name for p in occupied.iterdir()] == ["iets.txt"]


def test_a_damaged_backup_gets_a_clear_message(
    qtbot: QtBot, screen: AdminScreen, tmp_path: Path
) -> None:
    damaged = tmp_path / "kapot.intake-backup"
    damaged.write_bytes(b"dit is geen back-up")
    screen.dialogs.ask_open_path = lambda title: damaged
    screen.dialogs.ask_folder = lambda title: tmp_path / "nieuw"
    screen.backup.restore_button.click()

    qtbot.waitUntil(lambda: "beschadigd" in screen.backup.message.text(), timeout=10000)
    assert "Traceback" not in screen.backup.message.text()
    assert screen.backup.restore_button.isEnabled()


def test_backup_refuses_to_overwrite_and_says_so(
    qtbot: QtBot, screen: AdminScreen, tmp_path: Path
) -> None:
    existing = tmp_path / "bestaat.intake-backup"
    existing.write_bytes(b"oud")
    screen.dialogs.ask_save_path = lambda title: existing
    screen.backup.backup_button.click()

    qtbot.waitUntil(lambda: "bestaat al" in screen.backup.message.text(), timeout=10000)
    assert existing.read_bytes() == b"oud"


def test_cancelled_file_dialog_does_nothing(screen: AdminScreen) -> None:
    screen.dialogs.ask_save_path = lambda title: None
    screen.backup.backup_button.click()

    assert not screen.busy
    assert screen.backup.message.text() == ""


def test_clear_personal_data_empties_tables_and_fields(
    screen: AdminScreen, installed: Installed
) -> None:
    screen.officers.new_name.setText("Agent Bakker (fictief)")
    screen.officers.old_passphrase.setText(PASSPHRASE)
    screen.station.name.setText("Basisteam Voorbeeldstad")

    screen.clear_personal_data()

    assert screen.officers.table.rowCount() == 0
    assert screen.audit.table.rowCount() == 0
    assert screen.officers.new_name.text() == ""
    assert screen.officers.old_passphrase.text() == ""
    assert screen.station.name.text() == ""
    assert ADMIN_NAME not in _all_text(screen)

    screen.refresh()  # after the next unlock
    assert screen.officers.table.rowCount() == 1


def _all_text(screen: AdminScreen) -> str:
    texts = [screen.windowTitle()]
    for table in screen.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                texts.append(item.text() if item is not None else "")
    texts.extend(field.text() for field in screen.findChildren(QLineEdit))
    return "\n".join(texts)


def test_controls_have_accessible_names_and_no_pixel_fonts(screen: AdminScreen) -> None:
    controls: list[QWidget] = [
        *screen.findChildren(QPushButton),
        *screen.findChildren(QLineEdit),
        *screen.findChildren(QPlainTextEdit),
        *screen.findChildren(QComboBox),
        *screen.findChildren(QTableWidget),
        *screen.findChildren(QProgressBar),
    ]
    unnamed = [
        control.objectName() or type(control).__name__
        for control in controls
        if not control.accessibleName()
        and not (isinstance(control.parent(), QComboBox | QTableWidget))
    ]
    assert unnamed == []
    assert all(widget.font().pixelSize() == -1 for widget in screen.findChildren(QWidget))
    assert ADMIN_NAME not in screen.windowTitle()

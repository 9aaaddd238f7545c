from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from intake_app.session import open_session
from intake_app.ui.admin import AdminScreen
from tests.ui.admin.conftest import ADMIN_ID, ADMIN_NAME, Installed, cell
from tests.ui.conftest import CHEAP_KDF, PASSPHRASE

NEW_PASSPHRASE = "vier andere losse woorden"  # noqa: S105 - fictional


def _table_rows(screen: AdminScreen) -> list[tuple[str, ...]]:
    table = screen.officers.table
    return [
        tuple(cell(table, row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def _select(screen: AdminScreen, officer_id: str) -> None:
    table = screen.officers.table
    for row in range(table.rowCount()):
        if cell(table, row, 1).text() == officer_id:
            table.selectRow(row)
            return
    raise AssertionError(f"{officer_id} not in the table")


def _add(qtbot: QtBot, screen: AdminScreen, officer_id: str, name: str, role_index: int) -> None:
    tab = screen.officers
    tab.new_id.setText(officer_id)
    tab.new_name.setText(name)
    tab.new_passphrase.setText(NEW_PASSPHRASE)
    tab.new_passphrase_again.setText(NEW_PASSPHRASE)
    tab.new_role.setCurrentIndex(role_index)
    tab.add_button.click()


def test_officers_are_listed_with_name_number_and_role(screen: AdminScreen) -> None:
    assert _table_rows(screen) == [(ADMIN_NAME, ADMIN_ID, "Beheerder")]


def test_add_then_remove_an_officer(
    qtbot: QtBot, screen: AdminScreen, installed: Installed
) -> None:
    _add(qtbot, screen, "B200", "Agent Bakker (fictief)", role_index=0)
    qtbot.waitUntil(lambda: "toegevoegd" in screen.officers.message.text(), timeout=10000)

    assert ("Agent Bakker (fictief)", "B200", "Agent") in _table_rows(screen)
    assert screen.officers.new_passphrase.text() == ""
    # The new officer can unlock with their own passphrase, and the store knows them.
    assert installed.session.vault.unlock("B200", NEW_PASSPHRASE)
    assert any(o.id == "B200" and o.active for o in installed.session.store.officers.all())

    questions: list[str] = []

    def confirm(question: str) -> bool:
        questions.append(question)
        return True

    screen.dialogs.confirm = confirm
    _select(screen, "B200")
    screen.officers.remove_button.click()

    assert "B200" in questions[0]
    assert [row[1] for row in _table_rows(screen)] == [ADMIN_ID]
    assert [o.id for o in installed.session.vault.officers()] == [ADMIN_ID]
    assert not any(o.id == "B200" and o.active for o in installed.session.store.officers.all())


def test_removal_not_confirmed_changes_nothing(
    qtbot: QtBot, screen: AdminScreen, installed: Installed
) -> None:
    _add(qtbot, screen, "B200", "Agent Bakker (fictief)", role_index=0)
    qtbot.waitUntil(lambda: "toegevoegd" in screen.officers.message.text(), timeout=10000)
    screen.dialogs.confirm = lambda question: False
    _select(screen, "B200")
    screen.officers.remove_button.click()

    assert {o.id for o in installed.session.vault.officers()} == {ADMIN_ID, "B200"}


def test_the_last_administrator_cannot_be_removed(
    screen: AdminScreen, installed: Installed
) -> None:
    _select(screen, ADMIN_ID)
    screen.officers.remove_button.click()

    assert "laatste beheerder" in screen.officers.message.text()
    assert [o.id for o in installed.session.vault.officers()] == [ADMIN_ID]
    assert len(_table_rows(screen)) == 1


def test_different_passphrases_add_nobody_and_keep_the_other_fields(
    screen: AdminScreen, installed: Installed
) -> None:
    tab = screen.officers
    tab.new_id.setText("B200")
    tab.new_name.setText("Agent Bakker (fictief)")
    tab.new_passphrase.setText(NEW_PASSPHRASE)
    tab.new_passphrase_again.setText("iets heel anders dan dat")
    tab.add_button.click()

    assert "verschillen" in tab.message.text()
    assert tab.new_id.text() == "B200"
    assert [o.id for o in installed.session.vault.officers()] == [ADMIN_ID]


def test_a_weak_passphrase_is_refused_with_the_vaults_message(
    qtbot: QtBot, screen: AdminScreen, installed: Installed
) -> None:
    tab = screen.officers
    tab.new_id.setText("B200")
    tab.new_name.setText("Agent Bakker (fictief)")
    tab.new_passphrase.setText("kort")
    tab.new_passphrase_again.setText("kort")
    tab.add_button.click()

    qtbot.waitUntil(lambda: "wachtwoordzin" in tab.message.text().lower(), timeout=10000)
    assert "Traceback" not in tab.message.text()
    assert [o.id for o in installed.session.vault.officers()] == [ADMIN_ID]
    assert tab.add_button.isEnabled()


def test_change_own_passphrase(qtbot: QtBot, screen: AdminScreen, installed: Installed) -> None:
    tab = screen.officers
    tab.old_passphrase.setText(PASSPHRASE)
    tab.changed_passphrase.setText(NEW_PASSPHRASE)
    tab.changed_passphrase_again.setText(NEW_PASSPHRASE)
    tab.change_button.click()

    qtbot.waitUntil(lambda: "gewijzigd" in tab.message.text(), timeout=10000)
    assert tab.old_passphrase.text() == ""
    assert installed.session.vault.unlock(ADMIN_ID, NEW_PASSPHRASE)


def test_change_own_passphrase_with_a_wrong_current_one_says_so(
    qtbot: QtBot, screen: AdminScreen, installed: Installed
) -> None:
    tab = screen.officers
    tab.old_passphrase.setText("niet de goede wachtwoordzin")
    tab.changed_passphrase.setText(NEW_PASSPHRASE)
    tab.changed_passphrase_again.setText(NEW_PASSPHRASE)
    tab.change_button.click()

    qtbot.waitUntil(lambda: "klopt niet" in tab.message.text(), timeout=10000)


def test_a_non_admin_officer_is_refused(qtbot: QtBot, installed: Installed) -> None:
    session = installed.session
    session.vault.add_officer(
        session.store.database.data_key, "B200", "Agent Bakker (fictief)", NEW_PASSPHRASE
    )
    session.close()
    officer_session = open_session(installed.folder, "B200", NEW_PASSPHRASE, kdf=CHEAP_KDF)
    try:
        screen = AdminScreen(officer_session, installed.folder)
        qtbot.addWidget(screen)

        assert not screen.allowed
        assert screen.tabs is None
        assert "Alleen een beheerder" in screen.refusal.text()
        screen.clear_personal_data()  # harmless on a refused screen
    finally:
        officer_session.close()
        installed.session = open_session(installed.folder, ADMIN_ID, PASSPHRASE, kdf=CHEAP_KDF)


def test_adding_an_officer_leaves_the_cursor_on_the_add_button(
    qtbot: QtBot, screen: AdminScreen
) -> None:
    """Issue 18: the button disabled while Argon2id runs pushed the focus on into
    "Eigen wachtwoordzin wijzigen"; it comes back to where the administrator was."""
    tab = screen.officers
    screen.show()
    qtbot.waitExposed(screen)
    tab.new_id.setText("B201")
    tab.new_name.setText("Agent Smit (fictief)")
    tab.new_passphrase.setText(NEW_PASSPHRASE)
    tab.new_passphrase_again.setText(NEW_PASSPHRASE)
    tab.add_button.setFocus()
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "toegevoegd" in tab.message.text(), timeout=10000)

    assert tab.focusWidget() is tab.add_button

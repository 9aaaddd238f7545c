from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from intake_app.forms.policy import load_policy
from intake_app.store.models import utc_now
from intake_app.ui.admin import AdminScreen
from tests.ui.admin.conftest import ADMIN_ID, Installed, cell

CANARY = "KANARIE-7f3a-Pietje-Puk-fictief"


def _make_intakes(installed: Installed) -> str:
    """One completed long ago, one completed today, one draft; returns the old one's reference."""
    store = installed.session.store
    days = load_policy().retention.completed_intake_days
    old = store.intakes.create(ADMIN_ID)
    store.intakes.finalise(old.id, ADMIN_ID, now=utc_now() - timedelta(days=days + 10))
    recent = store.intakes.create(ADMIN_ID)
    store.intakes.finalise(recent.id, ADMIN_ID)
    store.intakes.create(ADMIN_ID)
    return old.reference


def test_retention_period_is_said_in_plain_words(screen: AdminScreen) -> None:
    days = load_policy().retention.completed_intake_days

    assert f"{days} dagen" in screen.retention.period.text()
    assert "0 afgeronde" in screen.retention.expired.text()


def test_purge_runs_in_the_worker_and_reports_the_count(
    qtbot: QtBot, screen: AdminScreen, installed: Installed
) -> None:
    old_reference = _make_intakes(installed)
    screen.refresh()
    assert "1 afgeronde" in screen.retention.expired.text()

    screen.retention.purge_button.click()
    qtbot.waitUntil(lambda: "Opgeschoond" in screen.retention.message.text(), timeout=10000)

    assert "1 intake(s)" in screen.retention.message.text()
    assert "0 afgeronde" in screen.retention.expired.text()
    remaining = [i.reference for i in installed.session.store.intakes.case_list()]
    assert old_reference not in remaining and len(remaining) == 2
    assert installed.session.store.audit_entries(limit=1)[0].event == "purge"
    screen.audit.refresh()
    assert "opgeschoond: 1 intake(s)" in _audit_cells(screen)
    assert screen.retention.purge_button.isEnabled()


def test_purge_not_confirmed_deletes_nothing(screen: AdminScreen, installed: Installed) -> None:
    _make_intakes(installed)
    screen.dialogs.confirm = lambda question: False
    screen.retention.purge_button.click()

    assert not screen.busy
    assert len(installed.session.store.intakes.case_list()) == 3


def _audit_cells(screen: AdminScreen) -> list[str]:
    table = screen.audit.table
    return [
        cell(table, row, column).text()
        for row in range(table.rowCount())
        for column in range(table.columnCount())
    ]


def test_audit_log_shows_entries_without_answer_content(
    screen: AdminScreen, installed: Installed
) -> None:
    store = installed.session.store
    intake = store.intakes.create(ADMIN_ID)
    store.answers.save(intake.id, "victim_name", CANARY, "answered", ADMIN_ID)
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.audit)  # the log is read again when its tab is shown

    cells = _audit_cells(screen)
    assert "intake aangemaakt" in cells
    assert intake.reference in cells
    assert ADMIN_ID in cells
    assert not any(CANARY in cell for cell in cells)
    # The new store's own "open" has no officer; only a recovery-key unlock is called that.
    assert "(herstelsleutel)" not in cells
    assert "agent toegevoegd" in cells


def test_chain_check_reports_intact_calmly(qtbot: QtBot, screen: AdminScreen) -> None:
    screen.audit.check_button.click()

    qtbot.waitUntil(lambda: "In orde" in screen.audit.result.text(), timeout=10000)
    assert screen.audit.check_button.isEnabled()


def test_chain_check_finds_an_edited_entry(
    qtbot: QtBot, screen: AdminScreen, installed: Installed
) -> None:
    with installed.session.store.database.write_core() as connection:
        connection.exec_driver_sql("UPDATE audit_log SET officer_id = 'agent99' WHERE id = 2")
    screen.audit.check_button.click()

    qtbot.waitUntil(lambda: "afwijking" in screen.audit.result.text(), timeout=10000)
    assert "regel 2" in screen.audit.result.text()


def test_audit_log_shows_why_an_intake_was_reopened(
    screen: AdminScreen, installed: Installed
) -> None:
    store = installed.session.store
    intake = store.intakes.create(ADMIN_ID)
    store.intakes.finalise(intake.id, ADMIN_ID)
    store.intakes.amend(intake.id, ADMIN_ID, "Telefoonnummer verschreven (fictief)")
    store.intakes.finalise(intake.id, ADMIN_ID)
    store.intakes.amend(intake.id, ADMIN_ID, "Tweede verklaring toegevoegd (fictief)")
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.audit)

    table = screen.audit.table
    rows = {
        cell(table, row, 4).text()
        for row in range(table.rowCount())
        if cell(table, row, 1).text() == "afgeronde intake heropend"
    }
    assert rows == {
        "Telefoonnummer verschreven (fictief)",
        "Tweede verklaring toegevoegd (fictief)",
    }
    other = [cell(table, row, 4).text() for row in range(table.rowCount())]
    assert other.count("") == table.rowCount() - 2

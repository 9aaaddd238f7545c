"""Long work runs off the window's thread: the window keeps working, and a lock in the middle
leaves the views empty when the work finishes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from intake_app.session import Session
from intake_app.store.store import Store
from intake_app.ui.admin import AdminScreen, backup_tab
from tests.ui.admin.conftest import Installed


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # never leave a worker waiting after a failed test


def test_the_window_keeps_working_while_a_backup_runs(
    qtbot: QtBot,
    screen: AdminScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    release: threading.Event,
) -> None:
    def slow_backup(
        store: Store, target: Path, officer_id: str | None, progress: Callable[[float], None]
    ) -> None:
        progress(0.5)
        release.wait(30)
        progress(1.0)

    monkeypatch.setattr(backup_tab, "backup", slow_backup)
    screen.dialogs.ask_save_path = lambda title: tmp_path / "bureau.intake-backup"
    screen.backup.backup_button.click()

    # The progress arrives through the window's own event loop while the work still runs.
    qtbot.waitUntil(lambda: screen.backup.progress.value() == 50, timeout=10000)
    assert screen.busy
    assert not screen.backup.progress.isHidden()
    assert not screen.backup.backup_button.isEnabled()
    assert not screen.backup.restore_button.isEnabled()

    release.set()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10000)
    assert screen.backup.progress.value() == 100
    assert screen.backup.backup_button.isEnabled()


def test_locking_while_an_officer_is_added_leaves_the_views_empty(
    qtbot: QtBot,
    screen: AdminScreen,
    installed: Installed,
    monkeypatch: pytest.MonkeyPatch,
    release: threading.Event,
) -> None:
    real_add = Session.add_officer

    def slow_add(session: Session, officer_id: str, name: str, passphrase: str, role: str) -> None:
        release.wait(30)
        real_add(session, officer_id, name, passphrase, role)

    monkeypatch.setattr(Session, "add_officer", slow_add)
    tab = screen.officers
    tab.new_id.setText("B200")
    tab.new_name.setText("Agent Bakker (fictief)")
    tab.new_passphrase.setText("vier andere losse woorden")
    tab.new_passphrase_again.setText("vier andere losse woorden")
    tab.add_button.click()
    assert screen.busy

    screen.clear_personal_data()  # the window locks
    release.set()
    qtbot.waitUntil(lambda: not screen.busy, timeout=10000)

    assert tab.table.rowCount() == 0
    assert tab.message.text() == ""
    assert "B200" in {o.id for o in installed.session.vault.officers()}  # the work was done
    screen.refresh()  # the next unlock
    assert tab.table.rowCount() == 2

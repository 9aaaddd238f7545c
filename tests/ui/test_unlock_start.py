"""The unlock screen is ready to type before the vault has loaded (issue 18, start-up)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from intake_app.key_file_peek import officers_on_file
from intake_app.ui.main_window import MainWindow
from tests.ui.conftest import CHEAP_KDF, FakeClock
from tests.ui.flow import ADMIN_ID, ADMIN_NAME, first_run, open_window


def test_the_officers_are_listed_as_the_window_opens(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    first = open_window(qtbot, data_dir, clock)
    first_run(qtbot, first)
    first.close()

    window = MainWindow(data_dir=data_dir, kdf=CHEAP_KDF, clock=clock)
    qtbot.addWidget(window)
    # No event loop turn yet: nothing has come back from a worker.
    assert window.unlock.officer.count() == 1
    assert window.unlock.officer.currentData() == ADMIN_ID
    assert ADMIN_NAME in window.unlock.officer.currentText()
    assert window.unlock.unlock_button.isEnabled()


def test_a_file_it_does_not_understand_gives_no_list(tmp_path: Path) -> None:
    (tmp_path / "keys.json").write_text('{"officers": [1, 2]}', encoding="utf-8")
    assert officers_on_file(tmp_path) == []
    (tmp_path / "keys.json").write_text("not json", encoding="utf-8")
    assert officers_on_file(tmp_path) == []
    assert officers_on_file(tmp_path / "missing") == []

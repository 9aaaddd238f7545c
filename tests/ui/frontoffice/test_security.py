"""The privacy screen (F12), the idle lock and the lock's wipe cover the frontoffice screens:
the station's panel with its advice, and the frontoffice's queue, consult and advice form."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from intake_app.ui.main_window import MainWindow
from intake_app.ui.security.privacy_screen import PRIVACY_KEY
from tests.frontoffice.helpers import ADMIN, CANARY_ACCOUNT, PASSPHRASE
from tests.ui.conftest import FakeClock
from tests.ui.frontoffice.two_windows import (
    Pair,
    give_advice,
    import_advice,
    import_consult,
    open_summary,
    setup_pair,
    submit,
)

TYPED = "Nog niet vastgelegd advies (fictief)"


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def _everything_shown(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> Pair:
    """The station's summary with advice; the frontoffice in the middle of a new advice."""
    pair = setup_pair(qtbot, tmp_path, clock)
    open_summary(pair.station, pair.reference)
    submit(pair.station, pair.files)
    pair.frontoffice.show_home()
    import_consult(pair.frontoffice, next(pair.files.iterdir()))
    desk = pair.frontoffice.frontoffice.desk
    desk.queue.open_button.click()
    out = tmp_path / "advice-out"
    out.mkdir()
    give_advice(pair.frontoffice, out, "Spoed (fictief)")
    import_advice(pair.station, next(out.iterdir()))
    assert pair.station.frontoffice.panel.advice.text()
    desk.consult.advise_button.click()
    desk.advice_form.text.setPlainText(TYPED)
    return pair


def _wiped(window: MainWindow) -> None:
    hookup = window.frontoffice
    desk = hookup.desk
    assert window.is_locked() and window.screens.currentWidget() is window.unlock
    assert desk.queue.row_count() == 0 and desk.queue.row_ids() == []
    assert desk.consult.text.toPlainText() == "" and desk.consult.series.text() == ""
    assert desk.advice_form.text.toPlainText() == "" and not desk.advice_form.ex_officio.isChecked()
    assert hookup.panel.advice.text() == "" and hookup.panel.status.text() == ""
    assert not hookup.panel.isVisibleTo(window.summary)
    assert not hookup.import_action.isVisible() and hookup.last_message == ""
    assert window.statusBar().currentMessage() == ""


def test_the_privacy_key_covers_the_frontoffice_screens(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = _everything_shown(qtbot, tmp_path, clock)
    frontoffice, station = pair.frontoffice, pair.station
    assert frontoffice.screens.currentWidget() is frontoffice.frontoffice.desk
    # F12: (two windows share this test's application; the one made last hears the key first)
    qtbot.keyClick(frontoffice.frontoffice.desk.advice_form.text, PRIVACY_KEY)
    assert frontoffice.privacy.is_active() and frontoffice.privacy.cover.isVisible()
    assert frontoffice.privacy.cover.geometry() == frontoffice.rect()
    frontoffice.privacy.reveal()
    assert frontoffice.frontoffice.desk.advice_form.text.toPlainText() == TYPED  # not cleared
    # The station's summary with the advice: the toolbar's "Scherm verbergen" does the same.
    assert station.screens.currentWidget() is station.summary
    station.hide_action.trigger()
    assert station.privacy.is_active() and station.privacy.cover.geometry() == station.rect()
    station.privacy.reveal()
    assert station.frontoffice.panel.advice.text()


def test_the_idle_lock_wipes_the_frontoffice_screens(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = _everything_shown(qtbot, tmp_path, clock)
    assert CANARY_ACCOUNT in pair.frontoffice.frontoffice.desk.consult.text.toPlainText()
    for window in (pair.frontoffice, pair.station):
        clock.now += window.form.policy.idle_lock_minutes * 60 + 1
        window.idle_lock.check()
        _wiped(window)


def test_locking_wipes_them_and_unlocking_shows_the_queue_again(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    from tests.ui.flow import unlock

    pair = _everything_shown(qtbot, tmp_path, clock)
    pair.frontoffice.lock()
    pair.station.lock()
    _wiped(pair.frontoffice)
    _wiped(pair.station)
    unlock(qtbot, pair.frontoffice, PASSPHRASE)
    desk = pair.frontoffice.frontoffice.desk
    qtbot.waitUntil(lambda: pair.frontoffice.screens.currentWidget() is desk, timeout=10000)
    assert desk.queue.row_count() == 1 and desk.advice_form.text.toPlainText() == ""


def test_the_window_still_shows_before_the_store_loads() -> None:
    """The frontoffice screens come with the window; the store, the keys and the domain must
    still arrive later, on the preloading thread (ui/preload.py)."""
    import subprocess
    import sys

    probe = (
        "import sys, intake_app.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'intake_app.store', 'intake_app.vault', 'intake_app.consultation', "
        "'intake_app.frontoffice', 'sqlalchemy', 'cryptography'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

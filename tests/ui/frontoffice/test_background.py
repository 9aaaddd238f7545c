"""The consult package is made on a worker: the window stays live, and a lock at any moment
leaves no package without its record and no PDF without its audit entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from intake_app.consultation import Consultation
from intake_app.forms.loader import load_form
from intake_app.store.database import StoreClosed
from intake_app.ui.frontoffice.dialogs import PACKAGE_SUFFIX
from intake_app.ui.frontoffice.station_panel import write_consult
from tests.frontoffice.helpers import (
    ADMIN,
    PASSPHRASE,
    session_at,
    station_trusting_frontoffice,
)
from tests.ui.conftest import FakeClock
from tests.ui.frontoffice.two_windows import open_summary, settle, setup_pair


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def test_a_lock_while_the_package_is_made_leaves_it_whole(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = setup_pair(qtbot, tmp_path, clock)
    station = pair.station
    open_summary(station, pair.reference)
    panel = station.frontoffice.panel
    station.frontoffice.dialogs.ask_folder = lambda title: pair.files
    station.frontoffice.dialogs.confirm = lambda question: True
    panel.with_pdf.setChecked(True)
    panel.submit_button.click()
    assert panel.busy and not panel.submit_button.isEnabled()
    station.lock()  # at once: the worker may be anywhere in its work
    settle(lambda: True)
    QTest.qWait(50)  # an outcome delivered now must not reach the emptied panel
    assert panel.message.text() == "" and not panel.isVisible()

    packages = list(pair.files.glob(f"*{PACKAGE_SUFFIX}"))
    pdfs = list(pair.files.glob("*.pdf"))
    session = session_at(pair.station_dir)
    try:
        store = session.store
        (intake,) = [c for c in store.intakes.case_list() if c.reference == pair.reference]
        submissions = session.store.frontoffice.submissions(intake.id)
        audited_pdfs = [e for e in store.audit_entries() if e.details.get("what") == "consult_pdf"]
    finally:
        session.close()
    assert len(packages) == len(submissions) <= 1
    assert len(pdfs) == len(audited_pdfs) <= len(packages)


def test_the_window_stays_live_while_the_package_is_made(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = setup_pair(qtbot, tmp_path, clock)
    station = pair.station
    open_summary(station, pair.reference)
    panel = station.frontoffice.panel
    station.frontoffice.dialogs.ask_folder = lambda title: pair.files
    station.frontoffice.dialogs.confirm = lambda question: True
    panel.with_pdf.setChecked(True)
    panel.submit_button.click()
    # The click returned before the package existed; the officer is told it is being made.
    assert "wordt gemaakt" in panel.message.text()
    settle(lambda: not panel.busy)
    assert "opgeslagen als" in panel.message.text()
    assert len(list(pair.files.glob(f"*{PACKAGE_SUFFIX}"))) == 1
    assert len(list(pair.files.glob("*.pdf"))) == 1


def test_a_pdf_whose_export_cannot_be_audited_is_not_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock reached the store between the PDF's file and its audit entry: the unencrypted
    copy goes; the package, already recorded as submitted, stays."""
    station_dir, reference = station_trusting_frontoffice(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    session = session_at(station_dir)
    try:
        work = Consultation(session)

        def closed(*_args: object, **_kwargs: object) -> None:
            raise StoreClosed()

        monkeypatch.setattr(session.store, "record_event", closed)
        with pytest.raises(StoreClosed):
            write_consult(work, load_form(), reference, out, with_pdf=True)
        assert [p.suffix for p in out.iterdir()] == [PACKAGE_SUFFIX]
        (intake,) = session.store.intakes.case_list()
        assert len(session.store.frontoffice.submissions(intake.id)) == 1
    finally:
        session.close()

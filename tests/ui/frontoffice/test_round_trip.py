"""The whole round trip through two windows: a station puts an intake to the frontoffice, the
frontoffice reads it in, advises, and the station reads the advice back (R1, R7, R10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.frontoffice.helpers import ADMIN, CANARY_ACCOUNT, CANARY_NAME, NOORD, PASSPHRASE
from tests.ui.conftest import FakeClock
from tests.ui.frontoffice.two_windows import (
    ADVISER,
    give_advice,
    import_advice,
    import_consult,
    open_summary,
    setup_pair,
    submit,
)

URGENT = "Offlimits vandaag laten meekijken (fictief)"


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def test_consult_and_advice_go_round_through_both_windows(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = setup_pair(qtbot, tmp_path, clock)
    station, frontoffice = pair.station, pair.frontoffice
    # The frontoffice's window opens on its queue, not on a station's case list.
    frontoffice.show_home()
    assert frontoffice.screens.currentWidget() is frontoffice.frontoffice.desk
    assert not frontoffice.frontoffice.import_action.isVisible()
    assert frontoffice.home_action.text() == "Voorleggingen"
    assert station.home_action.text() == "Intakes"

    open_summary(station, pair.reference)
    panel = station.frontoffice.panel
    assert panel.isVisibleTo(station.summary) and panel.submit_button.isEnabled()
    assert "Nog niet voorgelegd" in panel.status.text()
    warnings = submit(station, pair.files, with_pdf=True)
    [warning] = warnings
    assert str(pair.files) in warning and "TSM Fictief-Oost" in warning
    assert "NIET versleuteld" in warning  # the PDF's warning
    packages = sorted(pair.files.glob("*.intake-pakket"))
    assert len(packages) == 1 and len(list(pair.files.glob("*.pdf"))) == 1
    assert pair.reference not in packages[0].name
    assert "Voorgelegd op" in panel.status.text()
    data = packages[0].read_bytes()
    assert CANARY_NAME.encode() not in data and CANARY_ACCOUNT.encode() not in data

    said = import_consult(frontoffice, packages[0])
    assert pair.reference in said and NOORD in said
    desk = frontoffice.frontoffice.desk
    assert desk.queue.row_count() == 1
    assert desk.queue.text(0, 0) == "SPOED"  # a deadline within 48 hours
    desk.queue.open_button.click()
    assert desk.currentWidget() is desk.consult
    shown = desk.consult.text.toPlainText()
    assert pair.reference in desk.consult.title.text() and NOORD in desk.consult.title.text()
    assert CANARY_ACCOUNT in shown and CANARY_NAME not in shown
    assert desk.consult.text.isReadOnly()

    advice_dir = tmp_path / "advice-out"
    advice_dir.mkdir()
    give_advice(frontoffice, advice_dir, URGENT)
    assert desk.currentWidget() is desk.consult, desk.advice_form.message.text()
    [advice_file] = advice_dir.iterdir()
    assert "Advies vastgelegd" in desk.consult.message.text()
    assert URGENT in desk.consult.text.toPlainText()
    desk.consult.back_button.click()
    assert desk.queue.text(0, 4).startswith("gegeven")

    said = import_advice(station, advice_file)
    assert pair.reference in said and ADVISER in said
    advice = panel.advice.text()
    assert advice.startswith("Advies van de TSM-frontoffice: " + ADVISER)
    assert advice.splitlines()[1] == "Spoed: " + URGENT  # urgent first
    assert "Het basisteam handelt af" in advice and "Slachtofferhulp Nederland" in advice
    assert "Ambtshalve opsporing: nu niet" not in advice

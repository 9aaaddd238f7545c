"""The frontoffice screens in English: every text on them translated, refusals included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intake_app.ui.language import install_language
from tests.frontoffice.helpers import ADMIN, PASSPHRASE
from tests.ui.conftest import FakeClock
from tests.ui.frontoffice.two_windows import (
    give_advice,
    import_advice,
    import_consult,
    open_summary,
    setup_pair,
    submit,
)
from tests.ui.test_translations import untranslated_dutch


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "en") == "en"
    yield
    install_language(qapp, "nl")  # the other tests read the Dutch interface


def test_the_round_trip_reads_english_and_so_do_its_refusals(
    english: None, qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = setup_pair(qtbot, tmp_path, clock, language="en")
    station, frontoffice = pair.station, pair.frontoffice
    station.show_admin()
    assert untranslated_dutch(station.admin) == set()
    open_summary(station, pair.reference)
    panel = station.frontoffice.panel
    assert panel.submit_button.text() == "Put to the frontoffice…"
    [warning] = submit(station, pair.files)
    assert warning.startswith("The consult of " + pair.reference)
    assert panel.status.text().startswith("Put to the frontoffice on")
    assert untranslated_dutch(station) == set()

    frontoffice.show_home()
    package = next(pair.files.iterdir())
    assert import_consult(frontoffice, package).startswith("Consult " + pair.reference)
    said = import_consult(frontoffice, package)
    assert "was read here before" in said and "Nothing was changed" in said
    desk = frontoffice.frontoffice.desk
    assert untranslated_dutch(frontoffice) == set()
    desk.queue.open_button.click()
    assert "ASSESSMENT (triage)" in desk.consult.text.toPlainText()
    assert untranslated_dutch(frontoffice) == set()
    out = tmp_path / "out"
    out.mkdir()
    give_advice(frontoffice, out, "Urgent step (fictional)")
    assert untranslated_dutch(frontoffice) == set()
    advice = next(out.iterdir())
    import_advice(station, advice)
    assert panel.advice.text().startswith("Advice of the TSM frontoffice: ")
    assert "The basisteam handles it, with this advice" in panel.advice.text()
    said = import_advice(station, advice)
    assert "was read here before" in said

"""The training environment: a fictional frontoffice beside the training station, with
fictional consults to practise on; training packages are marked and a real installation
refuses them (and never trusts the fictional keys)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from intake_app.consultation import Consultation, ConsultationError
from intake_app.forms.loader import load_form
from intake_app.frontoffice.errors import PackageTrainingMismatch
from intake_app.frontoffice.package import read_package
from intake_app.frontoffice.training_keys import training_frontoffice, training_stations
from intake_app.training import open_training_session
from intake_app.training_identity import (
    FRONTOFFICE_TRAINING_FOLDER,
    TRAINING_FOLDER,
    TRAINING_PASSPHRASE,
)
from tests.frontoffice.helpers import (
    ADMIN,
    PASSPHRASE,
    REGION,
    new_installation,
    run,
    session_at,
)
from tests.ui.conftest import CHEAP_KDF, FakeClock
from tests.ui.flow import open_window, unlock


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def test_the_training_frontoffice_has_fictional_consults_and_a_series(tmp_path: Path) -> None:
    form = load_form()
    session = open_training_session(tmp_path / FRONTOFFICE_TRAINING_FOLDER, form, kdf=CHEAP_KDF)
    try:
        desk = Consultation(session, training=True)
        queue = desk.queue()
        assert [(e.station, e.reference) for e in queue] == [
            ("Oefenbureau (fictief)", "2026-0001"),  # the sextortion with a deadline: urgent
            ("Oefenbureau Zuid (fictief)", "2026-0042"),
            ("Oefenbureau (fictief)", "2026-0002"),
        ]
        assert queue[0].urgent and all(e.training for e in queue)
        assert [e.series for e in queue] == [1, 1, 0]
        [match] = desk.matches(queue[0].id)
        assert (match.station, match.reference) == ("Oefenbureau Zuid (fictief)", "2026-0042")
    finally:
        session.close()
    station = open_training_session(tmp_path / TRAINING_FOLDER, form, kdf=CHEAP_KDF)
    try:
        work = Consultation(station, training=True)
        cases = sorted(station.store.intakes.case_list(), key=lambda case: case.id)
        assert [len(work.records.submissions(case.id)) for case in cases] == [1, 1, 0]
        assert work.records.active_peer("frontoffice") is not None
    finally:
        station.close()


def test_a_real_installation_refuses_training_packages_and_keys(tmp_path: Path) -> None:
    form = load_form()
    training = open_training_session(tmp_path / TRAINING_FOLDER, form, kdf=CHEAP_KDF)
    try:
        work = Consultation(training, training=True)
        third = sorted(training.store.intakes.case_list(), key=lambda case: case.id)[2]
        package = work.export_consult(third.reference, form).data
    finally:
        training.close()
    assert read_package(package)[0].training  # marked in the header, readable by anyone

    real_fo = tmp_path / "real-frontoffice"
    new_installation(real_fo, None)
    assert run(real_fo, "frontoffice", "init", "--region", REGION).code == 0
    (tmp_path / "training.pkg").write_bytes(package)
    refused = run(real_fo, "consult", "import", str(tmp_path / "training.pkg"))
    assert refused.code == 6 and "[package.training]" in refused.err, refused
    session = session_at(real_fo)
    try:
        assert session.store.scalar("SELECT count(*) FROM fo_consults") == 0
        assert session.store.scalar("SELECT count(*) FROM fo_packages_seen") == 0
        real = Consultation(session)
        with pytest.raises(PackageTrainingMismatch):
            real.import_consult(package)
        fictional = training_stations()[0]
        with pytest.raises(ConsultationError) as problem:
            real.trust(fictional.public.to_file(), "station", fictional.fingerprint)
        assert problem.value.code == "consultation.training_key"
        assert session.store.scalar("SELECT count(*) FROM fo_peers") == 0
    finally:
        session.close()

    real_station = tmp_path / "real-station"
    new_installation(real_station, "Oefenbureau (fictief)")
    session = session_at(real_station)
    try:
        fo = training_frontoffice()
        with pytest.raises(ConsultationError):
            Consultation(session).trust(fo.public.to_file(), "frontoffice", fo.fingerprint)
    finally:
        session.close()


def test_the_training_frontoffice_window_opens_on_its_queue(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    window = open_window(qtbot, tmp_path / FRONTOFFICE_TRAINING_FOLDER, clock, training=True)
    unlock(qtbot, window, TRAINING_PASSPHRASE)
    desk = window.frontoffice.desk
    qtbot.waitUntil(lambda: window.screens.currentWidget() is desk, timeout=20000)
    assert window.training_banner.isVisible()
    assert desk.queue.row_count() == 3
    assert desk.queue.text(0, 0) == "SPOED"
    assert desk.queue.text(0, 2).endswith("(oefening)")

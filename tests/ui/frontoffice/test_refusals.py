"""Every refusal in the window says why in words an officer understands, and changes nothing:
a misheard fingerprint, an untrusted, altered, replayed or revoked sender, an advice for
another station or for an intake no longer here, and (English) the same through problems.py."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from intake_app.frontoffice.errors import (
    FingerprintMismatch,
    PackageAltered,
    PackageReplayed,
    PackageTrainingMismatch,
    PackageUntrusted,
    PackageWrongReceiver,
    UnknownIntake,
)
from intake_app.problems import describe
from intake_app.store.models import utc_now
from intake_app.store.retention import purge_expired
from intake_app.ui.main_window import MainWindow
from tests.frontoffice.helpers import (
    ADMIN,
    NOORD,
    PASSPHRASE,
    SHARED_PHONE,
    ZUID,
    fingerprint_in,
    new_installation,
    run,
    session_at,
    sextortion_intake,
)
from tests.ui.conftest import FakeClock
from tests.ui.flow import unlock
from tests.ui.frontoffice.two_windows import (
    give_advice,
    import_advice,
    import_consult,
    open_summary,
    setup_pair,
    submit,
    trust_in_window,
)


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def _flip_ciphertext(package: bytes) -> bytes:
    document = json.loads(package)
    raw = bytearray(base64.b64decode(document["ciphertext"]))
    raw[len(raw) // 2] ^= 0x01
    document["ciphertext"] = base64.b64encode(bytes(raw)).decode("ascii")
    return json.dumps(document).encode("ascii")


def _count(window: MainWindow, table: str) -> int:
    assert window.session is not None
    return int(window.session.store.scalar(f"SELECT count(*) FROM {table}"))  # noqa: S608


def _newest(folder: Path, before: set[Path]) -> Path:
    [made] = set(folder.iterdir()) - before
    return made


def test_every_refusal_is_said_in_words_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    pair = setup_pair(qtbot, tmp_path, clock)
    station, frontoffice, share = pair.station, pair.frontoffice, pair.files
    desk = frontoffice.frontoffice.desk
    frontoffice.show_home()

    # A second station, Zuid, set up by its administrator on the command line.
    zuid = tmp_path / "zuid"
    new_installation(zuid, ZUID)
    zuid_reference = sextortion_intake(zuid, ZUID, [{"kind": "phone", "value": SHARED_PHONE}])
    fo_key = next((tmp_path / "fo-key").iterdir())
    fo_fingerprint = frontoffice.admin.frontoffice.own_key.text().splitlines()[1]
    trusted = run(
        zuid, "station", "trust-frontoffice", str(fo_key), "--fingerprint", fo_fingerprint
    )
    assert trusted.code == 0, trusted
    zuid_key = tmp_path / "zuid.pub"
    zuid_fingerprint = fingerprint_in(run(zuid, "station", "key", "export", str(zuid_key)).out)
    zuid_consult = tmp_path / "zuid-consult.intake-pakket"
    assert run(zuid, "consult", "export", zuid_reference, str(zuid_consult)).code == 0

    # Untrusted sender.
    said = import_consult(frontoffice, zuid_consult)
    assert "niet in de lijst van vertrouwde sleutels" in said and "niets gewijzigd" in said
    assert desk.queue.row_count() == 0 and _count(frontoffice, "fo_consults") == 0

    # Altered on the way.
    open_summary(station, pair.reference)
    submit(station, share)
    [package] = share.iterdir()
    altered = tmp_path / "altered.intake-pakket"
    altered.write_bytes(_flip_ciphertext(package.read_bytes()))
    said = import_consult(frontoffice, altered)
    assert "gewijzigd" in said and desk.queue.row_count() == 0

    # The real one, then the same file again: replayed.
    assert pair.reference in import_consult(frontoffice, package)
    said = import_consult(frontoffice, package)
    assert "geweigerd" in said and "niets gewijzigd" in said
    assert desk.queue.row_count() == 1 and _count(frontoffice, "fo_packages_seen") == 1

    # A misheard fingerprint trusts nothing; the right one does, and Zuid's consult is a
    # possible series with Noord's (the same phone number, written the same).
    said = trust_in_window(frontoffice, zuid_key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert "Vertrouw het bestand niet" in said and "niets gewijzigd" in said
    assert _count(frontoffice, "fo_peers") == 1
    assert "Vertrouwd" in trust_in_window(frontoffice, zuid_key, zuid_fingerprint)
    frontoffice.show_home()
    said = import_consult(frontoffice, zuid_consult)
    assert "Mogelijke serie" in said
    zuid_row = next(row for row in range(desk.queue.row_count()) if desk.queue.text(row, 1) == ZUID)
    desk.queue.table.selectRow(zuid_row)
    desk.queue.open_button.click()
    assert f"{NOORD} {pair.reference}" in desk.consult.series.text()

    # Zuid's advice, read in at Noord: for another station.
    advice_out = tmp_path / "advice-out"
    advice_out.mkdir()
    give_advice(frontoffice, advice_out, "Spoed voor Zuid (fictief)")
    zuid_advice = _newest(advice_out, set())
    said = import_advice(station, zuid_advice)
    assert "niet voor deze installatie" in said and "niets gewijzigd" in said
    assert _count(station, "fo_advice") == 0
    assert station.frontoffice.panel.advice.text() == ""

    # Altered advice.
    altered_advice = tmp_path / "altered-advice.intake-pakket"
    altered_advice.write_bytes(_flip_ciphertext(zuid_advice.read_bytes()))
    assert "gewijzigd" in import_advice(station, altered_advice)

    # An advice for an intake that left this laptop by retention: unknown intake.
    second = sextortion_intake_in_window(station, pair.station_dir, qtbot, clock)
    open_summary(station, second)
    before = set(share.iterdir())
    submit(station, share)
    frontoffice.show_home()
    import_consult(frontoffice, _newest(share, before))
    second_row = next(
        row
        for row in range(desk.queue.row_count())
        if desk.queue.text(row, 2) == second and desk.queue.text(row, 1) == NOORD
    )
    desk.queue.table.selectRow(second_row)
    desk.queue.open_button.click()
    before = set(advice_out.iterdir())
    give_advice(frontoffice, advice_out, "Spoed (fictief)")
    late_advice = _newest(advice_out, before)
    station.lock()
    session = session_at(pair.station_dir)
    try:
        intake = next(i for i in session.store.intakes.case_list() if i.reference == second)
        session.store.intakes.finalise(intake.id, ADMIN)
        assert purge_expired(session.store, ADMIN, 90, now=utc_now() + timedelta(days=91)) == 1
    finally:
        session.close()
    unlock(qtbot, station, PASSPHRASE)
    qtbot.waitUntil(lambda: station.session is not None, timeout=10000)
    said = import_advice(station, late_advice)
    assert "staat niet op deze laptop" in said and _count(station, "fo_advice") == 0

    # A revoked station key: its packages are refused from then on.
    frontoffice.show_admin()
    tab = frontoffice.admin.frontoffice
    tab.table.selectRow(tab._fingerprints.index(zuid_fingerprint))
    tab.revoke_button.click()
    assert "ingetrokken" in tab.message.text()
    later = tmp_path / "later.intake-pakket"
    assert run(zuid, "consult", "export", zuid_reference, str(later)).code == 0
    frontoffice.show_home()
    consults = _count(frontoffice, "fo_consults")
    said = import_consult(frontoffice, later)
    assert "ingetrokken" in said and _count(frontoffice, "fo_consults") == consults


def sextortion_intake_in_window(
    window: MainWindow, folder: Path, qtbot: QtBot, clock: FakeClock
) -> str:
    """A second intake at the station: made with the window locked (one opener at a time)."""
    window.lock()
    reference = sextortion_intake(
        folder, NOORD, [{"kind": "email", "value": "x@voorbeeld.example"}]
    )
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    return reference


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        (PackageUntrusted("Bureau X", "AAAA-BBBB", revoked=False), "not in the list of trusted"),
        (PackageUntrusted("Bureau X", "AAAA-BBBB", revoked=True), "has been revoked"),
        (PackageAltered(), "changed after it was signed"),
        (PackageReplayed("abc", "al gezien"), "was read here before"),
        (PackageWrongReceiver("Bureau Y"), "meant for 'Bureau Y'"),
        (UnknownIntake("2026-0009"), "intake 2026-0009, which is not on this laptop"),
        (PackageTrainingMismatch(True), "training package"),
        (FingerprintMismatch("AAAA", "BBBB"), "call the sender back"),
    ],
)
def test_the_refusals_have_english_words(problem: Exception, words: str) -> None:
    text = describe(problem, "en")
    assert words in text and "nothing was changed" in text.lower()

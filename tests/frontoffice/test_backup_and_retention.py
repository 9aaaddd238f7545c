"""Backup, restore and retention cover the frontoffice's consults, advice and package ids; a
restore from an older backup cannot be used to replay a package (R1)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from intake_app.frontoffice.package import seal
from intake_app.store.frontoffice import purge_expired_consults
from intake_app.store.models import utc_now
from tests.frontoffice.helpers import (
    ADMIN,
    NOORD,
    PASSPHRASE,
    REGION,
    SHARED_PHONE,
    Result,
    fingerprint_in,
    new_installation,
    run,
    session_at,
    sextortion_intake,
)

ADVICE = {"handling": "tsm", "ex_officio": {"considered": False}}


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def _pair(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    noord, fo = tmp_path / "noord", tmp_path / "frontoffice"
    new_installation(noord, NOORD)
    new_installation(fo, None)
    references = [
        sextortion_intake(noord, NOORD, [{"kind": "phone", "value": SHARED_PHONE}])
        for _ in range(3)
    ]
    assert run(fo, "frontoffice", "init", "--region", REGION).code == 0
    fo_fp = fingerprint_in(run(fo, "frontoffice", "key", "export", str(tmp_path / "f.pub")).out)
    st_fp = fingerprint_in(run(noord, "station", "key", "export", str(tmp_path / "n.pub")).out)
    trust_fo = ("station", "trust-frontoffice", str(tmp_path / "f.pub"), "--fingerprint", fo_fp)
    assert run(noord, *trust_fo).code == 0
    trust_st = ("frontoffice", "trust-station", str(tmp_path / "n.pub"), "--fingerprint", st_fp)
    assert run(fo, *trust_st).code == 0
    return noord, fo, references


def _consult(noord: Path, reference: str, file: Path) -> Path:
    result = run(noord, "consult", "export", reference, str(file))
    assert result.code == 0, result
    return file


def test_a_restore_from_an_older_backup_still_refuses_replays(tmp_path: Path) -> None:
    noord, fo, (first, second, third) = _pair(tmp_path)
    before = _consult(noord, first, tmp_path / "1.pkg")
    assert run(fo, "consult", "import", str(before)).code == 0
    backup = tmp_path / "fo.backup"
    assert run(fo, "backup", str(backup)).code == 0
    after = _consult(noord, second, tmp_path / "2.pkg")
    assert run(fo, "consult", "import", str(after)).code == 0  # imported after the backup

    restored = tmp_path / "restored"
    done = run(restored, "restore", str(backup))
    assert done.code == 0, done

    # The backup holds the consult, the keys and the id of the package imported before it.
    replay_before = run(restored, "consult", "import", str(before))
    assert "[package.replayed]" in replay_before.err and "al ingelezen" in replay_before.err
    # The package imported after the backup: its id is gone with the restore, but it is held.
    replay_after: Result = run(restored, "consult", "import", str(after))
    assert replay_after.code == 6 and "[package.replayed]" in replay_after.err
    assert "--after-restore" in replay_after.err
    # An administrator who checked it accepts it, audited; then it is an ordinary replay.
    assert run(restored, "consult", "import", str(after), "--after-restore").code == 0
    assert "[package.replayed]" in run(restored, "consult", "import", str(after)).err

    # Packages made after the restore import as usual.
    session = session_at(noord)
    try:
        station_key = session.store.frontoffice.own_key()
        frontoffice = session.store.frontoffice.active_peer("frontoffice")
        assert station_key is not None and frontoffice is not None
    finally:
        session.close()
    opened_session = session_at(tmp_path / "frontoffice")
    try:
        record = opened_session.store.frontoffice.consults(first)[0]
    finally:
        opened_session.close()
    fresh, _ = seal(
        record.content.model_copy(update={"reference": third}).document(),
        "consult",
        station_key,
        frontoffice,
        training=False,
        now=utc_now() + timedelta(hours=2),
    )
    (tmp_path / "3.pkg").write_bytes(fresh)
    assert run(restored, "consult", "import", str(tmp_path / "3.pkg")).code == 0

    session = session_at(restored)
    try:
        events = [(e.event, e.details.get("action")) for e in session.store.audit_entries()]
        assert ("backup", "restore_fence") in events
        assert session.store.scalar("SELECT count(*) FROM fo_consults") == 3
        assert session.store.frontoffice.own_key() is not None  # the private key came back
    finally:
        session.close()


def test_retention_removes_advised_consults_but_keeps_their_package_ids(tmp_path: Path) -> None:
    noord, fo, (first, second, _third) = _pair(tmp_path)
    package = _consult(noord, first, tmp_path / "1.pkg")
    assert run(fo, "consult", "import", str(package)).code == 0
    assert run(fo, "consult", "import", str(_consult(noord, second, tmp_path / "2.pkg"))).code == 0
    advice = tmp_path / "advice.json"
    advice.write_text(json.dumps(ADVICE), encoding="utf-8")
    assert run(fo, "advice", "record", first, str(advice)).code == 0

    session = session_at(fo)
    try:
        later = utc_now() + timedelta(days=91)
        assert purge_expired_consults(session.store.frontoffice, ADMIN, 90, later) == 1
        store = session.store
        assert store.scalar("SELECT count(*) FROM fo_consults") == 1  # not advised: stays
        assert store.scalar("SELECT count(*) FROM fo_advice") == 0
        assert store.scalar("SELECT count(*) FROM fo_consult_identifiers") == 1
        assert store.scalar("SELECT count(*) FROM fo_packages_seen") == 2
    finally:
        session.close()
    assert "[package.replayed]" in run(fo, "consult", "import", str(package)).err


def test_retention_at_the_station_takes_submissions_and_advice_with_the_intake(
    tmp_path: Path,
) -> None:
    noord, fo, (first, _second, _third) = _pair(tmp_path)
    assert run(fo, "consult", "import", str(_consult(noord, first, tmp_path / "1.pkg"))).code == 0
    advice = tmp_path / "advice.json"
    advice.write_text(json.dumps(ADVICE), encoding="utf-8")
    assert run(fo, "advice", "record", first, str(advice)).code == 0
    assert run(fo, "advice", "export", first, str(tmp_path / "a.pkg")).code == 0
    assert run(noord, "advice", "import", str(tmp_path / "a.pkg")).code == 0

    from intake_app.store.retention import purge_expired

    session = session_at(noord)
    try:
        store = session.store
        intake = next(i for i in store.intakes.case_list() if i.reference == first)
        store.intakes.finalise(intake.id, ADMIN)
        assert purge_expired(store, ADMIN, 90, now=utc_now() + timedelta(days=91)) == 1
        assert store.scalar("SELECT count(*) FROM fo_advice") == 0
        assert store.scalar("SELECT count(*) FROM fo_submissions") == 0
        assert store.scalar("SELECT count(*) FROM fo_packages_seen") == 1
    finally:
        session.close()

"""Security: no personal data in the clear anywhere on disk, in logs or in the audit log.

Unique canary strings go into every kind of answer, identifiers, consents, an amendment reason
and an officer's name; the intakes are worked through, backed up, purged and closed. Then every
file under the data, temp, settings and cache folders is scanned as bytes in UTF-8 and UTF-16.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake_app.paths import data_dir
from intake_app.session import first_run, open_session
from intake_app.store.backup import backup, restore
from intake_app.store.errors import InvalidValue
from intake_app.store.records import NewIdentifier
from intake_app.store.retention import purge_expired
from intake_app.store.store import Store
from intake_app.store.verify import verify
from intake_app.vault import KdfParams
from tests.store.conftest import OFFICER

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)


class Canaries:
    def __init__(self) -> None:
        self.planted: list[str] = []

    def __call__(self, label: str) -> str:
        value = f"CANARY-{label}-{uuid.uuid4().hex}"
        self.planted.append(value)
        return value


def _encodings(value: str) -> list[bytes]:
    return [value.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


def _files_containing(root: Path, canaries: list[str]) -> list[str]:
    patterns = [(canary, form) for canary in canaries for form in _encodings(canary)]
    found: list[str] = []
    for path in root.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found.extend(f"{path}: {canary}" for canary, form in patterns if form in content)
    return found


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_no_canary_reaches_any_file_log_or_audit_entry(
    private_temp: Path,
    store_dir: Path,
    data_key: bytes,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    plant = Canaries()
    store = Store.create(store_dir, data_key)
    store.officers.ensure(OFFICER, plant("officer-name"), "admin")
    long_ago = datetime.now(UTC) - timedelta(days=400)
    for number in range(3):
        intake = store.intakes.create(OFFICER, now=long_ago if number == 0 else None)
        save = store.answers.save
        save(intake.id, "victim_first_name", plant("text"), "answered", OFFICER)
        save(intake.id, "incident_story", plant("long") + " lorem" * 2000, "answered", OFFICER)
        save(intake.id, "incident_places", [plant("choice"), plant("choice2")], "answered", OFFICER)
        save(intake.id, "suspects#1.details", {"name": plant("nested")}, "answered", OFFICER)
        save(intake.id, "suspects#2.name", plant("replaced"), "answered", OFFICER)
        save(intake.id, "suspects#2.name", None, "declined", OFFICER)
        save(intake.id, "suspects#3.name", plant("removed"), "answered", OFFICER)
        store.answers.remove(intake.id, "suspects#3.name", OFFICER)
        store.identifiers.replace(
            intake.id,
            "suspects#1.contact",
            [NewIdentifier("handle", plant("raw-id"), plant("normalised-id"))],
            OFFICER,
        )
        with pytest.raises(InvalidValue, match="code"):  # services are codes, never free text
            store.consents.record(intake.id, plant("service"), "victim", OFFICER)
        store.consents.record(intake.id, "csg", "parent_or_guardian", OFFICER)
        store.intakes.finalise(intake.id, OFFICER, now=long_ago if number == 0 else None)
        store.intakes.amend(intake.id, OFFICER, plant("reason")) if number == 1 else None
        store.letters.record(intake.id, "offlimits", OFFICER)
        store.answers.load(intake.id)
        store.identifiers.find(f"CANARY-{number}")
    (tmp_path / "backups").mkdir()
    backup(store, tmp_path / "backups" / "backup.zip")
    purge_expired(store, OFFICER, retention_days=90)
    assert verify(store).ok
    audit_text = json.dumps([entry.__dict__ for entry in store.audit_entries()])
    store.close()
    restore(tmp_path / "backups" / "backup.zip", tmp_path / "restored")
    with Store.open(tmp_path / "restored", data_key) as restored:
        restored.intakes.case_list()

    captured = capfd.readouterr()
    assert len(plant.planted) > 20
    assert _files_containing(tmp_path, plant.planted) == []
    assert [c for c in plant.planted if c in captured.out + captured.err + audit_text] == []


def test_the_scan_would_find_a_canary_written_in_the_clear(tmp_path: Path) -> None:
    canary = Canaries()("control")
    (tmp_path / "plain.txt").write_bytes(canary.encode("utf-16-le"))

    assert _files_containing(tmp_path, [canary]) != []


def test_no_answer_passphrase_recovery_key_or_data_key_on_disk_after_a_session(
    private_temp: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    plant = Canaries()
    passphrase = plant("passphrase")
    folder = data_dir()
    session, recovery_key = first_run(
        folder,
        "beheer01",
        "Beheerder Fictief",
        passphrase,
        KdfParams(time_cost=1, memory_cost=8, parallelism=1),
    )
    data_key = session.store.database.data_key
    session.close()
    session = open_session(folder, "beheer01", passphrase)
    intake = session.store.intakes.create("beheer01")
    session.store.answers.save(
        intake.id, "victim_first_name", plant("name"), "answered", "beheer01"
    )
    (tmp_path / "backups").mkdir()
    backup(session.store, tmp_path / "backups" / "backup.zip", "beheer01")
    session.close()

    secrets = [*plant.planted, recovery_key, recovery_key.replace("-", ""), data_key.hex()]
    captured = capfd.readouterr()
    assert _files_containing(tmp_path, secrets) == []
    assert [
        path for path in tmp_path.rglob("*") if path.is_file() and data_key in path.read_bytes()
    ] == []
    assert [s for s in secrets if s in captured.out + captured.err] == []


def test_no_canary_reaches_the_crash_log_or_the_event_log(
    private_temp: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake_app import diagnostics

    plant = Canaries()
    folder = data_dir()
    diagnostics.install_crash_log(folder)
    # The hook hands on to the previous one (the terminal's traceback); not in this test.
    monkeypatch.setattr(diagnostics, "_previous_hook", lambda *args: None)
    try:
        session, _ = first_run(
            folder, "beheer01", "Beheerder Fictief", "lamp wolk tegel harp boek", CHEAP_KDF
        )
        intake = session.store.intakes.create("beheer01")
        answer = plant("answer")
        session.store.answers.save(intake.id, "victim_first_name", answer, "answered", "beheer01")
        try:
            local_value = plant("local")
            raise ValueError(f"kan {answer} niet verwerken ({local_value})")
        except ValueError as problem:  # what an uncaught error would hand the hook
            diagnostics._excepthook(type(problem), problem, problem.__traceback__)
        session.close()
    finally:
        diagnostics.uninstall_crash_log()

    crash_log = (folder / diagnostics.CRASH_LOG).read_text(encoding="utf-8")
    assert "builtins.ValueError at test_canaries.py:" in crash_log  # the type and the place
    assert "opened" in (folder / diagnostics.EVENT_LOG).read_text(encoding="utf-8")
    assert _files_containing(tmp_path, plant.planted) == []
    captured = capfd.readouterr()
    assert [c for c in plant.planted if c in captured.out + captured.err] == []

"""Backup and restore round trip; a damaged database or backup gives a clear error."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from intake_app.store.backup import BackupError, backup, read_manifest, restore
from intake_app.store.database import DATABASE_FILE
from intake_app.store.errors import StoreError, StoreFileEmpty
from intake_app.store.store import Store
from intake_app.store.verify import verify
from tests.store.conftest import OFFICER


def _fill(store: Store, intakes: int = 40) -> dict[int, str]:
    names = {}
    for number in range(intakes):
        intake = store.intakes.create(OFFICER)
        name = f"Fictief-{number:03d}"
        store.answers.save(intake.id, "victim_first_name", name, "answered", OFFICER)
        store.answers.save(intake.id, "incident_story", "lorem ipsum " * 40, "answered", OFFICER)
        names[intake.id] = name
    return names


def _names(store: Store) -> dict[int, str]:
    return {
        intake.id: store.answers.load(intake.id)["victim_first_name"].value
        for intake in store.intakes.case_list()
    }


def test_backup_restores_into_a_new_folder_with_everything(
    store: Store, data_key: bytes, tmp_path: Path
) -> None:
    names = _fill(store)
    target = tmp_path / "backup.intake-backup"
    progress: list[float] = []

    manifest = backup(store, target, OFFICER, progress.append)

    assert progress[0] == 0.0 and progress[-1] == 1.0
    assert progress == sorted(progress)
    assert store.audit_entries(1)[0].event == "backup"
    assert read_manifest(target) == manifest
    restored_progress: list[float] = []
    new_folder = tmp_path / "restored"
    restore(target, new_folder, restored_progress.append)
    assert restored_progress[-1] == 1.0 and restored_progress == sorted(restored_progress)
    assert (new_folder / "keys.json").read_bytes() == (store.data_dir / "keys.json").read_bytes()
    with Store.open(new_folder, data_key) as restored:
        assert _names(restored) == names
        assert verify(restored).ok


def test_backup_holds_no_plaintext_database(store: Store, tmp_path: Path) -> None:
    _fill(store, 3)
    target = tmp_path / "backup.zip"

    backup(store, target)

    with zipfile.ZipFile(target) as archive:
        database = archive.read(DATABASE_FILE)
    assert not database.startswith(b"SQLite format 3")
    assert b"Fictief-" not in target.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_backup_refuses_to_overwrite_and_needs_the_keys(store: Store, tmp_path: Path) -> None:
    existing = tmp_path / "exists.zip"
    existing.write_bytes(b"keep me")

    with pytest.raises(BackupError, match="bestaat al"):
        backup(store, existing)
    assert existing.read_bytes() == b"keep me"

    (store.data_dir / "keys.json").unlink()
    with pytest.raises(BackupError, match=r"keys\.json"):
        backup(store, tmp_path / "new.zip")
    assert not (tmp_path / "new.zip").exists()


def test_restore_refuses_a_folder_that_is_not_empty(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "backup.zip"
    backup(store, target)
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("keep", encoding="utf-8")

    with pytest.raises(BackupError, match="niet leeg"):
        restore(target, occupied)

    assert [p.name for p in occupied.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("damage", ["flip", "truncate", "not_a_zip"])
def test_damaged_backup_is_refused_and_leaves_nothing(
    store: Store, tmp_path: Path, damage: str
) -> None:
    _fill(store, 5)
    target = tmp_path / "backup.zip"
    backup(store, target)
    raw = bytearray(target.read_bytes())
    if damage == "flip":
        middle = len(raw) // 2
        raw[middle : middle + 16] = bytes(b ^ 0xFF for b in raw[middle : middle + 16])
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    else:
        raw = bytearray(b"just some text")
    target.write_bytes(bytes(raw))

    with pytest.raises(BackupError):
        restore(target, tmp_path / "restored")

    assert not (tmp_path / "restored").exists()


@pytest.mark.parametrize("damage", ["empty", "truncate", "flip_page", "flip_header"])
def test_damaged_database_is_reported_untouched_and_the_backup_still_restores(
    store: Store, data_key: bytes, tmp_path: Path, damage: str
) -> None:
    names = _fill(store)
    target = tmp_path / "backup.zip"
    backup(store, target)
    folder = store.data_dir
    store.close()
    database = folder / DATABASE_FILE
    raw = bytearray(database.read_bytes())
    page = 4096
    assert len(raw) > 8 * page
    if damage == "empty":
        raw = bytearray()
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "flip_page":
        spot = (len(raw) // page // 2) * page + 100
        raw[spot : spot + 8] = bytes(b ^ 0x5A for b in raw[spot : spot + 8])
    else:
        raw[20:28] = bytes(b ^ 0x5A for b in raw[20:28])
    database.write_bytes(bytes(raw))

    with pytest.raises(StoreError) as raised:
        Store.open(folder, data_key)

    message = str(raised.value)
    assert "niets gewijzigd" in message and "intake-app restore" in message
    if damage == "empty":
        assert isinstance(raised.value, StoreFileEmpty)
    assert database.read_bytes() == bytes(raw)
    restore(target, tmp_path / "restored")
    with Store.open(tmp_path / "restored", data_key) as restored:
        assert _names(restored) == names

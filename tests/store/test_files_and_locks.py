"""Files private whatever the umask; the lock survives a deleted store.lock; a crafted backup
cannot unpack into more than its manifest says."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.store.backup import BackupError, backup, restore
from intake_app.store.database import DATABASE_FILE, LOCK_FILE
from intake_app.store.errors import StoreInUse
from intake_app.store.frontoffice import RESTORE_MARKER
from intake_app.store.store import Store
from tests.store.conftest import OFFICER

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes and locks")


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)  # the worst case: everything world-writable unless asked otherwise
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("open_umask")
def test_store_lock_and_backups_are_private_whatever_the_umask(
    store_dir: Path, data_key: bytes, tmp_path: Path
) -> None:
    with Store.create(store_dir, data_key) as store:
        store.officers.ensure(OFFICER, "Agent Fictief", "admin")
        store.intakes.create(OFFICER)
        for name in (DATABASE_FILE, LOCK_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm"):
            assert _mode(store_dir / name) == 0o600, name
        target = tmp_path / "backup.zip"
        backup(store, target)
    assert _mode(target) == 0o600
    restored = tmp_path / "restored"
    restore(target, restored)
    assert {p.name: _mode(p) for p in restored.iterdir()} == {
        "keys.json": 0o600,
        DATABASE_FILE: 0o600,
        RESTORE_MARKER: 0o600,  # the frontoffice's replay fence after a restore (R1)
    }


def test_a_store_made_readable_by_others_is_made_private_at_open(
    store: Store, data_key: bytes
) -> None:
    folder = store.data_dir
    store.close()
    (folder / DATABASE_FILE).chmod(0o644)

    with Store.open(folder, data_key):
        assert _mode(folder / DATABASE_FILE) == 0o600


def test_a_deleted_lock_file_does_not_let_a_second_instance_in(
    store: Store, data_key: bytes
) -> None:
    (store.data_dir / LOCK_FILE).unlink()

    with pytest.raises(StoreInUse):
        Store.open(store.data_dir, data_key)

    store.intakes.create(OFFICER)  # the first instance carries on


def test_a_crafted_backup_cannot_unpack_into_more_than_its_manifest(
    store: Store, tmp_path: Path
) -> None:
    honest = tmp_path / "honest.zip"
    backup(store, honest)
    crafted = tmp_path / "crafted.zip"
    claimed = 64 * 1024 * 1024
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(crafted, "w") as sink:
        manifest = json.loads(source.read("manifest.json"))
        manifest["database_bytes"] = claimed
        sink.writestr("manifest.json", json.dumps(manifest))
        sink.writestr("keys.json", source.read("keys.json"))
        entry = zipfile.ZipInfo(DATABASE_FILE)
        entry.compress_type = zipfile.ZIP_DEFLATED
        with sink.open(entry, "w") as db:
            chunk = bytes(1 << 20)
            for _ in range(claimed >> 20):
                db.write(chunk)
    assert crafted.stat().st_size < 1024 * 1024  # a small file that inflates to 64 MiB

    written: list[float] = []  # progress is reported per chunk written
    with pytest.raises(BackupError):
        restore(crafted, tmp_path / "restored", written.append)

    assert written == []  # refused before a byte of the database was unpacked

    assert not (tmp_path / "restored").exists()

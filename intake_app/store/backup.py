"""Backup and restore: one file with the encrypted database and the wrapped keys.

The backup is a zip archive (stored, not compressed: encrypted pages do not compress) with
    manifest.json   format, schema revision, time, size and SHA-256 of the database copy
    keys.json       the vault's wrapped keys (they hold no secret in the clear)
    store.db        the database, copied page by page with SQLite's backup API into a file
                    keyed with the same data key: no plaintext copy ever exists
It opens with the recovery key anywhere, or with an officer's passphrase on the installation
that made it (officer keys also need that installation's secret from the OS keyring).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app import __version__
from intake_app.atomic_write import replace_with_retry, write_atomically
from intake_app.store import audit
from intake_app.store.database import DATABASE_FILE
from intake_app.store.engine import connect_keyed, driver_connection
from intake_app.store.errors import StoreError
from intake_app.store.frontoffice import RESTORE_MARKER
from intake_app.store.models import utc_now
from intake_app.store.schema import current_revision
from intake_app.store.store import Store

Progress = Callable[[float], None]

BACKUP_FORMAT = 1
KEYS_FILE = "keys.json"
MANIFEST_FILE = "manifest.json"
# Written beside a restored store: which backup and when, so the first session can hold back
# frontoffice packages whose ids were seen after the backup (docs/frontoffice.md).
_PAGES_PER_STEP = 256
_CHUNK = 1 << 20
_COPY_SHARE = 0.8  # of the progress bar: the page copy; the rest is writing the archive


class BackupError(StoreError):
    code = "store.backup"


@dataclass(frozen=True)
class BackupManifest:
    format: int
    app_version: str
    schema_revision: str | None
    created_at: str
    database_bytes: int
    database_sha256: str
    # The audit chain's head when the copy was made ("N:hash"), an anchor outside the
    # laptop: `intake-app verify --expect-head` checks the store against it later.
    audit_head: str | None = None


def _no_progress(_fraction: float) -> None:
    pass


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _private_file(path: Path) -> Any:
    """A new file, 0600 from its first byte whatever the umask (O_EXCL: never an old one)."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _copy_database(store: Store, copy_path: Path, progress: Progress) -> None:
    def on_pages(_status: int, remaining: int, total: int) -> None:
        progress(_COPY_SHARE * (total - remaining) / max(total, 1))

    _private_file(copy_path).close()  # SQLite then writes into the private, empty file
    destination = connect_keyed(copy_path, store.database.data_key)
    try:
        with driver_connection(store.database.engine) as source:
            source.backup(destination, pages=_PAGES_PER_STEP, progress=on_pages)
        destination.execute("PRAGMA journal_mode = DELETE").fetchone()  # one self-contained file
        if destination.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise BackupError(
                "De kopie van de database doorstond de controle niet; "
                "er is geen back-up geschreven."
            )
    finally:
        destination.close()


def backup(
    store: Store,
    target: Path,
    officer_id: str | None = None,
    progress: Progress | None = None,
) -> BackupManifest:
    """Write the backup file; refuses to overwrite an existing file."""
    report = progress or _no_progress
    if target.exists():
        raise BackupError(f"{target} bestaat al; kies een nieuwe bestandsnaam voor de back-up.")
    keys_file = store.data_dir / KEYS_FILE
    if not keys_file.is_file():
        raise BackupError(
            f"{keys_file} ontbreekt: zonder het sleutelbestand kan een back-up "
            "nooit worden geopend."
        )
    if not target.parent.is_dir():
        raise BackupError(f"De map {target.parent} bestaat niet.")
    copy_path = target.with_name(f".{target.name}.db-partial")
    archive_path = target.with_name(f".{target.name}.partial")
    try:
        report(0.0)
        _copy_database(store, copy_path, report)
        with store.database.read() as session:
            revision = current_revision(session.connection())
            audit_count, audit_hash = audit.head(session)
        manifest = BackupManifest(
            format=BACKUP_FORMAT,
            app_version=__version__,
            schema_revision=revision,
            created_at=utc_now().isoformat(timespec="seconds"),
            database_bytes=copy_path.stat().st_size,
            database_sha256=_sha256(copy_path),
            audit_head=audit.format_head(audit_count, audit_hash),
        )
        _write_archive(archive_path, manifest, keys_file.read_bytes(), copy_path, report)
        replace_with_retry(archive_path, target)  # a virus scanner may hold the new file
    except OSError as problem:
        raise BackupError(
            f"De back-up kon niet worden geschreven naar {target}: {problem.strerror}."
        ) from None
    finally:
        for leftover in (copy_path, archive_path):
            leftover.unlink(missing_ok=True)
    store.record_event("backup", officer_id, details={"bytes": manifest.database_bytes})
    report(1.0)
    return manifest


def _write_archive(
    archive_path: Path, manifest: BackupManifest, keys: bytes, copy_path: Path, report: Progress
) -> None:
    total = max(manifest.database_bytes, 1)
    done = 0
    with (
        _private_file(archive_path) as stream,
        zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_STORED) as archive,
    ):
        archive.writestr(MANIFEST_FILE, json.dumps(manifest.__dict__, indent=2))
        archive.writestr(KEYS_FILE, keys)
        with copy_path.open("rb") as source, archive.open(DATABASE_FILE, "w") as sink:
            while chunk := source.read(_CHUNK):
                sink.write(chunk)
                done += len(chunk)
                report(_COPY_SHARE + (1 - _COPY_SHARE) * 0.99 * done / total)
    with archive_path.open("rb+") as written:
        os.fsync(written.fileno())


def read_manifest(backup_file: Path) -> BackupManifest:
    try:
        with zipfile.ZipFile(backup_file) as archive:
            return _manifest(archive)
    except FileNotFoundError:
        raise BackupError(f"Het bestand {backup_file} bestaat niet.") from None
    except (zipfile.BadZipFile, OSError):
        raise BackupError(
            f"{backup_file} is geen back-up van de intake-app, of het is beschadigd."
        ) from None


def _manifest(archive: zipfile.ZipFile) -> BackupManifest:
    names = set(archive.namelist())
    if not {MANIFEST_FILE, KEYS_FILE, DATABASE_FILE} <= names:
        raise BackupError("Het bestand is geen back-up van de intake-app (er ontbreken delen).")
    try:
        info = archive.getinfo(MANIFEST_FILE)
        if info.file_size > MAX_MANIFEST_BYTES or info.compress_type != zipfile.ZIP_STORED:
            raise ValueError("manifest too large")
        fields: dict[str, Any] = json.loads(archive.read(MANIFEST_FILE))
        manifest = BackupManifest(**fields)
        if not isinstance(manifest.database_bytes, int) or manifest.database_bytes < 0:
            raise ValueError("database_bytes")
    except (ValueError, TypeError, RecursionError):
        raise BackupError(
            "De inhoudsopgave van de back-up is onleesbaar; het bestand is beschadigd."
        ) from None
    if manifest.format > BACKUP_FORMAT:
        raise BackupError(
            "De back-up is gemaakt door een nieuwere versie van de app; installeer die eerst."
        )
    return manifest


MAX_KEYS_BYTES = 1024 * 1024  # keys.json's own bound
MAX_MANIFEST_BYTES = 64 * 1024


def _check_sizes(archive: zipfile.ZipFile, database_bytes: int) -> None:
    """Backups are stored, not compressed: each part takes as many bytes in the archive as
    it will on disk, so a small crafted file cannot unpack into a large one."""
    database = archive.getinfo(DATABASE_FILE)
    keys = archive.getinfo(KEYS_FILE)
    if (
        database.compress_type != zipfile.ZIP_STORED
        or database.file_size != database_bytes
        or database.compress_size != database_bytes
        or keys.compress_type != zipfile.ZIP_STORED
        or keys.file_size > MAX_KEYS_BYTES
    ):
        raise BackupError(
            "De back-up is beschadigd of niet door de intake-app gemaakt: de delen hebben "
            "niet de grootte die de inhoudsopgave noemt. Er is niets teruggezet."
        )


def _is_empty_folder(folder: Path) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def restore(
    backup_file: Path, new_data_dir: Path, progress: Progress | None = None
) -> BackupManifest:
    """Unpack a backup into a new, empty data folder. The data key is not needed here: the
    caller unlocks the restored vault and opens the store, which checks every page."""
    report = progress or _no_progress
    if not _is_empty_folder(new_data_dir):
        raise BackupError(
            f"De map {new_data_dir} is niet leeg. Zet een back-up alleen terug in een nieuwe, "
            "lege map, zodat er nooit bestaande gegevens worden overschreven."
        )
    manifest = read_manifest(backup_file)
    expected = manifest.database_bytes
    new_data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    database = new_data_dir / DATABASE_FILE
    try:
        with zipfile.ZipFile(backup_file) as archive:
            _check_sizes(archive, expected)
            keys = archive.read(KEYS_FILE)
            with _private_file(new_data_dir / KEYS_FILE) as sink:
                sink.write(keys)
            digest = hashlib.sha256()
            done = 0
            with archive.open(DATABASE_FILE) as source, _private_file(database) as sink:
                # Never more than the manifest says, whatever the archive claims or holds.
                while done < expected and (chunk := source.read(min(_CHUNK, expected - done))):
                    sink.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    report(0.99 * done / max(expected, 1))
                sink.flush()
                os.fsync(sink.fileno())
        if done != expected or digest.hexdigest() != manifest.database_sha256:
            raise BackupError(
                "De back-up is beschadigd: de database klopt niet met haar controlegetal."
            )
    except (zipfile.BadZipFile, OSError) as problem:
        _remove_restored(new_data_dir)
        detail = getattr(problem, "strerror", None) or "het archief is beschadigd"
        raise BackupError(f"De back-up kon niet worden teruggezet: {detail}.") from None
    except BaseException:
        _remove_restored(new_data_dir)
        raise
    marker = {"backup_created_at": manifest.created_at, "restored_at": utc_now().isoformat()}
    write_atomically(new_data_dir / RESTORE_MARKER, json.dumps(marker).encode("utf-8"))
    report(1.0)
    return manifest


def _remove_restored(new_data_dir: Path) -> None:
    for name in (KEYS_FILE, DATABASE_FILE, RESTORE_MARKER):
        (new_data_dir / name).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        new_data_dir.rmdir()

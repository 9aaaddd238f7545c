"""The store: one encrypted database in the data folder, opened with the data key.

    store = Store.open(data_dir, data_key)          # or Store.create(...) on first run
    intake = store.intakes.create(officer_id)
    store.answers.save(intake.id, "victim_safe_now", "yes", "answered", officer_id)
    store.close()

Only this package knows the file is SQLite (engine.py, the open checks and backup.py).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path, PurePath, PureWindowsPath
from types import TracebackType
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, select, text

from intake_app.diagnostics import describe_location, log_event
from intake_app.store import audit
from intake_app.store.answers import Answers
from intake_app.store.audit import AuditRecord, DetailValue
from intake_app.store.consents import Consents, Letters
from intake_app.store.database import DATABASE_FILE, Database, InstanceLock
from intake_app.store.engine import (
    connect_keyed,
    create_store_engine,
    ensure_readable,
    key_pragma,
)
from intake_app.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreExists,
    StoreFileEmpty,
    StoreFileMissing,
    StoreFileSizeMismatch,
    StoreInUse,
    StoreUnreachable,
    WrongKeyOrCorrupt,
)
from intake_app.store.frontoffice import Frontoffice
from intake_app.store.identifiers import Identifiers
from intake_app.store.imported_tokens import ImportedTokens
from intake_app.store.intakes import Intakes, get_intake
from intake_app.store.models import AuditEntry
from intake_app.store.officers import Officers
from intake_app.store.regional_keys import RegionalKeys
from intake_app.store.schema import current_revision, upgrade

# Files SQLite keeps beside the database while it is open (and after a crash).
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
PAGE_SIZE = 4096  # SQLCipher 4's page size (cipher_compatibility = 4)


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


PRIVATE_FILE_MODE = 0o600


def _make_private(path: Path) -> None:
    """0600 whatever the umask was when a file was made (an older release, a copy)."""
    if os.name == "nt":
        return
    for candidate in (path, *(Path(f"{path}{s}") for s in COMPANION_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            if candidate.stat().st_mode & 0o077:
                candidate.chmod(PRIVATE_FILE_MODE)


def _has_log(path: Path) -> bool:
    """A write-ahead log with frames: the file may then lag behind its page count."""
    log = Path(f"{path}-wal")
    return log.is_file() and log.stat().st_size > 0


def check_database_present(data_dir: Path) -> None:
    """Without the key: store.db is there, at least one page long, in whole pages.

    Where an installation exists, a missing or cut-short file is refused rather than replaced
    by a new, empty store (that would hide the loss and overwrite what is left)."""
    path = database_path(data_dir)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise StoreFileMissing(str(path)) from None
    if not path.is_file():
        raise StoreFileMissing(str(path))
    if size < PAGE_SIZE:
        raise StoreFileEmpty(str(path), size)
    if size % PAGE_SIZE:
        raise StoreFileSizeMismatch(str(path), size, None)


def _page_count(connection: Any, path: Path) -> int:
    try:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])
    except sqlcipher3.DatabaseError as problem:
        if "not a database" in str(problem):
            raise WrongKeyOrCorrupt(str(path)) from None
        # Page 1 decrypted and authenticated, yet SQLite calls it malformed: its header counts
        # more pages than the file holds (the only page-1 check that is not "not a database").
        raise StoreFileSizeMismatch(str(path), path.stat().st_size, None) from None


def _check_size_against_pages(path: Path, pages: int) -> None:
    """Pages appended or cut off; with a log, the newest pages may still be in the log."""
    size, expected = path.stat().st_size, pages * PAGE_SIZE
    if size != expected and not (_has_log(path) and size <= expected):
        raise StoreFileSizeMismatch(str(path), size, expected)


def check_database_file(path: Path, data_key: bytes) -> None:
    """Read every page once, read-only, before anything may write: a damaged file is
    reported, never 'repaired' or overwritten. Raises WrongKeyOrCorrupt, StoreCorrupt, a
    StoreFileProblem, or StoreUnreachable (a network folder that is gone)."""
    check_database_present(path.parent)
    try:
        connection = connect_keyed(_read_only_uri(path), data_key, uri=True)
    except sqlcipher3.OperationalError as problem:
        raise StoreUnreachable(str(path), str(problem)) from None
    try:
        # The page count is on the first page: read it before anything walks the other pages.
        _check_size_against_pages(path, _page_count(connection, path))
        ensure_readable(connection, path)
        result = connection.execute("PRAGMA quick_check").fetchall()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlcipher3.OperationalError as problem:
        if not unreachable(problem):
            raise StoreCorrupt(str(path)) from None
        raise StoreUnreachable(str(path), str(problem)) from None
    except sqlcipher3.DatabaseError:
        raise StoreCorrupt(str(path)) from None
    finally:
        connection.close()
    if result != [("ok",)]:
        raise StoreCorrupt(str(path), "de integriteitscontrole faalt")
    if tables and "alembic_version" not in tables:
        raise StoreCorrupt(str(path), "het is geen intake-database")


# SQLite's messages for a file it cannot reach (a network folder), as opposed to one it read
# and found damaged.
_UNREACHABLE = ("unable to open", "disk i/o error", "database is locked", "uri authority")


def unreachable(problem: Exception) -> bool:
    return any(marker in str(problem).lower() for marker in _UNREACHABLE)


def sqlite_uri(path: PurePath, read_only: bool = True) -> str:
    """A file: URI SQLite accepts, also for a Windows network path (\\\\server\\share\\...):
    Path.as_uri() puts the server in the URI's authority, which SQLite refuses ("invalid
    uri authority"), so a store on a share was reported as damaged. SQLite wants the UNC
    path after an empty authority: file:////server/share/... ."""
    if isinstance(path, PureWindowsPath) and path.drive.startswith("\\\\"):
        server_path = path.as_posix()  # //server/share/folder/store.db
        uri = "file://" + quote(server_path, safe="/:")
    else:
        uri = path.as_uri()
    return f"{uri}?mode=ro" if read_only else uri


def _read_only_uri(path: Path) -> str:
    # Without a log to fold in, immutable: SQLite then makes no -wal or -shm file either, so
    # a refused file leaves the folder exactly as it was.
    uri = sqlite_uri(path.resolve(), read_only=False)
    return f"{uri}?{'mode=ro' if Path(f'{path}-wal').exists() else 'immutable=1'}"


class Store:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.officers = Officers(database)
        self.intakes = Intakes(database)
        self.answers = Answers(database)
        self.consents = Consents(database)
        self.letters = Letters(database)
        self.identifiers = Identifiers(database)
        self.regional_key = RegionalKeys(database)  # R7: only ever inside this encrypted file
        self.imported_tokens = ImportedTokens(database)
        self.frontoffice = Frontoffice(database)  # R1: keys, consults, advice

    @classmethod
    def create(
        cls, data_dir: Path, data_key: bytes, auditor_public_key: bytes | None = None
    ) -> Store:
        """A new, empty store (first run). Refuses a folder that already has one.

        `auditor_public_key` (from the vault, derived from the recovery key) seals the audit
        chain's first key; without it the key waits under the data key until it is given."""
        path = database_path(data_dir)
        if any(Path(f"{path}{suffix}").exists() for suffix in ("", *COMPANION_SUFFIXES)):
            raise StoreExists(str(data_dir))
        key_pragma(data_key)  # a malformed key is refused before anything is made
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Made private before SQLite writes a byte; its -wal and -shm take the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        return cls._start(data_dir, data_key, auditor_public_key, event_details={"new_store": True})

    @classmethod
    def open(
        cls,
        data_dir: Path,
        data_key: bytes,
        officer_id: str | None = None,
        auditor_public_key: bytes | None = None,
    ) -> Store:
        """The existing store, checked, and migrated to this release's schema."""
        check_database_present(data_dir)
        return cls._start(data_dir, data_key, auditor_public_key, officer_id=officer_id, check=True)

    @classmethod
    def _start(
        cls,
        data_dir: Path,
        data_key: bytes,
        auditor_public_key: bytes | None,
        officer_id: str | None = None,
        check: bool = False,
        event_details: Mapping[str, DetailValue] | None = None,
    ) -> Store:
        path = database_path(data_dir)
        lock = InstanceLock(data_dir)
        try:
            lock.acquire()
        except StoreInUse:
            log_event(data_dir, "in_use")
            raise
        engine: Engine | None = None
        try:
            _make_private(path)
            if check:
                check_database_file(path, data_key)
            engine = create_store_engine(path, data_key)
            with engine.begin() as connection:
                before = current_revision(connection)
                upgrade(connection)
                after = current_revision(connection)
                audit.start_chain(connection, auditor_public_key)
            if before != after:
                log_event(data_dir, "migration", {"from": before, "to": after})
            store = cls(Database(path, engine, lock, data_key))
            store.record_event("open", officer_id, details=event_details)
            log_event(data_dir, "opened", {"schema": after, "new": not check})
            return store
        except BaseException as problem:
            if engine is not None:
                engine.dispose()
            lock.release()
            if isinstance(problem, StoreError | KeyboardInterrupt):
                log_event(data_dir, "open_refused", {"error": type(problem).__name__})
                raise
            if isinstance(problem, Exception) and unreachable(problem):  # SQLAlchemy's too
                raise StoreUnreachable(str(path), str(problem).splitlines()[0]) from None
            if isinstance(problem, Exception):
                # The cause goes to the event log (type and code location, no message).
                log_event(data_dir, "open_failed", {"error": describe_location(problem)})
                raise StoreCorrupt(str(path)) from None
            raise

    @property
    def data_dir(self) -> Path:
        return self._db.path.parent

    @property
    def database(self) -> Database:
        return self._db

    def record_event(
        self,
        event: str,
        officer_id: str | None = None,
        intake_id: int | None = None,
        details: Mapping[str, DetailValue] | None = None,
    ) -> AuditRecord:
        """Audit something done outside the store (unlock, print, export...)."""
        with self._db.write() as session:
            reference = get_intake(session, intake_id).reference if intake_id is not None else None
            return audit.append(session, event, officer_id, reference, details)

    def audit_head(self) -> tuple[int, str]:
        """(number, hash) of the newest audit entry: what the anchors outside record."""
        with self._db.read() as session:
            return audit.head(session)

    def has_event(self, event: str, officer_id: str, detail: str) -> bool:
        """Whether the audit log has `event` by `officer_id` carrying the detail `detail`."""
        with self._db.read() as session:
            query = (
                select(AuditEntry.id)
                .where(
                    AuditEntry.event == event,
                    AuditEntry.officer_id == officer_id,
                    AuditEntry.details_json.like(f'%"{detail}":true%'),
                )
                .limit(1)
            )
            return session.execute(query).first() is not None

    def audit_holds(self, count: int, head_hash: str) -> bool:
        """Whether entry `count` still has the hash an anchor recorded."""
        if count == 0:
            return True
        with self._db.read() as session:
            row = session.get(AuditEntry, count)
            return row is not None and row.entry_hash == head_hash

    def audit_entries(self, limit: int | None = None) -> list[AuditRecord]:
        with self._db.read() as session:
            return audit.entries(session, limit)

    def latest_event(self, event: str) -> AuditRecord | None:
        with self._db.read() as session:
            return audit.latest(session, event)

    def scalar(self, sql: str) -> Any:
        """One value from a read-only statement (tests and benchmarks)."""
        with self._db.read() as session:
            return session.execute(text(sql)).scalar()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

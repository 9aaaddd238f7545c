"""The store: one encrypted database in the data folder, opened with the data key.

    store = Store.open(data_dir, data_key)          # or Store.create(...) on first run
    intake = store.intakes.create(officer_id)
    store.answers.save(intake.id, "victim_safe_now", "yes", "answered", officer_id)
    store.close()

Only this package knows the file is SQLite (engine.py, the open checks and backup.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, text

from intake_app.store import audit
from intake_app.store.answers import Answers
from intake_app.store.audit import AuditRecord, DetailValue
from intake_app.store.consents import Consents, Letters
from intake_app.store.database import DATABASE_FILE, Database, InstanceLock
from intake_app.store.engine import connect_keyed, create_store_engine, ensure_readable
from intake_app.store.errors import StoreCorrupt, StoreError, StoreExists, StoreMissing
from intake_app.store.identifiers import Identifiers
from intake_app.store.imported_tokens import ImportedTokens
from intake_app.store.intakes import Intakes, get_intake
from intake_app.store.officers import Officers
from intake_app.store.regional_keys import RegionalKeys
from intake_app.store.schema import upgrade

# Files SQLite keeps beside the database while it is open (and after a crash).
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def check_database_file(path: Path, data_key: bytes) -> None:
    """Read every page once, read-only, before anything may write: a damaged file is
    reported, never 'repaired' or overwritten. Raises WrongKeyOrCorrupt or StoreCorrupt."""
    if path.stat().st_size == 0:
        raise StoreCorrupt(str(path), "het bestand is leeg")
    connection = connect_keyed(_read_only_uri(path), data_key, uri=True)
    try:
        ensure_readable(connection, path)
        result = connection.execute("PRAGMA quick_check").fetchall()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlcipher3.DatabaseError:
        raise StoreCorrupt(str(path)) from None
    finally:
        connection.close()
    if result != [("ok",)]:
        raise StoreCorrupt(str(path), "de integriteitscontrole faalt")
    if tables and "alembic_version" not in tables:
        raise StoreCorrupt(str(path), "het is geen intake-database")


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


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

    @classmethod
    def create(cls, data_dir: Path, data_key: bytes) -> Store:
        """A new, empty store (first run). Refuses a folder that already has one."""
        path = database_path(data_dir)
        if any(Path(f"{path}{suffix}").exists() for suffix in ("", *COMPANION_SUFFIXES)):
            raise StoreExists(str(data_dir))
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        return cls._start(data_dir, data_key, event_details={"new_store": True})

    @classmethod
    def open(cls, data_dir: Path, data_key: bytes, officer_id: str | None = None) -> Store:
        """The existing store, checked, and migrated to this release's schema."""
        if not database_path(data_dir).is_file():
            raise StoreMissing(str(data_dir))
        return cls._start(data_dir, data_key, officer_id=officer_id, check=True)

    @classmethod
    def _start(
        cls,
        data_dir: Path,
        data_key: bytes,
        officer_id: str | None = None,
        check: bool = False,
        event_details: Mapping[str, DetailValue] | None = None,
    ) -> Store:
        path = database_path(data_dir)
        lock = InstanceLock(data_dir)
        lock.acquire()
        engine: Engine | None = None
        try:
            if check:
                check_database_file(path, data_key)
            engine = create_store_engine(path, data_key)
            with engine.begin() as connection:
                upgrade(connection)
            store = cls(Database(path, engine, lock, data_key))
            store.record_event("open", officer_id, details=event_details)
            return store
        except BaseException as problem:
            if engine is not None:
                engine.dispose()
            lock.release()
            if isinstance(problem, StoreError | KeyboardInterrupt):
                raise
            if isinstance(problem, Exception):
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

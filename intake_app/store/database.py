"""One open store file: its engine, the lock that keeps other app instances out, and the
transactions every repository uses. Writers are serialised, so the audit chain stays linear.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock
from sqlalchemy import Connection, Engine, exc
from sqlalchemy.orm import Session

from intake_app.store.errors import StoreError, StoreInUse

DATABASE_FILE = "store.db"
LOCK_FILE = "store.lock"


class StoreWriteFailed(StoreError):
    code = "store.write_failed"

    def __init__(self) -> None:
        super().__init__(
            "De wijziging kon niet in de intake-database worden opgeslagen; er is niets half "
            "opgeslagen. Probeer het opnieuw; blijft het misgaan, voer dan intake-app verify uit."
        )


if sys.platform == "win32":

    def _lock_folder(data_dir: Path) -> int | None:
        """On Windows an open store.lock cannot be deleted, so the file lock suffices."""
        return None

else:
    import fcntl

    def _lock_folder(data_dir: Path) -> int | None:
        """Also lock the data folder itself (POSIX): a deleted store.lock would otherwise let
        a second instance lock a new file of that name. Closing the descriptor unlocks."""
        descriptor = os.open(data_dir, os.O_RDONLY)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(descriptor)
            raise
        return descriptor


class InstanceLock:
    """An OS-level lock (flock / LockFileEx) on store.lock while the store is open.

    The OS drops it when the process dies, even by SIGKILL, so a crash never leaves the store
    locked; the file itself may stay behind and is harmless.
    """

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        # Not thread-local: the window opens the store on a worker thread and closes it on
        # the main one, and a thread-local lock would then never be released.
        self._lock = filelock.FileLock(
            data_dir / LOCK_FILE, timeout=0, thread_local=False, mode=0o600
        )
        self._folder_fd: int | None = None

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise StoreInUse(str(self._data_dir)) from None
        try:
            self._lock_folder()
        except BaseException:
            self._lock.release()
            raise

    def _lock_folder(self) -> None:
        try:
            self._folder_fd = _lock_folder(self._data_dir)
        except OSError:
            raise StoreInUse(str(self._data_dir)) from None

    def release(self) -> None:
        if self._folder_fd is not None:
            os.close(self._folder_fd)  # closing the descriptor drops its lock
            self._folder_fd = None
        if self._lock.is_locked:
            self._lock.release()


class StoreClosed(StoreError):
    code = "store.closed"

    def __init__(self) -> None:
        super().__init__(
            "De intake-database is gesloten (het venster is vergrendeld); er is niets "
            "opgeslagen. Ontgrendel en probeer het opnieuw."
        )


class Database:
    def __init__(self, path: Path, engine: Engine, lock: InstanceLock, data_key: bytes) -> None:
        self.path = path
        self.engine = engine
        self.data_key = data_key  # backup keys its copy with it; never written anywhere
        self._lock = lock
        self._write_lock = threading.RLock()
        self._shared = threading.local()  # this thread's snapshot session, if one is open
        self._closed = False

    def _snapshot_session(self) -> Session | None:
        session: Session | None = getattr(self._shared, "session", None)
        return session

    def _open_or_refuse(self) -> None:
        """Work that was started on a worker and reaches the store after the window locked
        must not open new connections to a file whose lock is no longer held."""
        if self._closed:
            raise StoreClosed()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read on this thread inside the block shares one transaction: one consistent
        view of the store, and one BEGIN instead of one per look-up (each costs more than an
        indexed read; benchmarks/frontoffice.py). Nothing may be written inside it."""
        if self._snapshot_session() is not None:
            yield
            return
        self._open_or_refuse()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            self._shared.session = session
            try:
                yield
            finally:
                self._shared.session = None

    def _no_snapshot(self) -> None:
        if self._snapshot_session() is not None:
            # A write here would not be seen by the snapshot's later reads.
            raise RuntimeError("a store write inside a read snapshot")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction committed (and on disk, synchronous=FULL) before this block returns."""
        self._no_snapshot()
        with self._write_lock, Session(self.engine, expire_on_commit=False) as session:
            self._open_or_refuse()
            try:
                with session.begin():
                    yield session
            except exc.SQLAlchemyError:
                raise StoreWriteFailed() from None

    @contextmanager
    def write_core(self) -> Iterator[Connection]:
        """Like write(), on a plain connection: for the hot path, where the ORM costs too much."""
        self._no_snapshot()
        with self._write_lock:
            self._open_or_refuse()
            try:
                with self.engine.begin() as connection:
                    yield connection
            except exc.SQLAlchemyError:
                raise StoreWriteFailed() from None

    @contextmanager
    def read_core(self) -> Iterator[Connection]:
        """Like read(), on a plain connection: for look-ups on the hot path (seriality, R7)."""
        shared = self._snapshot_session()
        if shared is not None:
            yield shared.connection()
            return
        self._open_or_refuse()
        with self.engine.connect() as connection, connection.begin():
            yield connection

    @contextmanager
    def read(self) -> Iterator[Session]:
        shared = self._snapshot_session()
        if shared is not None:
            yield shared
            return
        self._open_or_refuse()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        # A write in flight on a worker finishes first; nothing starts afterwards.
        with self._write_lock:
            self._closed = True
            self.engine.dispose()  # closing the last connection checkpoints the WAL
            self._lock.release()

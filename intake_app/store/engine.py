"""Connections to the SQLCipher file: keyed with the raw data key, durable settings on each.

SQLAlchemy gets the plain `sqlite://` URL with a `creator` that hands it an already keyed
sqlcipher3 connection (the `sqlite+pysqlcipher` dialect issues its own PRAGMA key from the URL
and cannot take a creator). Everything SQLite-specific about the store lives here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from intake_app.store.errors import InvalidValue, StoreCorrupt, WrongKeyOrCorrupt

DATA_KEY_BYTES = 32

# SQLCipher 4's page size, HMAC and KDF settings, named rather than taken from the library's
# defaults: a future SQLCipher with other defaults must still read every station's file.
CIPHER_COMPATIBILITY = "PRAGMA cipher_compatibility = 4"

# Each save must survive a power cut once it has returned (WAL + synchronous=FULL); deleted
# records are overwritten, not left in free pages (secure_delete); sorting and temporary
# tables never reach a temp file on disk (temp_store=MEMORY).
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 10000",
)


def key_pragma(data_key: bytes) -> str:
    """The PRAGMA that opens the file with the raw 256-bit key (no key derivation in SQLCipher)."""
    if not isinstance(data_key, bytes) or len(data_key) != DATA_KEY_BYTES:
        raise InvalidValue(f"de gegevenssleutel moet {DATA_KEY_BYTES} bytes zijn")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_keyed(path: Path | str, data_key: bytes, uri: bool = False) -> Any:
    """A raw sqlcipher3 connection with the key applied, not yet read from."""
    connection = sqlcipher3.connect(
        str(path), check_same_thread=False, isolation_level=None, uri=uri
    )
    try:
        # First, or SQLCipher writes its own errors (e.g. a failed HMAC) to stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key_pragma(data_key))
        connection.execute(CIPHER_COMPATIBILITY)
    except BaseException:
        connection.close()
        raise
    return connection


def ensure_readable(connection: Any, path: Path) -> None:
    """A wrong key (or a damaged first page) shows only on the first read: make it clear."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as problem:
        if "not a database" in str(problem):
            raise WrongKeyOrCorrupt(str(path)) from None
        raise StoreCorrupt(str(path)) from None


def open_connection(path: Path, data_key: bytes) -> Any:
    """A keyed, checked connection with the store's durability settings applied."""
    connection = connect_keyed(path, data_key)
    try:
        ensure_readable(connection, path)
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


@contextmanager
def driver_connection(engine: Engine) -> Iterator[Any]:
    """The pooled sqlcipher3 connection itself, for VACUUM and the backup API."""
    pooled = engine.raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()


def create_store_engine(path: Path, data_key: bytes) -> Engine:
    key_pragma(data_key)  # reject a malformed key before anything touches the file

    def creator() -> Any:
        return open_connection(path, data_key)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        hide_parameters=True,  # SQL errors must never echo answer values
    )

    # The driver runs in autocommit mode (isolation_level=None); SQLAlchemy's own BEGIN makes
    # every transaction explicit, so reads inside a transaction see one consistent snapshot.
    # BEGIN goes straight to the driver: through exec_driver_sql it cost about 40 µs, more
    # than a whole indexed read (benchmarks/frontoffice.py runs some 20 transactions a case).
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.connection.driver_connection.execute("BEGIN")

    return engine

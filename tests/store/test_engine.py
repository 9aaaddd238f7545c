"""The file is encrypted, durable settings hold on every connection, a wrong key is clear."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake_app.store.database import DATABASE_FILE
from intake_app.store.engine import driver_connection
from intake_app.store.errors import InvalidValue, StoreExists, StoreFileMissing, WrongKeyOrCorrupt
from intake_app.store.store import Store


def test_database_file_has_no_sqlite_header_and_no_schema_text(store: Store) -> None:
    store.close()

    raw = (store.data_dir / DATABASE_FILE).read_bytes()

    assert not raw.startswith(b"SQLite format 3")
    assert b"CREATE TABLE" not in raw
    assert b"answers" not in raw


def test_every_connection_has_the_durable_settings(store: Store) -> None:
    with driver_connection(store.database.engine) as connection:
        settings = {
            name: connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "journal_mode",
                "synchronous",
                "secure_delete",
                "temp_store",
                "foreign_keys",
            )
        }

    assert settings == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "secure_delete": 1,
        "temp_store": 2,  # MEMORY
        "foreign_keys": 1,
    }


def test_wrong_key_is_a_clear_error_and_nothing_reaches_stderr(
    store: Store, capfd: pytest.CaptureFixture[str]
) -> None:
    store.close()
    before = (store.data_dir / DATABASE_FILE).read_bytes()

    with pytest.raises(WrongKeyOrCorrupt, match="kan niet worden gelezen"):
        Store.open(store.data_dir, os.urandom(32))

    assert (store.data_dir / DATABASE_FILE).read_bytes() == before
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


@pytest.mark.parametrize("key", [b"", b"short", os.urandom(31), os.urandom(33)])
def test_malformed_key_is_refused_before_the_file_is_touched(store_dir: Path, key: bytes) -> None:
    with pytest.raises(InvalidValue, match="32 bytes"):
        Store.create(store_dir, key)

    assert not (store_dir / DATABASE_FILE).exists()


def test_open_without_a_database_says_how_to_start(store_dir: Path, data_key: bytes) -> None:
    with pytest.raises(StoreFileMissing, match="back-up terug"):
        Store.open(store_dir, data_key)


def test_create_refuses_an_existing_database(store: Store, data_key: bytes) -> None:
    store.close()
    before = (store.data_dir / DATABASE_FILE).read_bytes()

    with pytest.raises(StoreExists):
        Store.create(store.data_dir, data_key)

    assert (store.data_dir / DATABASE_FILE).read_bytes() == before

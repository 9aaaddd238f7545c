"""A fresh store in the test's own data folder, with one fictional officer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.paths import data_dir
from intake_app.store.store import Store

OFFICER = "officer-0001"


@pytest.fixture
def store_dir() -> Path:
    folder = data_dir()
    # Stands in for the vault's keys.json until the vault writes the real one.
    (folder / "keys.json").write_text('{"format": 1, "wraps": []}', encoding="utf-8")
    return folder


@pytest.fixture
def data_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def store(store_dir: Path, data_key: bytes) -> Iterator[Store]:
    opened = Store.create(store_dir, data_key)
    opened.officers.ensure(OFFICER, "Agent Fictief", "admin")
    try:
        yield opened
    finally:
        opened.close()

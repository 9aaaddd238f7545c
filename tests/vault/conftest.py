"""Cheap Argon2id parameters and a clock the tests move by hand."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from intake_app.vault import KdfParams, Vault

# Fast enough for a large suite; production parameters are measured in benchmarks/unlock.py.
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_ID = "beheer01"
ADMIN_NAME = "Beheerder Fictief"
ADMIN_PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 (fictional)
OFFICER_ID = "agent07"
OFFICER_NAME = "Agent Verzonnen"
OFFICER_PASSPHRASE = "groene trein rijdt langzaam"  # noqa: S105 (fictional)


@dataclass
class FakeClock:
    now: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class NewVault:
    vault: Vault
    recovery_key: str
    data_key: bytes
    data_dir: Path
    clock: FakeClock

    def reopen(self) -> Vault:
        return Vault.open(self.data_dir, clock=self.clock, kdf=CHEAP_KDF)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def new_vault(data_dir: Path, clock: FakeClock) -> NewVault:
    vault, recovery_key, data_key = Vault.create(
        data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF, clock=clock
    )
    return NewVault(vault, recovery_key, data_key, data_dir, clock)


@pytest.fixture
def with_officer(new_vault: NewVault) -> NewVault:
    new_vault.vault.add_officer(new_vault.data_key, OFFICER_ID, OFFICER_NAME, OFFICER_PASSPHRASE)
    return new_vault


def edit_key_file(data_dir: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Changes keys.json behind the vault's back, as an intruder or a careless editor would."""
    path = data_dir / "keys.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def officer_in(document: dict[str, Any], officer_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(o for o in document["officers"] if o["id"] == officer_id)
    return found

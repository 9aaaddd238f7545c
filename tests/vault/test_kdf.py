"""Argon2id parameters: sane bounds, and the production ones used unless a test says otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.vault import PRODUCTION_KDF, KdfParams, Vault, wraps
from intake_app.vault.kdf import passphrase_key_material
from tests.vault.conftest import ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, CHEAP_KDF


@pytest.mark.parametrize(
    ("time_cost", "memory_cost", "parallelism"),
    [(0, 1024, 1), (65, 1024, 1), (1, 7, 1), (1, 15, 2), (1, 8 * 1024 * 1024, 1), (1, 1024, 0)],
)
def test_parameters_outside_the_bounds_are_refused(
    time_cost: int, memory_cost: int, parallelism: int
) -> None:
    with pytest.raises(ValueError, match="must be"):
        KdfParams(time_cost, memory_cost, parallelism)


def test_production_parameters_are_memory_hard() -> None:
    # OWASP's floor for Argon2id is 19 MiB; ours is chosen by measurement (benchmarks/unlock.py).
    assert PRODUCTION_KDF.memory_cost >= 64 * 1024
    assert PRODUCTION_KDF.time_cost >= 2


def test_the_production_parameters_are_the_default(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[KdfParams] = []

    def cheap_but_recorded(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        used.append(params)
        return passphrase_key_material(passphrase, salt, CHEAP_KDF)

    monkeypatch.setattr(wraps, "passphrase_key_material", cheap_but_recorded)
    Vault.create(data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE)
    assert used == [PRODUCTION_KDF]

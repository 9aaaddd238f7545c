"""Unlock time with the production Argon2id parameters, against the same unlock with minimal
parameters (the vault's own work: reading keys.json, HKDF, AES-GCM) in the same run.

Target: 0.3 to 1 s per unlock on a station laptop. Uses a throwaway data folder and an
in-memory keyring, never the machine's real credential store.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend

from benchmarks.figures import Figure, figure, median
from intake_app.vault import PRODUCTION_KDF, KdfParams, Vault

ROUNDS = 7
MINIMAL_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
TARGET_SECONDS = (0.3, 1.0)
PASSPHRASE = "fictieve wachtwoordzin voor de meting"  # noqa: S105 (a throwaway store)


class _ThrowawayKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring is partly untyped
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._secrets.pop((service, username), None)


def _seconds_to_unlock(vault: Vault) -> tuple[float, float]:
    """(wall, CPU) seconds; CPU time shows the cost when other work shares the machine."""
    started, started_cpu = time.perf_counter(), time.process_time()
    vault.unlock("bench", PASSPHRASE)
    return time.perf_counter() - started, time.process_time() - started_cpu


def _load_average() -> float | None:
    if not hasattr(os, "getloadavg"):  # Windows
        return None
    return round(os.getloadavg()[0], 2)


def run() -> Iterator[Figure]:
    previous = keyring.get_keyring()
    keyring.set_keyring(_ThrowawayKeyring())
    try:
        with tempfile.TemporaryDirectory(prefix="intake-unlock-bench-") as folder:
            vaults = {}
            for name, kdf in (("production", PRODUCTION_KDF), ("minimal", MINIMAL_KDF)):
                Vault.create(Path(folder) / name, "bench", "Meting", PASSPHRASE, kdf=kdf)
                vaults[name] = Vault.open(Path(folder) / name, kdf=kdf)
            samples: dict[str, list[float]] = {"production": [], "minimal": []}
            cpu: list[float] = []
            for _ in range(ROUNDS):  # interleaved, so drift on the machine hits both alike
                for name, vault in vaults.items():
                    wall, cpu_seconds = _seconds_to_unlock(vault)
                    samples[name].append(wall)
                    if name == "production":
                        cpu.append(cpu_seconds)
    finally:
        keyring.set_keyring(previous)
    production, minimal = median(samples["production"]), median(samples["minimal"])
    yield figure(
        "vault_unlock",
        unit="s",
        rounds=ROUNDS,
        time_cost=PRODUCTION_KDF.time_cost,
        memory_cost_kib=PRODUCTION_KDF.memory_cost,
        parallelism=PRODUCTION_KDF.parallelism,
        unlock_median=round(production, 4),
        unlock_stdev=round(statistics.stdev(samples["production"]), 4),
        unlock_cpu_median=round(median(cpu), 4),
        baseline_minimal_argon2id_median=round(minimal, 5),
        ratio=round(production / minimal, 1),
        target_seconds=list(TARGET_SECONDS),
        within_target=TARGET_SECONDS[0] <= production <= TARGET_SECONDS[1],
        cpu_count=os.cpu_count(),
        load_average_1min=_load_average(),
    )

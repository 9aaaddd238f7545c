"""Argon2id: from an officer's passphrase to key material, slow on purpose."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

ALGORITHM = "argon2id"
SALT_BYTES = 16
OUTPUT_BYTES = 32

# Bounds a key file may claim; values outside them are damage, not a setting.
MAX_TIME_COST = 64
MAX_PARALLELISM = 16
MAX_MEMORY_KIB = 4 * 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    time_cost: int  # passes over memory
    memory_cost: int  # KiB
    parallelism: int  # lanes

    def __post_init__(self) -> None:
        if not 1 <= self.time_cost <= MAX_TIME_COST:
            raise ValueError(f"time_cost must be 1 to {MAX_TIME_COST}")
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            raise ValueError(f"parallelism must be 1 to {MAX_PARALLELISM}")
        if not 8 * self.parallelism <= self.memory_cost <= MAX_MEMORY_KIB:
            raise ValueError(f"memory_cost must be 8 x parallelism to {MAX_MEMORY_KIB} KiB")


# Measured on a 2-core laptop-class machine (benchmarks/unlock.py): about 0.43 s per unlock,
# inside the 0.3-1 s target with room either way; 256 MiB is affordable on an 8 GB station
# laptop and makes each guess costly on GPUs. Raising these in a release applies to each
# officer's wrap at their next passphrase change or reset.
PRODUCTION_KDF = KdfParams(time_cost=4, memory_cost=256 * 1024, parallelism=2)


def normalize_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed with another keyboard or input method still matches."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_key_material(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=normalize_passphrase(passphrase).encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=OUTPUT_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )

"""The training environment's fictional frontoffice and stations: fixed keys, made from public
labels, so every training store on every laptop can exchange training packages with every
training frontoffice. They protect nothing (the cases are fictional and the keys public):
training packages carry the training marker, a real installation refuses them
(`package.training`) and never trusts these keys (`consultation.training_key`).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Final

from intake_app.frontoffice.keys import KeyPair, Role

TRAINING_REGION: Final = "TSM Oefenregio (fictief)"
TRAINING_STATION: Final = "Oefenbureau (fictief)"
TRAINING_OTHER_STATION: Final = "Oefenbureau Zuid (fictief)"  # sends one consult, for R7
_CREATED: Final = datetime(2026, 1, 1, tzinfo=UTC)


def _seed(role: str, name: str, purpose: str) -> bytes:
    label = f"intake-app training key\x00{role}\x00{name}\x00{purpose}"
    return hashlib.sha256(label.encode("utf-8")).digest()


def training_key(role: Role, name: str) -> KeyPair:
    return KeyPair(role, name, _seed(role, name, "x25519"), _seed(role, name, "ed25519"), _CREATED)


def training_frontoffice() -> KeyPair:
    return training_key("frontoffice", TRAINING_REGION)


def training_stations() -> tuple[KeyPair, KeyPair]:
    return training_key("station", TRAINING_STATION), training_key(
        "station", TRAINING_OTHER_STATION
    )


def is_training_key(fingerprint: str) -> bool:
    return fingerprint in {
        pair.fingerprint for pair in (training_frontoffice(), *training_stations())
    }

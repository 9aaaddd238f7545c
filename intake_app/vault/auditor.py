"""The auditor's key pair for the audit chain, derived from the recovery key.

The store seals the audit chain's first key to the public half (kept in keys.json); only the
recovery key, in the station's safe, gives the private half. An officer's passphrase and the
data key do not, so an officer cannot recompute the MACs of earlier audit entries.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from intake_app.vault.sealing import hkdf

_AUDITOR = b"intake-app/audit-auditor/v1"


def auditor_private_key(recovery_secret: bytes) -> bytes:
    return hkdf(recovery_secret, info=_AUDITOR)


def auditor_public_key(private_key: bytes) -> bytes:
    return (
        X25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )

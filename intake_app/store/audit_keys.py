"""The keys of the forward-secure audit chain (Schneier and Kelsey's secure audit logs).

Entry i is MACed with K_i; K_{i+1} = H(K_i) replaces it in the same transaction, so the store
only ever holds the key for the *next* entry. Whoever reads the database later (an officer
with the data key included) can write new entries but cannot recompute the MAC of any
earlier one: that needs an earlier key, and H is one-way. K_1 is kept only sealed to the
auditor, a public key whose private half is derived from the recovery key (the vault makes
it), so the station's auditor can recompute every key and check every MAC.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
_EVOLVE = b"intake-app/audit-evolve/v1"
_SEAL = b"intake-app/audit-first-key-seal/v1"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


def new_first_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def evolve(key: bytes) -> bytes:
    """The next entry's key; the caller overwrites the old one."""
    return hashlib.sha256(_EVOLVE + key).digest()


def entry_mac(key: bytes, entry_hash: str) -> str:
    return hmac.new(key, entry_hash.encode("ascii"), hashlib.sha256).hexdigest()


def same_mac(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode("ascii"), b.encode("ascii"))


def _wrapping_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=ephemeral + recipient, info=_SEAL).derive(shared)


def seal_first_key(first_key: bytes, auditor_public_key: bytes) -> bytes:
    """ephemeral public key (32) | nonce (12) | AES-GCM(first key) (48): 92 bytes."""
    recipient = X25519PublicKey.from_public_bytes(auditor_public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(*_RAW)
    key = _wrapping_key(ephemeral.exchange(recipient), ephemeral_public, auditor_public_key)
    nonce = secrets.token_bytes(12)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, first_key, _SEAL)


def open_first_key(sealed: bytes, auditor_private_key: bytes) -> bytes | None:
    """K_1, or None when the private key is not the auditor's (or the seal was changed)."""
    if len(sealed) != 32 + 12 + KEY_BYTES + 16:
        return None
    private = X25519PrivateKey.from_private_bytes(auditor_private_key)
    recipient = private.public_key().public_bytes(*_RAW)
    ephemeral_public, nonce, ciphertext = sealed[:32], sealed[32:44], sealed[44:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _wrapping_key(shared, ephemeral_public, recipient)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, _SEAL)
    except InvalidTag:
        return None

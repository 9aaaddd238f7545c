"""HKDF and AES-GCM: turning key material into wrapping keys, and wrapping the data key."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12
KEY_BYTES = 32


def hkdf(
    material: bytes, *, info: bytes, salt: bytes | None = None, length: int = KEY_BYTES
) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(material)


def canonical(fields: dict[str, Any]) -> bytes:
    """One byte string per set of fields: the associated data AES-GCM authenticates."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    # A fresh random nonce per wrap: each key wraps only a handful of times, far from
    # the birthday bound of 96-bit nonces.
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated_data)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, associated_data: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or anything authenticated was changed."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated_data)
    except InvalidTag:
        return None


def tag(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def same(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)

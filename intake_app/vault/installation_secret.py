"""The per-installation secret in the OS credential store (Windows Credential Manager, macOS
Keychain, Secret Service), through keyring.

Officer wraps combine it with the passphrase, so a copy of the data folder alone - a stolen
disk image, a backup on a share - cannot be attacked by guessing passphrases: the secret stays
in the user's credential store. The keyring username carries a random id kept in keys.json,
so each data folder (a training or demo store too) has its own entry, and a store restored
into another folder on the same machine still finds it.
"""

from __future__ import annotations

import base64
import binascii
import secrets

import keyring
import keyring.errors

SERVICE = "intake-app"
SECRET_BYTES = 32


def new_installation_id() -> str:
    return secrets.token_hex(8)


def _username(installation_id: str) -> str:
    return f"installation-secret-{installation_id}"


class CredentialStoreError(Exception):
    """The credential store exists but refused to answer (locked, no session bus, ...)."""


def load(installation_id: str) -> bytes | None:
    """The secret, or None when the credential store does not have it (or it is mangled)."""
    try:
        stored = keyring.get_password(SERVICE, _username(installation_id))
    except keyring.errors.KeyringError as problem:
        raise CredentialStoreError(type(problem).__name__) from None
    if stored is None:
        return None
    try:
        secret = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    return secret if len(secret) == SECRET_BYTES else None


def create(installation_id: str) -> bytes | None:
    """A new secret stored under `installation_id`; None when the credential store refuses."""
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        keyring.set_password(
            SERVICE, _username(installation_id), base64.b64encode(secret).decode("ascii")
        )
    except keyring.errors.KeyringError:
        return None
    return secret

"""The per-installation secret, kept outside the data folder's reach.

Officer wraps combine it with the passphrase, so a copy of the data folder alone - a stolen
disk image, a backup on a share - cannot be attacked by guessing passphrases. Where it is kept
depends on the model (intake_app/windows/shared_store.py, docs/vault.md):

- the station's shared store on Windows: a DPAPI machine-scope blob in the protected shared
  folder, so every officer's Windows account can use it and a disk copied off the laptop
  cannot;
- otherwise the OS credential store through keyring (Windows Credential Manager, persisted on
  this machine only, never roaming; macOS Keychain; Secret Service).

The keyring username (or the blob's file name) carries a random id kept in keys.json, so each
data folder (a training or demo store too) has its own entry, and a store restored into
another folder on the same machine still finds it.

Any error of the credential store, keyring or DPAPI - not only keyring's own exceptions:
Windows backends raise pywintypes.error for service accounts or `runas /netonly` - becomes
CredentialStoreError on load and None on create, with the reason kept for `last_problem()`:
the vault then runs with reduced protection instead of crashing.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend

from intake_app.windows import dpapi
from intake_app.windows.shared_store import active_shared_store

SERVICE = "intake-app"
SECRET_BYTES = 32
# Windows Credential Manager: keyring's default is CRED_PERSIST_ENTERPRISE, which roams with
# the profile to a file server; "local machine" keeps the secret on this laptop.
LOCAL_MACHINE_PERSISTENCE = "local machine"


def new_installation_id() -> str:
    return secrets.token_hex(8)


def _username(installation_id: str) -> str:
    return f"installation-secret-{installation_id}"


class CredentialStoreError(Exception):
    """The credential store exists but refused to answer (locked, no session bus, ...)."""


class SecretStore(Protocol):
    name: str

    def get(self, installation_id: str) -> str | None: ...

    def put(self, installation_id: str, value: str) -> None: ...


class KeyringStore:
    """The user's OS credential store, through keyring."""

    name = "keyring"

    def get(self, installation_id: str) -> str | None:
        return keyring.get_password(SERVICE, _username(installation_id))

    def put(self, installation_id: str, value: str) -> None:
        keep_on_this_machine(keyring.get_keyring())
        keyring.set_password(SERVICE, _username(installation_id), value)


def keep_on_this_machine(backend: keyring.backend.KeyringBackend) -> None:
    """Sets Windows Credential Manager backends (also inside a chainer) to local-machine
    persistence, so the secret never roams with the profile."""
    for candidate in [backend, *getattr(backend, "backends", [])]:
        if hasattr(type(candidate), "persist"):
            candidate.persist = LOCAL_MACHINE_PERSISTENCE


class DpapiMachineStore:
    """Blobs protected with DPAPI machine scope, one file per installation id."""

    name = "DPAPI (machine)"

    def __init__(
        self,
        folder: Path,
        protect: Callable[[bytes], bytes] = dpapi.protect_for_machine,
        unprotect: Callable[[bytes], bytes] = dpapi.unprotect,
    ) -> None:
        self.folder = folder
        self._protect = protect
        self._unprotect = unprotect

    def _path(self, installation_id: str) -> Path:
        return self.folder / f"{_username(installation_id)}.dpapi"

    def get(self, installation_id: str) -> str | None:
        path = self._path(installation_id)
        if not path.exists():
            return None
        return self._unprotect(path.read_bytes()).decode("ascii")

    def put(self, installation_id: str, value: str) -> None:
        from intake_app.atomic_write import write_atomically

        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self._path(installation_id), self._protect(value.encode("ascii")))


def secrets_folder(shared_store: Path) -> Path:
    return shared_store / "secrets"


def current_store() -> SecretStore:
    """DPAPI for the shared store on Windows, the user's credential store otherwise."""
    shared = active_shared_store()
    if shared is not None:
        return DpapiMachineStore(secrets_folder(shared))
    return KeyringStore()


_last_problem: str | None = None


def last_problem() -> str | None:
    """Why the last load or create failed (for the self-test and About), or None."""
    return _last_problem


def _describe(store: SecretStore, problem: BaseException) -> str:
    detail = str(problem).strip()
    return f"{store.name}: {type(problem).__name__}" + (f" ({detail})" if detail else "")


def load(installation_id: str) -> bytes | None:
    """The secret, or None when the credential store does not have it (or it is mangled).
    Raises CredentialStoreError when the store fails."""
    global _last_problem
    store = current_store()
    try:
        stored = store.get(installation_id)
    except Exception as problem:  # any backend's error means: no secret now, never a crash
        _last_problem = _describe(store, problem)
        raise CredentialStoreError(_last_problem) from None
    if stored is None:
        return None
    try:
        secret = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    return secret if len(secret) == SECRET_BYTES else None


def create(installation_id: str) -> bytes | None:
    """A new secret stored under `installation_id`; None when the credential store refuses
    (the reason in `last_problem()`)."""
    global _last_problem
    store = current_store()
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        store.put(installation_id, base64.b64encode(secret).decode("ascii"))
    except Exception as problem:  # any backend's error means reduced protection, never a crash
        _last_problem = _describe(store, problem)
        return None
    return secret

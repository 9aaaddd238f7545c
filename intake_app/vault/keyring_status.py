"""Where the installation secret is kept, and whether it protects anything."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass

import keyring
import keyring.backend
from keyring.backends import chainer, fail

from intake_app.vault import installation_secret
from intake_app.windows.shared_store import active_shared_store


@dataclass(frozen=True)
class KeyringStatus:
    backend: str
    usable: bool  # False: the app runs on passphrase and recovery key alone (reduced protection)
    # Why the secret store failed last time in this process (a Credential Manager or DPAPI
    # error), or why it is unusable; None when all is well.
    problem: str | None = None


def _is_usable(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def _dpapi_available() -> bool:
    return sys.platform == "win32" and importlib.util.find_spec("win32crypt") is not None


def keyring_status() -> KeyringStatus:
    shared = active_shared_store()
    if shared is not None:
        usable = _dpapi_available()
        return KeyringStatus(
            backend=f"DPAPI (machine) in {installation_secret.secrets_folder(shared)}",
            usable=usable,
            problem=installation_secret.last_problem()
            or (None if usable else "pywin32 (win32crypt) is missing"),
        )
    try:
        backend = keyring.get_keyring()
    except Exception as problem:  # a broken keyring configuration: reduced protection
        return KeyringStatus("none", usable=False, problem=type(problem).__name__)
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return KeyringStatus(
        backend=name, usable=_is_usable(backend), problem=installation_secret.last_problem()
    )

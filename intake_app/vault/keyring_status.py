"""Which OS credential store keyring would use, and whether it protects anything."""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.backend
from keyring.backends import chainer, fail


@dataclass(frozen=True)
class KeyringStatus:
    backend: str
    usable: bool  # False: the app runs on passphrase and recovery key alone (reduced protection)


def _is_usable(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def keyring_status() -> KeyringStatus:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return KeyringStatus(backend=name, usable=_is_usable(backend))

"""Which credential store keyring would use, as the About dialog and the vault see it."""

from __future__ import annotations

import keyring
from keyring.backends import chainer, fail

from intake_app.vault.keyring_status import keyring_status


def test_a_real_backend_is_usable() -> None:
    status = keyring_status()
    assert status.usable
    assert status.backend.endswith("InMemoryKeyring")


def test_the_fail_backend_is_not_usable() -> None:
    keyring.set_keyring(fail.Keyring())
    assert not keyring_status().usable


def test_a_chainer_without_backends_is_not_usable() -> None:
    class EmptyChainer(chainer.ChainerBackend):
        backends: list[object] = []  # noqa: RUF012 (a class property in keyring)

    keyring.set_keyring(EmptyChainer())
    assert not keyring_status().usable

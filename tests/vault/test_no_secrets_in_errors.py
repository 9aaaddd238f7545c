"""No passphrase, recovery key or data key ever appears in an error's text."""

from __future__ import annotations

import base64
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from intake_app.vault import Vault, VaultError
from tests.conftest import InMemoryKeyring
from tests.vault.conftest import (
    ADMIN_ID,
    ADMIN_PASSPHRASE,
    CHEAP_KDF,
    OFFICER_ID,
    OFFICER_PASSPHRASE,
    NewVault,
)

TYPED = "Geheime zin van agent 7!"


def forms_of(secret: bytes) -> list[str]:
    return [secret.hex(), base64.b64encode(secret).decode(), repr(secret)[2:-1]]


def mistyped(recovery_key: str) -> str:
    last = recovery_key[-1]
    return recovery_key[:-1] + ("Y" if last == "Z" else "Z")


def errors_from(with_officer: NewVault, tmp_path: Path) -> Iterator[VaultError]:
    vault, data_key, recovery_key = (
        with_officer.vault,
        with_officer.data_key,
        with_officer.recovery_key,
    )
    attempts: list[Callable[[], object]] = [
        lambda: vault.unlock(ADMIN_ID, TYPED),
        lambda: vault.unlock(ADMIN_ID, TYPED),
        lambda: vault.unlock(ADMIN_ID, TYPED),
        lambda: vault.unlock(ADMIN_ID, TYPED),
        lambda: vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE),  # too soon
        lambda: vault.unlock("onbekend", TYPED),
        lambda: vault.unlock_with_recovery_key(TYPED),
        lambda: vault.unlock_with_recovery_key(mistyped(recovery_key)),
        lambda: vault.change_passphrase(OFFICER_ID, TYPED, "x"),
        lambda: vault.change_passphrase(OFFICER_ID, TYPED, TYPED),
        lambda: vault.add_officer(data_key[::-1], "agent08", "Agent Acht", TYPED),
        lambda: vault.add_officer(data_key, "agent 08", "Agent Acht", TYPED),
        lambda: vault.reset_officer(TYPED, OFFICER_ID, TYPED),
        lambda: Vault.create(with_officer.data_dir, ADMIN_ID, "Beheerder", TYPED),
        lambda: Vault.create(tmp_path / "new", ADMIN_ID, "Beheerder", TYPED[:5]),
    ]
    for attempt in attempts:
        try:
            attempt()
        except VaultError as problem:
            yield problem
        else:
            pytest.fail("expected an error")

    copy = tmp_path / "copy"
    shutil.copytree(with_officer.data_dir, copy)
    keyring.set_keyring(InMemoryKeyring())
    with pytest.raises(VaultError) as missing:
        Vault.open(copy, kdf=CHEAP_KDF).unlock(OFFICER_ID, OFFICER_PASSPHRASE)
    yield missing.value
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(VaultError) as unavailable:
        Vault.open(copy, kdf=CHEAP_KDF).unlock(OFFICER_ID, OFFICER_PASSPHRASE)
    yield unavailable.value

    (copy / "keys.json").write_text("{", encoding="utf-8")
    with pytest.raises(VaultError) as damaged:
        Vault.open(copy)
    yield damaged.value


def test_no_error_text_contains_a_secret(with_officer: NewVault, tmp_path: Path) -> None:
    secrets_as_text = [
        TYPED,
        ADMIN_PASSPHRASE,
        OFFICER_PASSPHRASE,
        with_officer.recovery_key,
        with_officer.recovery_key.replace("-", ""),
        *forms_of(with_officer.data_key),
    ]
    problems = list(errors_from(with_officer, tmp_path))
    assert len(problems) == 18
    for problem in problems:
        texts = [str(problem), repr(problem), *map(str, problem.args)]
        for text in texts:
            for secret in secrets_as_text:
                assert secret not in text, type(problem).__name__
        assert problem.__cause__ is None

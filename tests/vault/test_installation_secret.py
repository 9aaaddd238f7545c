"""The installation secret in the OS keyring, and what happens without one."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backends import fail

from intake_app.vault import (
    InstallationSecretMissing,
    KeyringUnavailable,
    Vault,
    WrongPassphrase,
)
from intake_app.vault.kdf import passphrase_key_material
from intake_app.vault.key_file import read_key_file
from intake_app.vault.sealing import hkdf, unseal
from intake_app.vault.wraps import associated_data_of
from tests.conftest import InMemoryKeyring
from tests.vault.conftest import (
    ADMIN_ID,
    ADMIN_NAME,
    ADMIN_PASSPHRASE,
    CHEAP_KDF,
    OFFICER_ID,
    OFFICER_PASSPHRASE,
    NewVault,
    edit_key_file,
    officer_in,
)

NEW_PASSPHRASE = "gele tulpen in de regen"  # noqa: S105 (fictional)


def test_with_a_keyring_protection_is_full_and_the_secret_is_stored_there(
    new_vault: NewVault, memory_keyring: InMemoryKeyring
) -> None:
    assert not new_vault.vault.reduced_protection
    assert [service for service, _ in memory_keyring.secrets] == ["intake-app"]


def test_each_data_folder_gets_its_own_keyring_entry(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    for name in ("station", "training"):
        Vault.create(tmp_path / name, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    assert len(memory_keyring.secrets) == 2


def test_without_a_keyring_the_app_works_on_passphrase_alone_and_says_so(
    data_dir: Path,
) -> None:
    keyring.set_keyring(fail.Keyring())
    vault, recovery_key, data_key = Vault.create(
        data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF
    )
    assert vault.reduced_protection
    reopened = Vault.open(data_dir, kdf=CHEAP_KDF)
    assert reopened.reduced_protection
    assert reopened.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == data_key
    assert reopened.unlock_with_recovery_key(recovery_key) == data_key
    reopened.add_officer(data_key, OFFICER_ID, "Agent Verzonnen", OFFICER_PASSPHRASE)
    assert reopened.unlock(OFFICER_ID, OFFICER_PASSPHRASE) == data_key


def test_a_keyring_that_refuses_to_store_means_reduced_protection(data_dir: Path) -> None:
    class RefusingKeyring(InMemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("locked")

    keyring.set_keyring(RefusingKeyring())
    vault, _, data_key = Vault.create(
        data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF
    )
    assert vault.reduced_protection
    assert vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == data_key


def test_a_copied_key_file_without_the_keyring_secret_does_not_open(
    new_vault: NewVault, tmp_path: Path
) -> None:
    # The point of the installation secret: a copy of the data folder (a stolen disk image,
    # a backup on a share) cannot be opened even by someone who knows the passphrase.
    copy = tmp_path / "copied"
    shutil.copytree(new_vault.data_dir, copy)
    keyring.set_keyring(InMemoryKeyring())  # another machine, or another Windows account
    copied_vault = Vault.open(copy, kdf=CHEAP_KDF)
    with pytest.raises(InstallationSecretMissing, match="herstelsleutel"):
        copied_vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE)
    # The recovery key still works there: it is how a store moves to a new laptop.
    assert copied_vault.unlock_with_recovery_key(new_vault.recovery_key) == new_vault.data_key


def test_the_passphrase_alone_cannot_unwrap_a_keyring_protected_entry(
    new_vault: NewVault,
) -> None:
    # Below the vault's own checks: derive from the right passphrase exactly as the vault
    # does, but without the installation secret, and try the wrap itself.
    record = read_key_file(new_vault.data_dir).officers[0]
    material = passphrase_key_material(ADMIN_PASSPHRASE, record.salt, record.kdf.params())
    without_secret = hkdf(material, info=b"intake-app/officer-wrap/v1")
    assert (
        unseal(without_secret, record.nonce, record.wrapped_key, associated_data_of(record)) is None
    )


def test_stripping_the_secret_binding_from_the_file_does_not_help(new_vault: NewVault) -> None:
    def strip(document: dict[str, Any]) -> None:
        officer_in(document, ADMIN_ID).update(installation_secret_id=None, entry_tag=None)

    edit_key_file(new_vault.data_dir, strip)
    keyring.set_keyring(InMemoryKeyring())
    with pytest.raises(WrongPassphrase):
        Vault.open(new_vault.data_dir, kdf=CHEAP_KDF).unlock(ADMIN_ID, ADMIN_PASSPHRASE)


def test_a_reset_on_the_new_machine_binds_the_officer_to_its_keyring(
    new_vault: NewVault, tmp_path: Path
) -> None:
    copy = tmp_path / "copied"
    shutil.copytree(new_vault.data_dir, copy)
    new_machine = InMemoryKeyring()
    keyring.set_keyring(new_machine)
    moved = Vault.open(copy, kdf=CHEAP_KDF)
    moved.reset_officer(new_vault.recovery_key, ADMIN_ID, NEW_PASSPHRASE)
    assert len(new_machine.secrets) == 1
    reopened = Vault.open(copy, kdf=CHEAP_KDF)
    assert not reopened.reduced_protection
    assert reopened.unlock(ADMIN_ID, NEW_PASSPHRASE) == new_vault.data_key


def test_a_keyring_protected_officer_without_a_keyring_is_told_what_to_do(
    new_vault: NewVault,
) -> None:
    keyring.set_keyring(fail.Keyring())
    reopened = new_vault.reopen()
    assert reopened.reduced_protection
    with pytest.raises(KeyringUnavailable, match="herstelsleutel"):
        reopened.unlock(ADMIN_ID, ADMIN_PASSPHRASE)
    assert reopened.unlock_with_recovery_key(new_vault.recovery_key) == new_vault.data_key


def test_a_keyring_that_fails_to_answer_is_reported(new_vault: NewVault) -> None:
    class LockedKeyring(InMemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeyringUnavailable):
        new_vault.reopen().unlock(ADMIN_ID, ADMIN_PASSPHRASE)


def test_reduced_protection_ends_at_the_next_unlock_once_a_keyring_exists(
    data_dir: Path,
) -> None:
    keyring.set_keyring(fail.Keyring())
    _, _, data_key = Vault.create(data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)
    keyring.set_keyring(InMemoryKeyring())
    vault = Vault.open(data_dir, kdf=CHEAP_KDF)
    before = vault.reduced_protection
    assert vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == data_key
    assert (before, vault.reduced_protection) == (True, False)
    assert read_key_file(data_dir).officers[0].installation_secret_id is not None
    assert Vault.open(data_dir, kdf=CHEAP_KDF).unlock(ADMIN_ID, ADMIN_PASSPHRASE) == data_key

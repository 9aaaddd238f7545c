"""Creating a vault and unlocking it with an officer's passphrase."""

from __future__ import annotations

import base64
import unicodedata
from pathlib import Path

import pytest

from intake_app.vault import (
    InvalidOfficer,
    OfficerEntry,
    UnknownOfficer,
    Vault,
    VaultExists,
    VaultMissing,
    WeakPassphrase,
)
from tests.vault.conftest import (
    ADMIN_ID,
    ADMIN_NAME,
    ADMIN_PASSPHRASE,
    CHEAP_KDF,
    FakeClock,
    NewVault,
)


def test_create_then_unlock_gives_the_same_data_key(new_vault: NewVault) -> None:
    assert len(new_vault.data_key) == 32
    assert new_vault.vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == new_vault.data_key
    assert new_vault.reopen().unlock(ADMIN_ID, ADMIN_PASSPHRASE) == new_vault.data_key


def test_every_vault_gets_its_own_random_data_key(tmp_path: Path) -> None:
    keys = {
        Vault.create(tmp_path / name, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)[2]
        for name in ("a", "b")
    }
    assert len(keys) == 2


def test_officers_lists_the_administrator_without_secrets(new_vault: NewVault) -> None:
    assert new_vault.reopen().officers() == [OfficerEntry(ADMIN_ID, ADMIN_NAME, "admin")]


def test_the_data_key_is_never_in_the_key_file(new_vault: NewVault) -> None:
    content = (new_vault.data_dir / "keys.json").read_bytes()
    key = new_vault.data_key
    for form in (key, key.hex().encode(), base64.b64encode(key), base64.b64encode(key)[:20]):
        assert form not in content
    assert ADMIN_PASSPHRASE.encode() not in content


def test_exists_tells_whether_a_vault_was_made(data_dir: Path, clock: FakeClock) -> None:
    assert not Vault.exists(data_dir)
    Vault.create(data_dir, ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF, clock=clock)
    assert Vault.exists(data_dir)


def test_create_never_overwrites_an_existing_vault(new_vault: NewVault) -> None:
    before = (new_vault.data_dir / "keys.json").read_bytes()
    with pytest.raises(VaultExists, match="niets overschreven"):
        Vault.create(new_vault.data_dir, "ander01", "Ander Persoon", "nog een lange zin hier")
    assert (new_vault.data_dir / "keys.json").read_bytes() == before


def test_open_without_a_key_file_says_what_to_do(data_dir: Path) -> None:
    with pytest.raises(VaultMissing, match="back-up terug"):
        Vault.open(data_dir)


def test_unknown_officer_is_refused(new_vault: NewVault) -> None:
    with pytest.raises(UnknownOfficer, match="nobody"):
        new_vault.vault.unlock("nobody", ADMIN_PASSPHRASE)


@pytest.mark.parametrize(
    "passphrase", ["", "kort", "         ", "aaaaaaaaaaaaaaa", "x" * 1025], ids=repr
)
def test_create_refuses_weak_passphrases_with_a_clear_message(
    data_dir: Path, passphrase: str
) -> None:
    with pytest.raises(WeakPassphrase, match="wachtwoordzin"):
        Vault.create(data_dir, ADMIN_ID, ADMIN_NAME, passphrase, kdf=CHEAP_KDF)
    assert not data_dir.exists()


def test_weak_passphrase_message_names_the_minimum(data_dir: Path) -> None:
    with pytest.raises(WeakPassphrase, match="minstens 10 tekens"):
        Vault.create(data_dir, ADMIN_ID, ADMIN_NAME, "kort", kdf=CHEAP_KDF)


@pytest.mark.parametrize(
    ("officer_id", "name"),
    [("", "Naam"), ("has space", "Naam"), ("-leading", "Naam"), ("a" * 65, "Naam"), ("ok", " ")],
)
def test_create_refuses_bad_officer_fields(data_dir: Path, officer_id: str, name: str) -> None:
    with pytest.raises(InvalidOfficer):
        Vault.create(data_dir, officer_id, name, ADMIN_PASSPHRASE, kdf=CHEAP_KDF)


def test_a_passphrase_typed_in_another_unicode_form_still_unlocks(data_dir: Path) -> None:
    composed = unicodedata.normalize("NFC", "café crème brûlée")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _, data_key = Vault.create(data_dir, ADMIN_ID, ADMIN_NAME, composed, kdf=CHEAP_KDF)
    assert vault.unlock(ADMIN_ID, decomposed) == data_key


def test_the_kdf_parameters_used_are_recorded_per_officer(new_vault: NewVault) -> None:
    text = (new_vault.data_dir / "keys.json").read_text(encoding="utf-8")
    assert '"algorithm": "argon2id"' in text
    assert '"memory_cost": 8' in text

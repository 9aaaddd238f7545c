"""A damaged or edited keys.json: a clear error that says what to do, and nothing overwritten."""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from intake_app.vault import (
    KeyFileTampered,
    NewerKeyFile,
    Vault,
    VaultDamaged,
    WrongPassphrase,
)
from tests.vault.conftest import (
    ADMIN_ID,
    ADMIN_PASSPHRASE,
    CHEAP_KDF,
    OFFICER_ID,
    OFFICER_PASSPHRASE,
    NewVault,
    edit_key_file,
    officer_in,
)


def assert_untouched_after_open_fails(data_dir: Path, problem: type[Exception]) -> str:
    key_file = data_dir / "keys.json"
    before = key_file.read_bytes()
    with pytest.raises(problem) as caught:
        Vault.open(data_dir, kdf=CHEAP_KDF)
    assert key_file.read_bytes() == before
    assert [path.name for path in data_dir.iterdir()] == ["keys.json"]
    return str(caught.value)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: b"", id="empty"),
        pytest.param(lambda raw: b"\xff\xfe\x00garbage", id="binary"),
        pytest.param(lambda raw: b'{"format": "something-else"}', id="not-ours"),
        pytest.param(lambda raw: b"[1, 2, 3]", id="a-list"),
        pytest.param(lambda raw: raw.replace(b'"recovery"', b'"recoverx"'), id="missing-part"),
        pytest.param(lambda raw: raw.replace(b'"salt": "', b'"salt": "!!'), id="bad-base64"),
        pytest.param(lambda raw: raw.replace(b'"nonce": "', b'"nonce": "AAAA'), id="long-nonce"),
    ],
)
def test_damage_gives_vault_damaged_saying_what_to_do(new_vault: NewVault, damage: Any) -> None:
    key_file = new_vault.data_dir / "keys.json"
    key_file.write_bytes(damage(key_file.read_bytes()))
    message = assert_untouched_after_open_fails(new_vault.data_dir, VaultDamaged)
    assert "beschadigd" in message
    assert "back-up terug" in message
    assert "herstelsleutel" in message
    assert "niets overschreven" in message


def test_kdf_parameters_outside_any_sane_range_are_damage(new_vault: NewVault) -> None:
    edit_key_file(
        new_vault.data_dir,
        lambda document: officer_in(document, ADMIN_ID)["kdf"].update(memory_cost=1),
    )
    message = assert_untouched_after_open_fails(new_vault.data_dir, VaultDamaged)
    assert "memory_cost" in message


def test_a_file_with_two_officers_of_one_id_is_damage(with_officer: NewVault) -> None:
    def duplicate(document: dict[str, Any]) -> None:
        officer_in(document, OFFICER_ID)["id"] = ADMIN_ID

    edit_key_file(with_officer.data_dir, duplicate)
    assert_untouched_after_open_fails(with_officer.data_dir, VaultDamaged)


def test_a_file_from_a_newer_release_says_to_update(new_vault: NewVault) -> None:
    edit_key_file(new_vault.data_dir, lambda document: document.update(version=2))
    message = assert_untouched_after_open_fails(new_vault.data_dir, NewerKeyFile)
    assert "nieuwere versie" in message


def test_damage_after_opening_is_never_overwritten_by_a_failed_attempt(
    new_vault: NewVault,
) -> None:
    key_file = new_vault.data_dir / "keys.json"
    key_file.write_bytes(key_file.read_bytes()[:100])
    with pytest.raises(VaultDamaged):
        new_vault.vault.unlock(ADMIN_ID, "een foute wachtwoordzin")
    assert len(key_file.read_bytes()) == 100


def flip_role(document: dict[str, Any]) -> None:
    officer_in(document, OFFICER_ID)["role"] = "admin"


def raise_time_cost(document: dict[str, Any]) -> None:
    officer_in(document, OFFICER_ID)["kdf"]["time_cost"] = 2


@pytest.mark.parametrize("tamper", [flip_role, raise_time_cost])
def test_edited_entries_fail_to_unwrap_with_a_clear_error(
    with_officer: NewVault, tamper: Any
) -> None:
    edit_key_file(with_officer.data_dir, tamper)
    reopened = with_officer.reopen()
    with pytest.raises(KeyFileTampered, match="buiten de app om gewijzigd"):
        reopened.unlock(OFFICER_ID, OFFICER_PASSPHRASE)
    assert reopened.failed_unlocks_since_last_success(OFFICER_ID) == []  # not a wrong passphrase
    assert reopened.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == with_officer.data_key


def test_swapped_wraps_between_officers_fail(with_officer: NewVault) -> None:
    def swap(document: dict[str, Any]) -> None:
        admin, officer = officer_in(document, ADMIN_ID), officer_in(document, OFFICER_ID)
        for field in ("salt", "check", "nonce", "wrapped_key", "entry_tag"):
            admin[field], officer[field] = officer[field], admin[field]

    edit_key_file(with_officer.data_dir, swap)
    with pytest.raises(KeyFileTampered):
        with_officer.reopen().unlock(ADMIN_ID, OFFICER_PASSPHRASE)


def without_keyring(data_dir: Path, kdf: Any = CHEAP_KDF) -> tuple[Vault, bytes]:
    keyring.set_keyring(fail.Keyring())
    vault, _, data_key = Vault.create(data_dir, ADMIN_ID, "Beheerder", ADMIN_PASSPHRASE, kdf=kdf)
    vault.add_officer(data_key, OFFICER_ID, "Agent", OFFICER_PASSPHRASE)
    return vault, data_key


def test_without_a_keyring_a_role_flip_still_fails_with_a_clear_error(data_dir: Path) -> None:
    without_keyring(data_dir)
    edit_key_file(data_dir, flip_role)
    with pytest.raises(KeyFileTampered):
        Vault.open(data_dir, kdf=CHEAP_KDF).unlock(OFFICER_ID, OFFICER_PASSPHRASE)


def test_without_a_keyring_changed_parameters_still_never_unwrap(data_dir: Path) -> None:
    # Without the installation secret nothing tells a changed salt or parameter from a
    # wrong passphrase: both change the derived key. The data key stays out of reach.
    without_keyring(data_dir)
    edit_key_file(data_dir, raise_time_cost)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, kdf=CHEAP_KDF).unlock(OFFICER_ID, OFFICER_PASSPHRASE)


def test_a_changed_data_key_check_is_caught(new_vault: NewVault) -> None:
    edit_key_file(
        new_vault.data_dir,
        lambda document: document.update(
            data_key_check=base64.b64encode(secrets.token_bytes(32)).decode()
        ),
    )
    with pytest.raises(KeyFileTampered):
        new_vault.reopen().unlock(ADMIN_ID, ADMIN_PASSPHRASE)
    with pytest.raises(VaultDamaged):
        new_vault.reopen().unlock_with_recovery_key(new_vault.recovery_key)


def test_the_file_is_valid_json_a_reviewer_can_read(new_vault: NewVault) -> None:
    document = json.loads((new_vault.data_dir / "keys.json").read_text(encoding="utf-8"))
    assert document["format"] == "intake-app-keys"
    assert document["version"] == 1

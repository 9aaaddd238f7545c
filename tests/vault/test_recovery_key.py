"""The recovery key: readable, forgiving when typed back, and the way back in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.vault import (
    MistypedRecoveryKey,
    Vault,
    WeakPassphrase,
    WrongDataKey,
    WrongPassphrase,
    WrongRecoveryKey,
)
from intake_app.vault.recovery_key import ALPHABET, new_recovery_key, recovery_secret
from tests.vault.conftest import (
    ADMIN_ID,
    ADMIN_NAME,
    ADMIN_PASSPHRASE,
    CHEAP_KDF,
    OFFICER_ID,
    OFFICER_PASSPHRASE,
    NewVault,
)

NEW_PASSPHRASE = "blauwe fiets op de dijk"  # noqa: S105 (fictional)


def test_the_key_is_seven_groups_of_four_readable_characters() -> None:
    key = new_recovery_key()
    assert re.fullmatch(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}", key)
    assert set(key.replace("-", "")) <= set(ALPHABET)
    assert not set(key) & set("ILOU")


def test_keys_carry_at_least_128_random_bits() -> None:
    secrets = {recovery_secret(new_recovery_key()) for _ in range(50)}
    assert len(secrets) == 50
    assert all(len(secret) * 8 >= 128 for secret in secrets)


def test_case_spaces_dashes_and_look_alikes_do_not_matter() -> None:
    key = new_recovery_key()
    typed = " ".join(key.split("-")).lower().replace("0", "o").replace("1", "l")
    assert recovery_secret(typed) == recovery_secret(key)


@pytest.mark.parametrize(
    ("mangle", "reason"),
    [
        (lambda key: key[:-5], "tekens"),
        (lambda key: key + "-AAAA", "tekens"),
        (lambda key: key[:-1] + "U", "teken"),
        (lambda key: key[:-1] + "!", "teken"),
    ],
)
def test_a_mistyped_key_is_told_apart_from_a_wrong_one(mangle: object, reason: str) -> None:
    key = new_recovery_key()
    assert callable(mangle)
    with pytest.raises(MistypedRecoveryKey, match=reason):
        recovery_secret(mangle(key))


def test_swapping_one_character_is_caught_by_the_check_characters() -> None:
    key = new_recovery_key()
    first = key[0]
    other = ALPHABET[(ALPHABET.index(first) + 1) % len(ALPHABET)]
    with pytest.raises(MistypedRecoveryKey, match="controletekens"):
        recovery_secret(other + key[1:])


def test_the_recovery_key_unlocks(new_vault: NewVault) -> None:
    typed = new_vault.recovery_key.lower().replace("-", " ")
    assert new_vault.reopen().unlock_with_recovery_key(typed) == new_vault.data_key


def test_another_stores_recovery_key_is_refused(new_vault: NewVault, tmp_path: Path) -> None:
    _, other_key, _ = Vault.create(
        tmp_path / "other", ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF
    )
    with pytest.raises(WrongRecoveryKey, match="hoort niet bij deze opslag"):
        new_vault.vault.unlock_with_recovery_key(other_key)


def test_reset_gives_the_officer_a_new_passphrase(with_officer: NewVault) -> None:
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            with_officer.vault.unlock(OFFICER_ID, "vergeten, echt vergeten")
        with_officer.clock.advance(300)

    with_officer.vault.reset_officer(with_officer.recovery_key, OFFICER_ID, NEW_PASSPHRASE)

    reopened = with_officer.reopen()
    assert reopened.unlock(OFFICER_ID, NEW_PASSPHRASE) == with_officer.data_key
    with pytest.raises(WrongPassphrase) as caught:
        reopened.unlock(OFFICER_ID, OFFICER_PASSPHRASE)
    assert caught.value.failures == 1  # the reset cleared the count
    assert len(reopened.failed_unlocks_since_last_success(OFFICER_ID)) == 6  # still audited


def test_reset_with_a_wrong_key_or_weak_passphrase_changes_nothing(
    with_officer: NewVault, tmp_path: Path
) -> None:
    key_file = with_officer.data_dir / "keys.json"
    before = key_file.read_bytes()
    _, other_key, _ = Vault.create(
        tmp_path / "other", ADMIN_ID, ADMIN_NAME, ADMIN_PASSPHRASE, kdf=CHEAP_KDF
    )
    with pytest.raises(WrongRecoveryKey):
        with_officer.vault.reset_officer(other_key, OFFICER_ID, NEW_PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        with_officer.vault.reset_officer(with_officer.recovery_key, OFFICER_ID, "kort")
    assert key_file.read_bytes() == before


def test_a_lost_recovery_key_can_be_replaced(new_vault: NewVault) -> None:
    with pytest.raises(WrongDataKey):
        new_vault.vault.replace_recovery_key(bytes(32))
    new_key = new_vault.vault.replace_recovery_key(new_vault.data_key)
    reopened = new_vault.reopen()
    assert reopened.unlock_with_recovery_key(new_key) == new_vault.data_key
    with pytest.raises(WrongRecoveryKey):
        reopened.unlock_with_recovery_key(new_vault.recovery_key)


@given(
    spacing=st.lists(st.sampled_from(["", " ", "-", "  ", "\t"]), min_size=7, max_size=7),
    lower=st.lists(st.booleans(), min_size=28, max_size=28),
)
def test_any_spacing_and_case_reads_back_the_same_key(
    spacing: list[str], lower: list[bool]
) -> None:
    key = new_recovery_key()
    chars = [ch.lower() if low else ch for ch, low in zip(key.replace("-", ""), lower, strict=True)]
    typed = "".join(sep + "".join(chars[i * 4 : i * 4 + 4]) for i, sep in enumerate(spacing))
    assert recovery_secret(typed) == recovery_secret(key)

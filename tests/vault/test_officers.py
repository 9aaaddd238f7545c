"""Adding, removing and changing officers; the data key itself never changes."""

from __future__ import annotations

import secrets

import pytest

from intake_app.vault import (
    InvalidOfficer,
    KdfParams,
    LastAdmin,
    OfficerEntry,
    UnknownOfficer,
    Vault,
    WeakPassphrase,
    WrongDataKey,
    WrongPassphrase,
)
from intake_app.vault.key_file import read_key_file
from tests.vault.conftest import (
    ADMIN_ID,
    ADMIN_NAME,
    ADMIN_PASSPHRASE,
    CHEAP_KDF,
    OFFICER_ID,
    OFFICER_NAME,
    OFFICER_PASSPHRASE,
    NewVault,
)

NEW_PASSPHRASE = "rode vlieger boven het strand"  # noqa: S105 (fictional)


def test_an_added_officer_unlocks_with_their_own_passphrase(with_officer: NewVault) -> None:
    reopened = with_officer.reopen()
    assert reopened.officers() == [
        OfficerEntry(ADMIN_ID, ADMIN_NAME, "admin"),
        OfficerEntry(OFFICER_ID, OFFICER_NAME, "officer"),
    ]
    assert reopened.unlock(OFFICER_ID, OFFICER_PASSPHRASE) == with_officer.data_key
    with pytest.raises(WrongPassphrase):
        reopened.unlock(OFFICER_ID, ADMIN_PASSPHRASE)


def test_adding_needs_the_right_data_key(new_vault: NewVault) -> None:
    with pytest.raises(WrongDataKey):
        new_vault.vault.add_officer(
            secrets.token_bytes(32), OFFICER_ID, OFFICER_NAME, OFFICER_PASSPHRASE
        )
    assert [o.id for o in new_vault.reopen().officers()] == [ADMIN_ID]


def test_adding_refuses_a_taken_id_a_bad_role_and_a_weak_passphrase(
    with_officer: NewVault,
) -> None:
    vault, key = with_officer.vault, with_officer.data_key
    with pytest.raises(InvalidOfficer, match="al een agent"):
        vault.add_officer(key, OFFICER_ID, "Iemand Anders", NEW_PASSPHRASE)
    with pytest.raises(InvalidOfficer, match="rol"):
        vault.add_officer(key, "agent08", "Iemand Anders", NEW_PASSPHRASE, role="chef")
    with pytest.raises(WeakPassphrase):
        vault.add_officer(key, "agent08", "Iemand Anders", "123")
    with pytest.raises(InvalidOfficer, match="stuurtekens"):
        vault.add_officer(key, "agent08", "Iemand\x00Anders", NEW_PASSPHRASE)


def test_remove_officer(with_officer: NewVault) -> None:
    with_officer.vault.remove_officer(OFFICER_ID)
    reopened = with_officer.reopen()
    assert [o.id for o in reopened.officers()] == [ADMIN_ID]
    with pytest.raises(UnknownOfficer):
        reopened.unlock(OFFICER_ID, OFFICER_PASSPHRASE)
    with pytest.raises(UnknownOfficer):
        reopened.remove_officer(OFFICER_ID)


def test_the_last_administrator_cannot_be_removed(with_officer: NewVault) -> None:
    with pytest.raises(LastAdmin, match="laatste beheerder"):
        with_officer.vault.remove_officer(ADMIN_ID)
    assert ADMIN_ID in [o.id for o in with_officer.reopen().officers()]

    with_officer.vault.add_officer(
        with_officer.data_key, "beheer02", "Tweede Beheerder", NEW_PASSPHRASE, role="admin"
    )
    with_officer.vault.remove_officer(ADMIN_ID)
    with pytest.raises(LastAdmin):
        with_officer.vault.remove_officer("beheer02")


def test_changing_a_passphrase_keeps_the_data_key(with_officer: NewVault) -> None:
    with_officer.vault.change_passphrase(OFFICER_ID, OFFICER_PASSPHRASE, NEW_PASSPHRASE)
    reopened = with_officer.reopen()
    assert reopened.unlock(OFFICER_ID, NEW_PASSPHRASE) == with_officer.data_key
    with pytest.raises(WrongPassphrase):
        reopened.unlock(OFFICER_ID, OFFICER_PASSPHRASE)
    assert reopened.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == with_officer.data_key


def test_changing_needs_the_old_passphrase_and_counts_a_wrong_one(
    with_officer: NewVault,
) -> None:
    before = with_officer.vault.unlock(OFFICER_ID, OFFICER_PASSPHRASE)
    with pytest.raises(WrongPassphrase) as caught:
        with_officer.vault.change_passphrase(OFFICER_ID, "niet de oude zin", NEW_PASSPHRASE)
    assert caught.value.failures == 1
    assert with_officer.reopen().unlock(OFFICER_ID, OFFICER_PASSPHRASE) == before


def test_changing_refuses_a_weak_or_unchanged_passphrase(with_officer: NewVault) -> None:
    with pytest.raises(WeakPassphrase, match="minstens"):
        with_officer.vault.change_passphrase(OFFICER_ID, OFFICER_PASSPHRASE, "kort")
    with pytest.raises(WeakPassphrase, match="gelijk"):
        with_officer.vault.change_passphrase(OFFICER_ID, OFFICER_PASSPHRASE, OFFICER_PASSPHRASE)


def test_a_changed_passphrase_gets_this_releases_parameters(with_officer: NewVault) -> None:
    stronger = KdfParams(time_cost=2, memory_cost=16, parallelism=1)
    vault = Vault.open(with_officer.data_dir, kdf=stronger)
    assert vault.unlock(OFFICER_ID, OFFICER_PASSPHRASE) == with_officer.data_key
    assert officer_kdf(with_officer, OFFICER_ID) == CHEAP_KDF  # unlocking upgrades nothing
    vault.change_passphrase(OFFICER_ID, OFFICER_PASSPHRASE, NEW_PASSPHRASE)
    assert officer_kdf(with_officer, OFFICER_ID) == stronger
    assert with_officer.reopen().unlock(OFFICER_ID, NEW_PASSPHRASE) == with_officer.data_key


def officer_kdf(new_vault: NewVault, officer_id: str) -> KdfParams:
    record = read_key_file(new_vault.data_dir).officer(officer_id)
    assert record is not None
    return record.kdf.params()

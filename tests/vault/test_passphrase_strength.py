"""Weak passphrases are refused in the vault itself, with advice; ordinary Dutch words pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.vault import Vault, WeakPassphrase
from intake_app.vault.passphrase_rules import check_new_passphrase
from tests.vault.conftest import ADMIN_ID, ADMIN_PASSPHRASE, CHEAP_KDF, NewVault

WEAK = ["wachtwoord123", "politie1234", "1234567890", "Welkom01!!", "Zomer2026!!", "ajaxajax12"]
STRONG = [
    "lamp wolk tegel harp boek",
    "fiets molen kaas regen boek",
    "paarse olifant danst zacht",
    "stoel rivier pannenkoek sleutel",
]


@pytest.mark.parametrize("passphrase", WEAK)
def test_common_passphrases_are_refused_with_advice(passphrase: str) -> None:
    with pytest.raises(WeakPassphrase) as raised:
        check_new_passphrase(passphrase)
    assert "losse woorden" in str(raised.value)


@pytest.mark.parametrize("passphrase", STRONG)
def test_ordinary_unrelated_dutch_words_pass(passphrase: str) -> None:
    check_new_passphrase(passphrase)


def test_the_officers_own_code_and_name_count_as_known() -> None:
    check_new_passphrase("jansen pietersma 4471")  # strong enough for a stranger
    with pytest.raises(WeakPassphrase):
        check_new_passphrase("jansen pietersma 4471", ["agent4471", "Jansen Pietersma"])


def test_the_vault_refuses_weak_passphrases_everywhere(new_vault: NewVault, data_dir: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(data_dir / "other", "beheer02", "Beheerder Twee", "wachtwoord123")
    with pytest.raises(WeakPassphrase):
        new_vault.vault.add_officer(new_vault.data_key, "agent08", "Agent Acht", "politie1234")
    with pytest.raises(WeakPassphrase):
        new_vault.vault.change_passphrase(ADMIN_ID, ADMIN_PASSPHRASE, "Welkom01!!")
    with pytest.raises(WeakPassphrase):
        new_vault.vault.reset_officer(new_vault.recovery_key, ADMIN_ID, "1234567890")


def test_the_station_name_counts_as_known(new_vault: NewVault, data_dir: Path) -> None:
    save_station_profile(data_dir, StationProfile(name="Bureau Zeewolde Haven"))
    with pytest.raises(WeakPassphrase):
        new_vault.vault.add_officer(
            new_vault.data_key, "agent08", "Agent Acht", "zeewolde haven 2026"
        )
    new_vault.vault.add_officer(new_vault.data_key, "agent08", "Agent Acht", STRONG[0])
    assert CHEAP_KDF.time_cost == 1

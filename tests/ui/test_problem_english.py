"""The English interface shows the vault's and the store's everyday problems in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.store import errors as store
from intake_app.ui.problem_english import english_problem_text, problem_text_for
from intake_app.vault import errors as vault

EVERYDAY_PROBLEMS: list[Exception] = [
    vault.WrongPassphrase(retry_after_seconds=0, failures=1),
    vault.WrongPassphrase(retry_after_seconds=30, failures=4),
    vault.TooSoon(retry_after_seconds=60),
    vault.UnknownOfficer("A999"),
    vault.WrongRecoveryKey(),
    vault.MistypedRecoveryKey("te kort"),
    vault.WeakPassphrase("ze is te kort"),
    vault.LastAdmin("A100"),
    vault.InstallationSecretMissing("A100"),
    vault.KeyringUnavailable("A100"),
    store.StoreInUse("/data"),
    store.WrongKeyOrCorrupt("/data/intakes.db"),
    store.StoreCorrupt("/data/intakes.db", "pagina 3"),
    store.IntakeNotEditable("2026-0001", "completed"),
]

DUTCH_WORDS = (" de ", " het ", " een ", "niet", "wachtwoordzin", "herstelsleutel")


@pytest.mark.parametrize("problem", EVERYDAY_PROBLEMS, ids=lambda p: type(p).__name__)
def test_everyday_problems_have_english_without_dutch_left_in(problem: Exception) -> None:
    english = english_problem_text(problem)

    assert english is not None
    assert not any(word in f" {english.lower()} " for word in DUTCH_WORDS), english
    assert problem_text_for(problem, "nl") == str(problem)  # Dutch stays the domain's own


def test_fields_reach_the_english_text() -> None:
    waiting = problem_text_for(vault.WrongPassphrase(retry_after_seconds=30, failures=4), "en")
    assert "attempt 4" in waiting and "30 seconds" in waiting
    assert "A999" in problem_text_for(vault.UnknownOfficer("A999"), "en")
    assert "2026-0001" in problem_text_for(store.IntakeNotEditable("2026-0001", "completed"), "en")


def test_the_most_specific_class_wins() -> None:
    mistyped = english_problem_text(vault.MistypedRecoveryKey("te kort"))
    assert mistyped is not None and "not copied correctly" in mistyped


def test_a_rare_problem_keeps_its_dutch_message() -> None:
    rare = vault.NewerKeyFile(Path("/data/keys.json"), 9)
    assert english_problem_text(rare) is None
    assert problem_text_for(rare, "en") == str(rare)

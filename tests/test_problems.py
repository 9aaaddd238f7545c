"""Errors carry a code and fields; `describe` composes their text in the interface language."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import intake_app
from intake_app import casework, problems
from intake_app.commands.store import CredentialsMissing
from intake_app.forms.yaml_source import FormFileError
from intake_app.problems import TEMPLATES, describe
from intake_app.station_profile import StationProfileDamaged, StationProfileUnreadable
from intake_app.store import errors as store
from intake_app.store.database import StoreWriteFailed
from intake_app.vault import errors as vault

EVERY_VAULT_AND_STORE_PROBLEM: list[Exception] = [
    vault.VaultMissing(Path("/data")),
    vault.VaultExists(Path("/data")),
    vault.VaultDamaged(Path("/data/keys.json"), "het bestand is geen tekst"),
    vault.KeyFileTampered(Path("/data/keys.json"), "A100"),
    vault.KeyFileUnreadable(Path("/data/keys.json"), "Permission denied"),
    vault.KeyFileUnwritable(Path("/data/keys.json"), "No space left on device"),
    vault.NewerKeyFile(Path("/data/keys.json"), 9),
    vault.WrongPassphrase(retry_after_seconds=0, failures=1),
    vault.WrongPassphrase(retry_after_seconds=30, failures=4),
    vault.TooSoon(retry_after_seconds=60),
    vault.UnknownOfficer("A999"),
    vault.WrongRecoveryKey(),
    vault.MistypedRecoveryKey("te kort"),
    vault.WeakPassphrase("ze is te kort"),
    vault.InvalidOfficer("vul een naam in"),
    vault.LastAdmin("A100"),
    vault.WrongDataKey(),
    vault.InstallationSecretMissing("A100"),
    vault.KeyringUnavailable("A100"),
    store.StoreFileMissing("/data/store.db"),
    store.StoreFileEmpty("/data/store.db", 1),
    store.StoreFileSizeMismatch("/data/store.db", 8193, 8192),
    store.StoreExists("/data"),
    store.StoreInUse("/data"),
    store.WrongKeyOrCorrupt("/data/intakes.db"),
    store.StoreCorrupt("/data/intakes.db", "pagina 3"),
    store.StoreTooNew("0099_future"),
    store.IntakeNotFound(12),
    store.IntakeNotEditable("2026-0001", "completed"),
    StoreWriteFailed(),
    StationProfileUnreadable(Path("/data/station.json"), "Permission denied"),
    StationProfileDamaged(Path("/data/station.json")),
    casework.CaseReadOnly("edit"),
    casework.LettersNeedOfficer(),
    casework.StationProfileMissing(),
]

DUTCH_WORDS = (" de ", " het ", " een ", "niet", "wachtwoordzin", "herstelsleutel", "agent ")


@pytest.mark.parametrize("problem", EVERY_VAULT_AND_STORE_PROBLEM, ids=lambda p: p.code)
def test_every_vault_store_and_casework_problem_has_english(problem: Exception) -> None:
    english = describe(problem, "en")

    assert english != str(problem)
    assert not any(word in f" {english.lower()} " for word in DUTCH_WORDS), english
    assert describe(problem, "nl") == str(problem)  # Dutch is the error's own message


def test_fields_reach_the_text() -> None:
    waiting = describe(vault.WrongPassphrase(retry_after_seconds=30, failures=4), "en")
    assert "attempt 4" in waiting and "30 seconds" in waiting
    assert "A999" in describe(vault.UnknownOfficer("A999"), "en")
    assert "2026-0001" in describe(store.IntakeNotEditable("2026-0001", "completed"), "en")
    assert "0099_future" in describe(store.StoreTooNew("0099_future"), "en")


def test_the_commands_compose_their_own_dutch_from_fields() -> None:
    missing = CredentialsMissing("geef inloggegevens met --credentials-stdin")

    assert missing.code == "commands.credentials_missing"
    assert (
        describe(missing, "nl") == "Geen inloggegevens: geef inloggegevens met --credentials-stdin."
    )


def test_a_form_file_problem_names_file_and_line_in_both_languages() -> None:
    problem = FormFileError(Path("forms/intake.nl.yaml"), 12, "unknown question 'x'")

    assert describe(problem, "en") == describe(problem, "nl") == str(problem)


class NewProblem(vault.VaultError):
    """An error another engineer adds: a code, a field, no template yet."""

    code = "vault.something_new"

    def __init__(self, officer_id: str) -> None:
        self.officer_id = officer_id
        super().__init__(f"Er is iets nieuws met agent {officer_id}.")


def test_a_code_without_a_template_shows_the_errors_own_message() -> None:
    problem = NewProblem("A100")

    assert describe(problem, "en") == describe(problem, "nl") == str(problem)


def test_a_template_naming_a_missing_field_falls_back_to_the_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(TEMPLATES, "vault.something_new", {"en": "About {officer} ({since})."})

    assert describe(NewProblem("A100"), "en") == str(NewProblem("A100"))


def test_an_error_without_a_code_is_its_message() -> None:
    assert describe(ValueError("iets"), "en") == "iets"
    assert not problems.has_text(ValueError("iets"))


def _codes_of_the_app() -> dict[str, list[str]]:
    for module in pkgutil.walk_packages(intake_app.__path__, "intake_app."):
        skipped = ("intake_app.ui", "intake_app.store.migrations", "intake_app.__main__")
        if not module.name.startswith(skipped):
            importlib.import_module(module.name)
    codes: dict[str, list[str]] = {}
    seen: set[type[BaseException]] = set()
    waiting: list[type[BaseException]] = [Exception]
    while waiting:
        kind = waiting.pop()
        for sub in kind.__subclasses__():
            if sub in seen:
                continue
            seen.add(sub)
            waiting.append(sub)
            code = sub.__dict__.get("code")
            if sub.__module__.startswith("intake_app.") and isinstance(code, str):
                codes.setdefault(code, []).append(sub.__qualname__)
    return codes


def test_every_code_names_one_error_and_every_template_a_code() -> None:
    codes = _codes_of_the_app()

    assert {code: names for code, names in codes.items() if len(names) > 1} == {}
    assert set(TEMPLATES) <= set(codes)

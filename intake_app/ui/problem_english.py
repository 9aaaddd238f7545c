"""English for the problems an officer meets in daily work, composed from the errors' fields.

The vault and the store speak Dutch (their str() is the Dutch message, and the source of
truth). The English interface shows these texts instead; a problem not listed here is rare
(a damaged key file, a database from a newer version) and keeps its Dutch message, which the
administrator who handles it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from intake_app.store import errors as store
from intake_app.vault import errors as vault
from intake_app.vault.passphrase_rules import MIN_LENGTH
from intake_app.vault.recovery_key import GROUP_SIZE, GROUPS

_RESTORE_HINT = (
    "Restore the latest backup into a new, empty folder (intake-app restore FILE "
    "--data-dir NEW_FOLDER)."
)
_RESET_HINT = "The administrator can reset your passphrase with the recovery key."


def _wrong_passphrase(problem: vault.WrongPassphrase) -> str:
    wait = (
        f"Try again in {problem.retry_after_seconds} seconds."
        if problem.retry_after_seconds
        else "Try again; mind capital letters."
    )
    return f"The passphrase is not right (failed attempt {problem.failures}). {wait}"


_ENGLISH: dict[type[Exception], Callable[[Any], str]] = {
    vault.WrongPassphrase: _wrong_passphrase,
    vault.TooSoon: lambda problem: (
        "After several failed attempts you have to wait a moment: try again in "
        f"{problem.retry_after_seconds} seconds. {_RESET_HINT}"
    ),
    vault.UnknownOfficer: lambda problem: (
        f"There is no officer with the code {problem.officer_id!r} in this store."
    ),
    vault.MistypedRecoveryKey: lambda _problem: (
        f"The recovery key was not copied correctly. A recovery key is {GROUPS} groups of "
        f"{GROUP_SIZE} letters and digits; spaces, dashes and capitals do not matter."
    ),
    vault.WrongRecoveryKey: lambda _problem: (
        "This recovery key does not belong to this store. Check that you use the recovery key "
        "of this computer and this data folder."
    ),
    vault.WeakPassphrase: lambda _problem: (
        f"This passphrase cannot be used: it is shorter than {MIN_LENGTH} characters or too "
        "easy to guess. Choose four or five unrelated words that have nothing to do with you "
        "or the station; digits or punctuation added to a known word hardly help."
    ),
    vault.LastAdmin: lambda problem: (
        f"Officer {problem.officer_id} is the last administrator and cannot be removed. Add "
        "another administrator first."
    ),
    vault.InstallationSecretMissing: lambda problem: (
        f"The installation secret for officer {problem.officer_id} is missing from the "
        "operating system's credential store (the data folder was copied or the credential "
        f"store was cleared). {_RESET_HINT}"
    ),
    vault.KeyringUnavailable: lambda problem: (
        "The operating system's credential store cannot be reached now, and it is needed to "
        f"unlock officer {problem.officer_id}. Sign in to the computer again, or ask the "
        "administrator to reset your passphrase with the recovery key."
    ),
    store.StoreInUse: lambda problem: (
        f"The intake database in {problem.path} is already open in another window or program "
        "of this app. Close that first; only one may work with it at a time."
    ),
    store.WrongKeyOrCorrupt: lambda problem: (
        f"The intake database {problem.path} cannot be read: the key does not fit, or the file "
        f"is damaged. Nothing has been changed. {_RESTORE_HINT}"
    ),
    store.StoreCorrupt: lambda problem: (
        f"The intake database {problem.path} is damaged. Nothing has been changed. {_RESTORE_HINT}"
    ),
    store.IntakeNotEditable: lambda problem: (
        f"Intake {problem.reference} has been finalised. Record an amendment with a reason "
        "before changing anything."
    ),
}


def english_problem_text(problem: BaseException) -> str | None:
    """The English message for `problem`, or None where only the Dutch one exists."""
    for kind in type(problem).__mro__:  # the most specific class listed wins
        compose = _ENGLISH.get(kind)
        if compose is not None:
            return compose(problem)
    return None


def problem_text_for(problem: BaseException, language: str) -> str:
    """What the officer reads, in the interface language where we have it."""
    if language == "en":
        english = english_problem_text(problem)
        if english is not None:
            return english
    return str(problem)

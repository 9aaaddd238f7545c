"""What can go wrong with the store, in words an officer or administrator can act on.

Messages never carry personal data: no answer values, no names, no SQL parameters.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of every store problem shown to a user."""


class StoreMissing(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"There is no intake database in {path}. Start the app to set one up, "
            "or restore a backup into a new folder."
        )


class StoreExists(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(f"An intake database already exists in {path}; it was left untouched.")


class WrongKeyOrCorrupt(StoreError):
    """SQLCipher cannot tell a wrong key from a damaged first page: both fail the HMAC."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The intake database in {path} cannot be read: the key does not open it, "
            "or the file is damaged. Nothing was changed. If your passphrase was accepted, "
            "restore the latest backup into a new folder (intake-app restore)."
        )


class StoreCorrupt(StoreError):
    def __init__(self, path: str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"The intake database in {path} is damaged{extra}. Nothing was changed. "
            "Restore the latest backup into a new folder (intake-app restore)."
        )


class StoreInUse(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"The intake database in {path} is already open in another window or program "
            "of this app. Close that one first; only one may use the database at a time."
        )


class StoreTooNew(StoreError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"The intake database was written by a newer release of the app (schema {revision}). "
            "Install that release or newer; this one cannot open it safely."
        )


class IntakeNotFound(StoreError):
    def __init__(self, intake_id: int) -> None:
        super().__init__(f"Intake {intake_id} does not exist (it may have been purged).")


class IntakeNotEditable(StoreError):
    def __init__(self, reference: str, status: str) -> None:
        super().__init__(
            f"Intake {reference} is {status}; record an amendment with a reason before changing it."
        )


class InvalidValue(StoreError):
    """A caller passed something the store does not accept (a bug, not user data)."""

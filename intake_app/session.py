"""A working session, without Qt: the data folder's vault unlocked, the store open, the
unlock audited. The window and the headless commands both start here.

    session = open_session(data_dir, officer_id, passphrase)   # or open_with_recovery_key
    ... session.store.intakes.create(session.officer_id) ...
    session.close()

First run: `first_run(data_dir, admin_id, admin_name, passphrase)` makes the vault, the store
and the administrator, and returns the recovery key to show once.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from intake_app.atomic_write import write_atomically
from intake_app.store.errors import StoreError
from intake_app.store.frontoffice import note_restore, purge_expired_consults
from intake_app.store.retention import purge_expired
from intake_app.store.store import Store, check_database_present
from intake_app.vault import KdfParams, Vault
from intake_app.vault.errors import LastAdmin, UnknownOfficer, VaultError, VaultExists

RECOVERY_KEY_EVENT = "recovery_key"  # details: action issued | replaced | confirmed


@dataclass
class Session:
    vault: Vault
    store: Store
    officer_id: str | None  # None: opened with the recovery key (an administrator's rescue)
    failed_unlocks: list[datetime] = field(default_factory=list)  # to tell the officer
    purged: int = 0
    store_was_missing: bool = False  # a first run was interrupted: a new, empty store was made
    # Opened with the recovery key: the auditor's key, so verify can check every audit MAC.
    auditor_private_key: bytes | None = field(default=None, repr=False)

    @property
    def reduced_protection(self) -> bool:
        return self.vault.reduced_protection

    def replace_recovery_key(self) -> str:
        """A new recovery key to show once; the old one stops opening this installation's
        keys.json at once (the vault replaces its recovery wrap in one atomic write)."""
        recovery_key = self.vault.replace_recovery_key(self.store.database.data_key)
        self.store.record_event(RECOVERY_KEY_EVENT, self.officer_id, details={"action": "replaced"})
        return recovery_key

    def confirm_recovery_key(self) -> None:
        """The administrator says the key shown is on paper and put away."""
        self.store.record_event(
            RECOVERY_KEY_EVENT, self.officer_id, details={"action": "confirmed"}
        )

    def recovery_key_unconfirmed(self) -> bool:
        """A recovery key was shown and the screen left (lock, close, crash) before the
        administrator confirmed it was put away: a new one must be issued."""
        latest = self.store.latest_event(RECOVERY_KEY_EVENT)
        return latest is not None and latest.details.get("action") != "confirmed"

    def close(self) -> None:
        """Closes the store, after anchoring the audit chain's head in the vault file."""
        try:
            self.record_audit_anchor()
        finally:
            self.store.close()

    def record_audit_anchor(self) -> None:
        """Moves the anchor forward, unless the chain no longer holds the anchored entry:
        then the old anchor is the evidence, and stays."""
        # Best effort: a vault file that cannot be written must not keep the store open.
        with contextlib.suppress(VaultError, StoreError):
            anchored = self.vault.audit_anchor()
            if anchored is not None and not self.store.audit_holds(*anchored):
                return
            self.vault.record_audit_anchor(*self.store.audit_head())

    # The vault decides who may unlock; the store keeps who they are for its records. Each
    # operation changes both or, when the second step fails, undoes the first and re-raises the
    # first problem. Should the undoing fail too, the next unlock brings the store in line with
    # the vault (_sync_officers), so the two never disagree for long.

    def add_officer(self, officer_id: str, name: str, passphrase: str, role: str) -> None:
        """Runs Argon2id for the new wrap: seconds, so callers with a window use a worker."""
        self.vault.add_officer(self.store.database.data_key, officer_id, name, passphrase, role)
        try:
            self.store.officers.ensure(officer_id, name.strip(), role)
        except BaseException:
            with contextlib.suppress(Exception):
                self.vault.remove_officer(officer_id)
            raise

    def remove_officer(self, officer_id: str) -> None:
        """The store's record is kept but made inactive: saves and audit entries name them."""
        officers = self.vault.officers()
        officer = next((entry for entry in officers if entry.id == officer_id), None)
        # Refused before anything changes, so the audit log never shows a removal undone.
        if officer is None:
            raise UnknownOfficer(officer_id)
        if officer.role == "admin" and [o.role for o in officers].count("admin") == 1:
            raise LastAdmin(officer_id)
        self.store.officers.deactivate(officer_id)
        try:
            self.vault.remove_officer(officer_id)
        except BaseException:
            with contextlib.suppress(Exception):
                self.store.officers.ensure(officer.id, officer.display_name, officer.role)
            raise


# Written before the vault, removed once the store exists: only a first run that was cut off
# between the two may still make the store. Anywhere else a missing store.db is refused.
FIRST_RUN_MARKER = "first-run.pending"


def needs_first_run(data_dir: Path) -> bool:
    return not Vault.exists(data_dir)


def _first_run_pending(data_dir: Path) -> bool:
    return (data_dir / FIRST_RUN_MARKER).is_file()


def first_run(
    data_dir: Path,
    admin_id: str,
    admin_name: str,
    passphrase: str,
    kdf: KdfParams | None = None,
) -> tuple[Session, str]:
    """Vault, store and first administrator; the recovery key is shown once by the caller."""
    if Vault.exists(data_dir):  # before the marker is written: a second first run changes nothing
        raise VaultExists(data_dir)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    marker = data_dir / FIRST_RUN_MARKER
    write_atomically(marker, b"")
    try:
        vault, recovery_key, data_key = Vault.create(
            data_dir, admin_id, admin_name, passphrase, kdf=kdf
        )
    except BaseException:
        marker.unlink(missing_ok=True)
        raise
    store = Store.create(data_dir, data_key, vault.auditor_public_key())
    marker.unlink()
    try:
        _sync_officers(vault, store)
        store.record_event(RECOVERY_KEY_EVENT, admin_id, details={"action": "issued"})
        store.record_event("unlock", admin_id, details={"first_run": True})
    except BaseException:
        store.close()
        raise
    return Session(vault, store, admin_id), recovery_key


def open_session(
    data_dir: Path,
    officer_id: str,
    passphrase: str,
    apply_retention: bool = True,
    kdf: KdfParams | None = None,
) -> Session:
    """Raises the vault's errors (WrongPassphrase, TooSoon, UnknownOfficer...) before the
    database is touched, and the store's (StoreInUse, StoreCorrupt...) after."""
    vault = Vault.open(data_dir, kdf=kdf)
    _check_store_file(data_dir)
    data_key = vault.unlock(officer_id, passphrase)
    return _start(vault, data_key, officer_id, apply_retention)


def open_with_recovery_key(
    data_dir: Path, recovery_key: str, apply_retention: bool = True
) -> Session:
    vault = Vault.open(data_dir)
    _check_store_file(data_dir)
    data_key = vault.unlock_with_recovery_key(recovery_key)
    session = _start(vault, data_key, None, apply_retention)
    session.auditor_private_key = vault.auditor_private_key(recovery_key)
    return session


def _check_store_file(data_dir: Path) -> None:
    """Before any key is derived or anything written: a missing or cut-short store.db is
    refused (StoreFileProblem), unless a first run was cut off before it made the store."""
    if not _first_run_pending(data_dir):
        check_database_present(data_dir)


def _start(vault: Vault, data_key: bytes, officer_id: str | None, apply_retention: bool) -> Session:
    data_dir = vault.data_dir
    missing = _first_run_pending(data_dir)
    auditor = vault.auditor_public_key()
    if missing:
        store = Store.create(data_dir, data_key, auditor)
        (data_dir / FIRST_RUN_MARKER).unlink()
    else:
        store = Store.open(data_dir, data_key, officer_id, auditor)
    try:
        _sync_officers(vault, store)
        failed: list[datetime] = []
        if officer_id is not None:
            failed = vault.failed_unlocks_since_last_success(officer_id)
            for moment in failed:
                store.record_event("failed_unlock", officer_id, details={"at": moment.isoformat()})
        if officer_id is not None:
            _check_attempt_counters(vault, store, officer_id)
        details: dict[str, bool] = {} if officer_id else {"recovery_key": True}
        if officer_id is not None and vault.attempts_authenticated:
            details[ATTEMPTS_AUTHENTICATED] = True
        store.record_event("unlock", officer_id, details=details)
        if officer_id is not None and failed:
            vault.acknowledge_failed_unlocks(officer_id)
        purged = purge_expired(store, officer_id) if apply_retention else 0
        if apply_retention:
            purge_expired_consults(store.frontoffice, officer_id)
        note_restore(
            store.data_dir, store.frontoffice, officer_id
        )  # R1: replays after a restore from an older backup
    except BaseException:
        store.close()
        raise
    return Session(vault, store, officer_id, failed, purged, store_was_missing=missing)


ATTEMPTS_AUTHENTICATED = "attempts_authenticated"


def _check_attempt_counters(vault: Vault, store: Store, officer_id: str) -> None:
    """An officer whose counters were authenticated at an earlier unlock, and now carry no
    tag at all: someone removed the tag (and reset the counters) in keys.json. The vault
    lets such a file through (it looks like one from before tags); the audit log does not."""
    if vault.attempts_authenticated is False and store.has_event(
        "unlock", officer_id, ATTEMPTS_AUTHENTICATED
    ):
        store.record_event("failed_unlock", officer_id, details={"counters_removed": True})


def _sync_officers(vault: Vault, store: Store) -> None:
    """The vault decides who may unlock; the store keeps who they are for its records."""
    current = {officer.id: officer for officer in vault.officers()}
    for officer in current.values():
        store.officers.ensure(officer.id, officer.display_name, officer.role)
    for known in store.officers.all():
        if known.active and known.id not in current:
            store.officers.deactivate(known.id)

"""A working session, without Qt: the data folder's vault unlocked, the store open, the
unlock audited. The window and the headless commands both start here.

    session = open_session(data_dir, officer_id, passphrase)   # or open_with_recovery_key
    ... session.store.intakes.create(session.officer_id) ...
    session.close()

First run: `first_run(data_dir, admin_id, admin_name, passphrase)` makes the vault, the store
and the administrator, and returns the recovery key to show once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from intake_app.store.database import DATABASE_FILE
from intake_app.store.retention import purge_expired
from intake_app.store.store import Store
from intake_app.vault import KdfParams, Vault

RECOVERY_KEY_EVENT = "recovery_key"  # details: action issued | replaced | confirmed


@dataclass
class Session:
    vault: Vault
    store: Store
    officer_id: str | None  # None: opened with the recovery key (an administrator's rescue)
    failed_unlocks: list[datetime] = field(default_factory=list)  # to tell the officer
    purged: int = 0
    store_was_missing: bool = False  # a first run was interrupted: a new, empty store was made

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
        self.store.close()


def needs_first_run(data_dir: Path) -> bool:
    return not Vault.exists(data_dir)


def first_run(
    data_dir: Path,
    admin_id: str,
    admin_name: str,
    passphrase: str,
    kdf: KdfParams | None = None,
) -> tuple[Session, str]:
    """Vault, store and first administrator; the recovery key is shown once by the caller."""
    vault, recovery_key, data_key = Vault.create(
        data_dir, admin_id, admin_name, passphrase, kdf=kdf
    )
    store = Store.create(data_dir, data_key)
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
    data_key = vault.unlock(officer_id, passphrase)
    return _start(vault, data_key, officer_id, apply_retention)


def open_with_recovery_key(
    data_dir: Path, recovery_key: str, apply_retention: bool = True
) -> Session:
    vault = Vault.open(data_dir)
    data_key = vault.unlock_with_recovery_key(recovery_key)
    return _start(vault, data_key, None, apply_retention)


def _start(vault: Vault, data_key: bytes, officer_id: str | None, apply_retention: bool) -> Session:
    data_dir = vault.data_dir
    missing = not (data_dir / DATABASE_FILE).exists()
    store = (
        Store.create(data_dir, data_key) if missing else Store.open(data_dir, data_key, officer_id)
    )
    try:
        _sync_officers(vault, store)
        failed: list[datetime] = []
        if officer_id is not None:
            failed = vault.failed_unlocks_since_last_success(officer_id)
            for moment in failed:
                store.record_event("failed_unlock", officer_id, details={"at": moment.isoformat()})
        store.record_event(
            "unlock", officer_id, details={} if officer_id else {"recovery_key": True}
        )
        if officer_id is not None and failed:
            vault.acknowledge_failed_unlocks(officer_id)
        purged = purge_expired(store, officer_id) if apply_retention else 0
    except BaseException:
        store.close()
        raise
    return Session(vault, store, officer_id, failed, purged, store_was_missing=missing)


def _sync_officers(vault: Vault, store: Store) -> None:
    """The vault decides who may unlock; the store keeps who they are for its records."""
    current = {officer.id: officer for officer in vault.officers()}
    for officer in current.values():
        store.officers.ensure(officer.id, officer.display_name, officer.role)
    for known in store.officers.all():
        if known.active and known.id not in current:
            store.officers.deactivate(known.id)

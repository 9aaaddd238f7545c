"""The key vault: who may open the store, and with what.

A random 256-bit data key opens the database; it is never stored in the clear. keys.json
holds it wrapped (AES-GCM) once per officer, under a key derived from the officer's passphrase
(Argon2id) combined (HKDF-SHA256) with the installation secret from the OS credential store,
and once under the recovery key. Changing a passphrase rewraps; the database is never
re-encrypted. The vault knows nothing of the database: it hands out the raw data key.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import filelock

from intake_app.paths import key_file_exists, key_file_path
from intake_app.station_profile import StationProfileError, load_station_profile
from intake_app.vault import installation_secret
from intake_app.vault.auditor import auditor_private_key, auditor_public_key
from intake_app.vault.errors import (
    AttemptsTampered,
    AuditAnchorTampered,
    InstallationSecretMissing,
    InvalidOfficer,
    KeyFileTampered,
    KeyFileUnwritable,
    KeyringUnavailable,
    LastAdmin,
    TooSoon,
    UnknownOfficer,
    UnlockBusy,
    VaultDamaged,
    VaultExists,
    WeakPassphrase,
    WrongDataKey,
    WrongPassphrase,
    WrongRecoveryKey,
)
from intake_app.vault.kdf import PRODUCTION_KDF, KdfParams, normalize_passphrase
from intake_app.vault.key_file import (
    Attempts,
    AuditAnchorRecord,
    KeyFile,
    OfficerRecord,
    Role,
    read_key_file,
    write_key_file,
)
from intake_app.vault.keyring_status import keyring_status
from intake_app.vault.officer_rules import check_officer_fields, checked_role
from intake_app.vault.passphrase_rules import check_new_passphrase
from intake_app.vault.recovery_key import new_recovery_key, recovery_secret
from intake_app.vault.sealing import canonical, hkdf, same, tag
from intake_app.vault.throttle import delay_after, seconds_to_wait
from intake_app.vault.wraps import (
    EntryChanged,
    attempts_tag_matches,
    data_key_check,
    entry_tag_matches,
    unwrap_for_officer,
    unwrap_recovery,
    with_attempts_tag,
    wrap_for_officer,
    wrap_for_recovery,
)

Clock = Callable[[], datetime]

DATA_KEY_BYTES = 32
ATTEMPT_LOCK_FILE = "keys.lock"
ATTEMPT_LOCK_TIMEOUT_SECONDS = 120  # eight queued attempts at 1.5 s each fit easily


def utc_now() -> datetime:
    return datetime.now(UTC)


_ANCHOR_TAG = b"intake-app/audit-anchor-tag/v1"


def _context(data_dir: Path, officer_id: str, name: str) -> list[str]:
    """Words an attacker of this folder tries first: the officer's code and name, the
    station's name."""
    words = [officer_id, name]
    try:
        profile = load_station_profile(data_dir)
    except StationProfileError:
        profile = None
    if profile is not None:
        words.append(profile.name)
    return words


def _auditor_public_key(recovery_text: str) -> bytes:
    return auditor_public_key(auditor_private_key(recovery_secret(recovery_text)))


def _anchor_tag(secret: bytes, anchor: AuditAnchorRecord) -> bytes:
    message = canonical({"count": anchor.count, "head": anchor.head})
    return tag(hkdf(secret, info=_ANCHOR_TAG), message)


@dataclass(frozen=True)
class OfficerEntry:
    """An officer as the unlock screen and the admin page see them: no secrets."""

    id: str
    display_name: str
    role: Role


class Vault:
    """Open with `Vault.open` or make with `Vault.create`; every method re-reads keys.json.

    `kdf` is the Argon2id setting for wraps made from now on (new officers, changed or reset
    passphrases); existing wraps keep the parameters they record.
    """

    def __init__(self, data_dir: Path, *, clock: Clock, kdf: KdfParams) -> None:
        self._data_dir = data_dir
        self._clock = clock
        self._kdf = kdf
        self._keyring_usable = keyring_status().usable
        self._secret_id: str | None = None
        self._secret: bytes | None = None
        self._file: KeyFile | None = None
        # After unlock: whether the officer's counters carried a valid tag (None: no secret).
        self.attempts_authenticated: bool | None = None

    # -- making and opening ------------------------------------------------------------------

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return key_file_exists(data_dir)

    @staticmethod
    def key_file_path(data_dir: Path) -> Path:
        """keys.json: a backup must carry it, or nothing in the backup can be opened."""
        return key_file_path(data_dir)

    @classmethod
    def create(
        cls,
        data_dir: Path,
        admin_id: str,
        admin_name: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = utc_now,
    ) -> tuple[Vault, str, bytes]:
        """A new vault with one administrator: (vault, recovery key to show once, data key)."""
        check_officer_fields(admin_id, admin_name)
        check_new_passphrase(passphrase, _context(data_dir, admin_id, admin_name))
        if cls.exists(data_dir):
            raise VaultExists(data_dir)
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as problem:
            path = key_file_path(data_dir)
            raise KeyFileUnwritable(path, problem.strerror or type(problem).__name__) from None
        vault = cls(data_dir, clock=clock, kdf=kdf or PRODUCTION_KDF)
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery_text = new_recovery_key()
        admin = vault._new_officer_record(
            admin_id, admin_name.strip(), "admin", passphrase, data_key, Attempts()
        )
        key_file = KeyFile(
            installation_secret_id=vault._secret_id,
            data_key_check=data_key_check(data_key),
            officers=[admin],
            recovery=wrap_for_recovery(recovery_secret(recovery_text), data_key),
            auditor_public_key=_auditor_public_key(recovery_text),
        )
        if cls.exists(data_dir):  # made meanwhile by another process: never overwrite it
            raise VaultExists(data_dir)
        vault._save(key_file)
        return vault, recovery_text, data_key

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock = utc_now, kdf: KdfParams | None = None) -> Vault:
        """Raises VaultMissing, VaultDamaged (never writing), KeyFileUnreadable, NewerKeyFile."""
        vault = cls(data_dir, clock=clock, kdf=kdf or PRODUCTION_KDF)
        vault._reload()
        return vault

    # -- what the UI may know ----------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def reduced_protection(self) -> bool:
        """True when some officer's passphrase alone protects the data key (no keyring)."""
        return not self._keyring_usable or any(
            officer.installation_secret_id is None for officer in self._current().officers
        )

    def officers(self) -> list[OfficerEntry]:
        return [
            OfficerEntry(officer.id, officer.display_name, officer.role)
            for officer in self._reload().officers
        ]

    # -- unlocking ---------------------------------------------------------------------------

    def unlock(self, officer_id: str, passphrase: str) -> bytes:
        """The data key. Raises UnknownOfficer, TooSoon, WrongPassphrase, KeyFileTampered
        (AttemptsTampered), InstallationSecretMissing, KeyringUnavailable or UnlockBusy.
        Never touches the database.

        One attempt at a time per data folder (a lock across the wait check, Argon2id and the
        counter), and the attempt is counted before Argon2id runs: attempts started in
        parallel, or a process killed during the derivation, are each counted once."""
        with self._attempt_lock():
            key_file = self._reload()
            record = self._require(key_file, officer_id)
            secret = self._secret_for(record)
            if secret is not None and not attempts_tag_matches(record, secret):
                raise AttemptsTampered(key_file_path(self._data_dir), officer_id)
            # A bound record without a tag passes as an old file; the session compares this
            # with the audit log, where earlier unlocks say whether a tag was there.
            self.attempts_authenticated = secret is not None and record.attempts_tag is not None
            now = self._now()
            wait = seconds_to_wait(record.attempts.failures, record.attempts.last_failure, now)
            if wait:
                raise TooSoon(wait)
            counted = record.model_copy(update={"attempts": record.attempts.with_failure(now)})
            # A disk that refuses the write must not keep a right passphrase out; the lock
            # still lets only one attempt through at a time.
            with contextlib.suppress(KeyFileUnwritable):
                self._save(key_file.with_officer(with_attempts_tag(counted, secret)))
            try:
                data_key = unwrap_for_officer(record, passphrase, secret)
            except EntryChanged:
                raise KeyFileTampered(key_file_path(self._data_dir), officer_id) from None
            if data_key is None:
                failures = counted.attempts.failures
                raise WrongPassphrase(delay_after(failures), failures)
            if not same(data_key_check(data_key), key_file.data_key_check):
                raise KeyFileTampered(key_file_path(self._data_dir), officer_id)
            self._after_success(key_file, record, passphrase, data_key, secret)
            return data_key

    @contextlib.contextmanager
    def _attempt_lock(self) -> Iterator[None]:
        # Beside keys.json, never on it: keys.json is replaced by a rename on every write.
        lock = filelock.FileLock(
            self._data_dir / ATTEMPT_LOCK_FILE,
            timeout=ATTEMPT_LOCK_TIMEOUT_SECONDS,
            mode=0o600,
            thread_local=False,
        )
        try:
            lock.acquire()
        except filelock.Timeout:
            raise UnlockBusy(self._data_dir) from None
        try:
            yield
        finally:
            lock.release()

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        """The data key. Raises MistypedRecoveryKey or WrongRecoveryKey."""
        secret = recovery_secret(recovery_key)
        key_file = self._reload()
        data_key = unwrap_recovery(key_file.recovery, secret)
        if data_key is None:
            raise WrongRecoveryKey()
        if not same(data_key_check(data_key), key_file.data_key_check):
            raise VaultDamaged(
                key_file_path(self._data_dir), "de controlewaarde van de gegevenssleutel klopt niet"
            )
        if key_file.auditor_public_key is None:  # a vault from before the audit chain's seal
            with contextlib.suppress(KeyFileUnwritable):
                public_key = _auditor_public_key(recovery_key)
                self._save(key_file.model_copy(update={"auditor_public_key": public_key}))
        return data_key

    # -- the audit chain's auditor and anchor --------------------------------------------------

    def auditor_public_key(self) -> bytes | None:
        """What the store seals the audit chain's first key to; None for an old vault until
        the recovery key has been used once."""
        return self._reload().auditor_public_key

    def auditor_private_key(self, recovery_key: str) -> bytes:
        """Opens the audit chain's first key (verify with the recovery key). Raises
        MistypedRecoveryKey or WrongRecoveryKey."""
        self.unlock_with_recovery_key(recovery_key)
        return auditor_private_key(recovery_secret(recovery_key))

    def audit_anchor(self) -> tuple[int, str] | None:
        """(entry number, hash) recorded at the last close; AuditAnchorTampered when its HMAC
        under the installation secret does not match."""
        key_file = self._reload()
        anchor = key_file.audit_anchor
        if anchor is None:
            return None
        secret = self._secret if key_file.installation_secret_id == self._secret_id else None
        if secret is not None and (
            anchor.tag is None or not same(anchor.tag, _anchor_tag(secret, anchor))
        ):
            raise AuditAnchorTampered(key_file_path(self._data_dir))
        return anchor.count, anchor.head

    def record_audit_anchor(self, count: int, head: str) -> None:
        """Only forward: an anchor further along than the store is evidence, kept as it is."""
        key_file = self._reload()
        current = key_file.audit_anchor
        if current is not None and (
            current.count > count
            or (current.count, current.head)
            == (
                count,
                head,
            )
        ):
            return
        anchor = AuditAnchorRecord(count=count, head=head)
        if self._secret is not None:
            anchor = anchor.model_copy(update={"tag": _anchor_tag(self._secret, anchor)})
        self._save(key_file.model_copy(update={"audit_anchor": anchor}))

    def replace_recovery_key(self, data_key: bytes) -> str:
        """A new recovery key (to show once) when the old sheet is lost; the old one stops
        working for this keys.json. Copies and backups made earlier still open with the old
        one, and the data key stays the same: a recovery key that may have been seen by
        others calls for a new store, not just a new recovery key."""
        key_file = self._reload()
        if not same(data_key_check(data_key), key_file.data_key_check):
            raise WrongDataKey()
        recovery_text = new_recovery_key()
        recovery = wrap_for_recovery(recovery_secret(recovery_text), data_key)
        # The audit chain's first key stays sealed to the old sheet's key: checking the MACs
        # of the chain begun under it needs that sheet (docs/store.md).
        public_key = _auditor_public_key(recovery_text)
        self._save(
            key_file.model_copy(update={"recovery": recovery, "auditor_public_key": public_key})
        )
        return recovery_text

    # -- officers ----------------------------------------------------------------------------

    def add_officer(
        self,
        data_key: bytes,
        officer_id: str,
        name: str,
        passphrase: str,
        role: str = "officer",
    ) -> None:
        """Adds a wrap for a new officer; `data_key` proves the caller has unlocked."""
        officer_role = checked_role(role)
        check_officer_fields(officer_id, name)
        check_new_passphrase(passphrase, _context(self._data_dir, officer_id, name))
        key_file = self._reload()
        if not same(data_key_check(data_key), key_file.data_key_check):
            raise WrongDataKey()
        if key_file.officer(officer_id) is not None:
            raise InvalidOfficer(f"er is al een agent met de code {officer_id}")
        record = self._new_officer_record(
            officer_id, name.strip(), officer_role, passphrase, data_key, Attempts()
        )
        self._save(key_file.with_officer(record))

    def remove_officer(self, officer_id: str) -> None:
        key_file = self._reload()
        record = self._require(key_file, officer_id)
        admins = [officer for officer in key_file.officers if officer.role == "admin"]
        if record.role == "admin" and len(admins) == 1:
            raise LastAdmin(officer_id)
        self._save(key_file.without_officer(officer_id))

    def change_passphrase(self, officer_id: str, old: str, new: str) -> None:
        """Rewraps the data key under the new passphrase; the database is not touched."""
        record = self._require(self._reload(), officer_id)
        check_new_passphrase(new, _context(self._data_dir, officer_id, record.display_name))
        if normalize_passphrase(old) == normalize_passphrase(new):
            raise WeakPassphrase("de nieuwe wachtwoordzin is gelijk aan de huidige")
        data_key = self.unlock(officer_id, old)
        self._rewrap(officer_id, new, data_key)

    def reset_officer(self, recovery_key: str, officer_id: str, new_passphrase: str) -> None:
        """An administrator sets a new passphrase for an officer who forgot theirs."""
        record = self._require(self._reload(), officer_id)
        check_new_passphrase(
            new_passphrase, _context(self._data_dir, officer_id, record.display_name)
        )
        data_key = self.unlock_with_recovery_key(recovery_key)
        self._rewrap(officer_id, new_passphrase, data_key)

    # -- failed unlocks, for the audit log ---------------------------------------------------

    def failed_unlocks_since_last_success(self, officer_id: str) -> list[datetime]:
        """Times of wrong passphrases not yet acknowledged (newest last, at most 200).

        The database cannot be written while locked, so the session writes these to the audit
        log after the next unlock and then calls `acknowledge_failed_unlocks`.
        """
        record = self._require(self._reload(), officer_id)
        return list(record.attempts.unacknowledged_failures)

    def acknowledge_failed_unlocks(self, officer_id: str) -> None:
        key_file = self._reload()
        record = self._require(key_file, officer_id)
        if record.attempts.unacknowledged_failures:
            attempts = record.attempts.model_copy(update={"unacknowledged_failures": []})
            updated = record.model_copy(update={"attempts": attempts})
            self._save(key_file.with_officer(with_attempts_tag(updated, self._secret_for(record))))

    # -- inside ------------------------------------------------------------------------------

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the vault's clock must return timezone-aware datetimes")
        return now

    def _current(self) -> KeyFile:
        return self._file if self._file is not None else self._reload()

    def _reload(self) -> KeyFile:
        key_file = read_key_file(self._data_dir)
        wanted = key_file.installation_secret_id
        if self._keyring_usable and wanted is not None and wanted != self._secret_id:
            try:
                secret = installation_secret.load(wanted)
            except installation_secret.CredentialStoreError:
                secret = None
            if secret is not None:
                self._secret_id, self._secret = wanted, secret
        self._file = key_file
        return key_file

    def _save(self, key_file: KeyFile) -> None:
        if self._secret_id is not None and key_file.installation_secret_id != self._secret_id:
            key_file = key_file.model_copy(update={"installation_secret_id": self._secret_id})
        write_key_file(self._data_dir, key_file)
        self._file = key_file

    @staticmethod
    def _require(key_file: KeyFile, officer_id: str) -> OfficerRecord:
        record = key_file.officer(officer_id)
        if record is None:
            raise UnknownOfficer(officer_id)
        return record

    def _secret_for_new_wraps(self) -> tuple[str | None, bytes | None]:
        if not self._keyring_usable:
            return None, None
        if self._secret is None:
            new_id = installation_secret.new_installation_id()
            secret = installation_secret.create(new_id)
            if secret is None:  # the credential store refused: carry on with reduced protection
                return None, None
            self._secret_id, self._secret = new_id, secret
        return self._secret_id, self._secret

    def _secret_for(self, record: OfficerRecord) -> bytes | None:
        """The installation secret `record` was wrapped with, its entry tag checked."""
        wanted = record.installation_secret_id
        if wanted is None:
            if record.entry_tag is not None:
                raise KeyFileTampered(key_file_path(self._data_dir), record.id)
            return None
        if not self._keyring_usable:
            raise KeyringUnavailable(record.id)
        secret = self._secret if wanted == self._secret_id else None
        if secret is None:
            try:
                secret = installation_secret.load(wanted)
            except installation_secret.CredentialStoreError:
                raise KeyringUnavailable(record.id) from None
        if secret is None:
            raise InstallationSecretMissing(record.id)
        if not entry_tag_matches(record, secret):
            raise KeyFileTampered(key_file_path(self._data_dir), record.id)
        return secret

    def _new_officer_record(
        self,
        officer_id: str,
        display_name: str,
        role: Role,
        passphrase: str,
        data_key: bytes,
        attempts: Attempts,
    ) -> OfficerRecord:
        secret_id, secret = self._secret_for_new_wraps()
        return wrap_for_officer(
            officer_id,
            display_name,
            role,
            passphrase,
            data_key,
            kdf=self._kdf,
            secret_id=secret_id,
            secret=secret,
            attempts=attempts,
        )

    def _rewrap(self, officer_id: str, passphrase: str, data_key: bytes) -> None:
        """A new wrap for the officer: new salt, this release's parameters, failures reset."""
        key_file = self._reload()
        record = self._require(key_file, officer_id)
        attempts = record.attempts.with_success()
        new_record = self._new_officer_record(
            record.id, record.display_name, record.role, passphrase, data_key, attempts
        )
        self._save(key_file.with_officer(new_record))

    def _after_success(
        self,
        key_file: KeyFile,
        record: OfficerRecord,
        passphrase: str,
        data_key: bytes,
        secret: bytes | None,
    ) -> None:
        """Takes back the attempt counted before the derivation, resets the failure count and,
        when a credential store has become available since the wrap was made, rewraps it with
        the installation secret: reduced protection ends at the officer's next unlock.

        Argon2id parameters are not upgraded here but at the next passphrase change or reset:
        a caller opening without `kdf` would otherwise turn cheap test wraps into slow ones.
        """
        attempts = record.attempts.with_success()
        target_secret_id, _ = self._secret_for_new_wraps()
        if record.installation_secret_id != target_secret_id:
            updated = self._new_officer_record(
                record.id, record.display_name, record.role, passphrase, data_key, attempts
            )
        else:
            updated = with_attempts_tag(record.model_copy(update={"attempts": attempts}), secret)
        # The officer typed the right passphrase: let them in even if this cannot be saved.
        # The old wrap still works, and the next write (or the store's own) reports the disk.
        with contextlib.suppress(KeyFileUnwritable):
            self._save(key_file.with_officer(updated))

"""Wrapping the data key: once per officer, once under the recovery key.

Officer: Argon2id(passphrase, salt) and the installation secret go through HKDF-SHA256 to a
wrapping key and a passphrase check value; AES-GCM wraps the data key with the officer id,
role, Argon2id parameters, salt and installation secret id as associated data, so editing any
of them breaks the unwrap. Recovery: HKDF of the recovery key's 130 random bits.
"""

from __future__ import annotations

import base64
import secrets

from intake_app.vault.kdf import SALT_BYTES, KdfParams, passphrase_key_material
from intake_app.vault.key_file import Attempts, KdfRecord, OfficerRecord, RecoveryRecord, Role
from intake_app.vault.sealing import canonical, hkdf, same, seal, tag, unseal

CHECK_BYTES = 16

# Distinct HKDF labels keep every derived key to one purpose.
_OFFICER_WRAP = b"intake-app/officer-wrap/v1"
_PASSPHRASE_CHECK = b"intake-app/passphrase-check/v1"
_ENTRY_TAG = b"intake-app/key-file-entry-tag/v1"
_ATTEMPTS_TAG = b"intake-app/key-file-attempts-tag/v1"
_RECOVERY_WRAP = b"intake-app/recovery-wrap/v1"
_DATA_KEY_CHECK = b"intake-app/data-key-check/v1"
_RECOVERY_ASSOCIATED_DATA = canonical({"purpose": "recovery-wrap", "method": "hkdf-sha256"})


class EntryChanged(Exception):
    """The passphrase is right but the entry's authenticated fields were edited."""


def officer_associated_data(
    officer_id: str, role: Role, kdf: KdfRecord, salt: bytes, installation_secret_id: str | None
) -> bytes:
    """What AES-GCM authenticates besides the key.

    The display name is left out on purpose, so an administrator can correct a spelling
    without the officer's passphrase.
    """
    return canonical(
        {
            "purpose": "officer-wrap",
            "officer_id": officer_id,
            "role": role,
            "kdf": kdf.model_dump(),
            "salt": base64.b64encode(salt).decode("ascii"),
            "installation_secret_id": installation_secret_id,
        }
    )


def associated_data_of(record: OfficerRecord) -> bytes:
    return officer_associated_data(
        record.id, record.role, record.kdf, record.salt, record.installation_secret_id
    )


def _entry_tag(secret: bytes, record: OfficerRecord) -> bytes:
    # The trailing fields have fixed lengths, so the message is unambiguous.
    message = associated_data_of(record) + record.check + record.nonce + record.wrapped_key
    return tag(hkdf(secret, info=_ENTRY_TAG), message)


def entry_tag_matches(record: OfficerRecord, secret: bytes) -> bool:
    """Tells an edited entry from a wrong passphrase before Argon2id runs (needs the secret)."""
    return record.entry_tag is not None and same(_entry_tag(secret, record), record.entry_tag)


def _attempts_tag(secret: bytes, record: OfficerRecord) -> bytes:
    message = canonical(
        {"officer_id": record.id, "attempts": record.attempts.model_dump(mode="json")}
    )
    return tag(hkdf(secret, info=_ATTEMPTS_TAG), message)


def with_attempts_tag(record: OfficerRecord, secret: bytes | None) -> OfficerRecord:
    """The record with its counters authenticated under the installation secret, if any."""
    if secret is None:
        return record.model_copy(update={"attempts_tag": None})
    return record.model_copy(update={"attempts_tag": _attempts_tag(secret, record)})


def attempts_tag_matches(record: OfficerRecord, secret: bytes) -> bool:
    """False when the counters were edited by someone without the installation secret.

    A record without a tag passes: key files written before the tag existed have none."""
    return record.attempts_tag is None or same(_attempts_tag(secret, record), record.attempts_tag)


def officer_keys(material: bytes, secret: bytes | None) -> tuple[bytes, bytes]:
    """(wrapping key, passphrase check) from the Argon2id output and the installation secret.

    The check value tells a wrong passphrase (check differs) from an edited entry (check
    matches, AES-GCM fails). It helps an attacker no more than the wrap itself: both need
    the same Argon2id work per guess.
    """
    combined = material + (secret or b"")
    return (
        hkdf(combined, info=_OFFICER_WRAP),
        hkdf(combined, info=_PASSPHRASE_CHECK, length=CHECK_BYTES),
    )


def data_key_check(data_key: bytes) -> bytes:
    """Recognises the data key (for add_officer and after unwrapping) without revealing it."""
    return tag(data_key, _DATA_KEY_CHECK)


def wrap_for_officer(
    officer_id: str,
    display_name: str,
    role: Role,
    passphrase: str,
    data_key: bytes,
    *,
    kdf: KdfParams,
    secret_id: str | None,
    secret: bytes | None,
    attempts: Attempts,
) -> OfficerRecord:
    salt = secrets.token_bytes(SALT_BYTES)
    kdf_record = KdfRecord.of(kdf)
    wrapping_key, check = officer_keys(passphrase_key_material(passphrase, salt, kdf), secret)
    associated_data = officer_associated_data(officer_id, role, kdf_record, salt, secret_id)
    nonce, wrapped = seal(wrapping_key, data_key, associated_data)
    record = OfficerRecord(
        id=officer_id,
        display_name=display_name,
        role=role,
        kdf=kdf_record,
        salt=salt,
        installation_secret_id=secret_id,
        entry_tag=None,
        check=check,
        nonce=nonce,
        wrapped_key=wrapped,
        attempts=attempts,
    )
    if secret is not None:
        record = record.model_copy(update={"entry_tag": _entry_tag(secret, record)})
    return with_attempts_tag(record, secret)


def unwrap_for_officer(
    record: OfficerRecord, passphrase: str, secret: bytes | None
) -> bytes | None:
    """The data key; None for a wrong passphrase; EntryChanged when the entry was edited."""
    material = passphrase_key_material(passphrase, record.salt, record.kdf.params())
    wrapping_key, check = officer_keys(material, secret)
    if not same(check, record.check):
        return None
    data_key = unseal(wrapping_key, record.nonce, record.wrapped_key, associated_data_of(record))
    if data_key is None:
        raise EntryChanged(record.id)
    return data_key


def _recovery_wrapping_key(recovery_secret: bytes, salt: bytes) -> bytes:
    # HKDF, not Argon2id: the recovery key is 130 random bits, so guessing it is hopeless
    # however cheap each guess is; a slow KDF would only make the administrator wait.
    return hkdf(recovery_secret, info=_RECOVERY_WRAP, salt=salt)


def wrap_for_recovery(recovery_secret: bytes, data_key: bytes) -> RecoveryRecord:
    salt = secrets.token_bytes(SALT_BYTES)
    key = _recovery_wrapping_key(recovery_secret, salt)
    nonce, wrapped = seal(key, data_key, _RECOVERY_ASSOCIATED_DATA)
    return RecoveryRecord(salt=salt, nonce=nonce, wrapped_key=wrapped)


def unwrap_recovery(record: RecoveryRecord, recovery_secret: bytes) -> bytes | None:
    key = _recovery_wrapping_key(recovery_secret, record.salt)
    return unseal(key, record.nonce, record.wrapped_key, _RECOVERY_ASSOCIATED_DATA)

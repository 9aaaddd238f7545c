"""keys.json: the versioned, validated file that holds every wrap of the data key.

It holds no secret in the clear: per officer a salt, the Argon2id parameters, a passphrase
check value and the wrapped data key; the recovery wrap; and the failed-attempt counters,
which must survive a restart. Reading validates everything and never writes.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from intake_app.atomic_write import write_atomically
from intake_app.paths import key_file_path
from intake_app.vault.errors import (
    KeyFileUnreadable,
    KeyFileUnwritable,
    NewerKeyFile,
    VaultDamaged,
    VaultMissing,
)
from intake_app.vault.kdf import SALT_BYTES, KdfParams

FORMAT_NAME = "intake-app-keys"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # a few hundred officers fit easily; more is damage
MAX_REMEMBERED_FAILURES = 200  # failed unlocks kept for the audit log, newest last

Role = Literal["admin", "officer"]
OFFICER_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
InstallationSecretId = Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]


def _from_base64(value: object) -> object:
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as problem:
            raise ValueError("not valid base64") from problem
    return value


Blob = Annotated[
    bytes,
    BeforeValidator(_from_base64),
    PlainSerializer(lambda raw: base64.b64encode(raw).decode("ascii"), return_type=str),
]


# Byte lengths every blob must have; anything else is damage.
_LENGTHS = {
    "salt": SALT_BYTES,
    "check": 16,
    "nonce": 12,
    "wrapped_key": 32 + 16,  # the data key and the AES-GCM tag
    "data_key_check": 32,
}


def _exact_length(value: bytes, info: ValidationInfo) -> bytes:
    expected = _LENGTHS[str(info.field_name)]
    if len(value) != expected:
        raise ValueError(f"must be {expected} bytes")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class KdfRecord(_Strict):
    algorithm: Literal["argon2id"] = "argon2id"
    version: Literal[19] = 19
    time_cost: int
    memory_cost: int
    parallelism: int

    @model_validator(mode="after")
    def _within_bounds(self) -> KdfRecord:
        self.params()  # raises ValueError outside the accepted bounds
        return self

    def params(self) -> KdfParams:
        return KdfParams(self.time_cost, self.memory_cost, self.parallelism)

    @classmethod
    def of(cls, params: KdfParams) -> KdfRecord:
        return cls(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost,
            parallelism=params.parallelism,
        )


class Attempts(_Strict):
    """Updated without a passphrase; where the officer's wrap is bound to the installation
    secret, the record's `attempts_tag` authenticates them under that secret."""

    failures: int = Field(default=0, ge=0)
    last_failure: AwareDatetime | None = None
    unacknowledged_failures: list[AwareDatetime] = Field(default_factory=list)

    def with_failure(self, when: datetime) -> Attempts:
        remembered = [*self.unacknowledged_failures, when][-MAX_REMEMBERED_FAILURES:]
        return Attempts(
            failures=self.failures + 1, last_failure=when, unacknowledged_failures=remembered
        )

    def with_success(self) -> Attempts:
        return Attempts(unacknowledged_failures=self.unacknowledged_failures)


class OfficerRecord(_Strict):
    id: str = Field(pattern=OFFICER_ID_PATTERN)
    display_name: str = Field(min_length=1, max_length=200)
    role: Role
    kdf: KdfRecord
    salt: Blob
    installation_secret_id: InstallationSecretId | None
    entry_tag: Blob | None  # HMAC under the installation secret, when there is one
    check: Blob
    nonce: Blob
    wrapped_key: Blob
    attempts: Attempts = Field(default_factory=Attempts)
    # HMAC of the attempts under the installation secret (absent in files written before it
    # existed, and for officers without a secret: see docs/vault.md).
    attempts_tag: Blob | None = None

    _lengths = field_validator("salt", "check", "nonce", "wrapped_key")(_exact_length)


class RecoveryRecord(_Strict):
    method: Literal["hkdf-sha256"] = "hkdf-sha256"
    salt: Blob
    nonce: Blob
    wrapped_key: Blob

    _lengths = field_validator("salt", "nonce", "wrapped_key")(_exact_length)


class AuditAnchorRecord(_Strict):
    """Where the store's audit chain stood at the last close: entry number and hash, with an
    HMAC under the installation secret where there is one."""

    count: int = Field(ge=0)
    head: str = Field(pattern=r"^[0-9a-f]{64}$")
    tag: Blob | None = None


class KeyFile(_Strict):
    format: Literal["intake-app-keys"] = "intake-app-keys"
    version: Literal[1] = 1  # FORMAT_VERSION
    installation_secret_id: InstallationSecretId | None
    data_key_check: Blob
    officers: list[OfficerRecord]
    recovery: RecoveryRecord
    # The public half of the auditor's key (derived from the recovery key): the store seals
    # the audit chain's first key to it. Absent in files from before it existed.
    auditor_public_key: Blob | None = None
    audit_anchor: AuditAnchorRecord | None = None

    _lengths = field_validator("data_key_check")(_exact_length)

    @model_validator(mode="after")
    def _consistent(self) -> KeyFile:
        ids = [officer.id for officer in self.officers]
        if len(ids) != len(set(ids)):
            raise ValueError("an officer id occurs twice")
        if not any(officer.role == "admin" for officer in self.officers):
            raise ValueError("no administrator")
        return self

    def officer(self, officer_id: str) -> OfficerRecord | None:
        return next((o for o in self.officers if o.id == officer_id), None)

    def with_officer(self, record: OfficerRecord) -> KeyFile:
        """A copy with `record` replacing the officer of the same id, or appended."""
        officers = [o for o in self.officers if o.id != record.id]
        index = next((i for i, o in enumerate(self.officers) if o.id == record.id), len(officers))
        officers.insert(index, record)
        return self._with_officers(officers)

    def without_officer(self, officer_id: str) -> KeyFile:
        return self._with_officers([o for o in self.officers if o.id != officer_id])

    def _with_officers(self, officers: list[OfficerRecord]) -> KeyFile:
        # Validated again, so a copy that breaks a rule (no administrator) never gets written.
        return KeyFile.model_validate(
            {**self.model_dump(), "officers": [o.model_dump() for o in officers]}
        )


def _first_problem(error: ValidationError) -> str:
    first = error.errors(include_input=False, include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "bestand"
    return f"{where}: {first['msg']}"


def read_key_file(data_dir: Path) -> KeyFile:
    path = key_file_path(data_dir)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise VaultMissing(data_dir) from None
    except OSError as problem:
        raise KeyFileUnreadable(path, problem.strerror or type(problem).__name__) from None
    if len(raw) > MAX_FILE_BYTES:
        raise VaultDamaged(path, "het bestand is veel te groot")
    try:
        document: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise VaultDamaged(path, "het bestand is geen tekst") from None
    except json.JSONDecodeError as problem:
        reason = f"geen geldige JSON op regel {problem.lineno}, kolom {problem.colno}"
        raise VaultDamaged(path, reason) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise VaultDamaged(path, "dit is geen sleutelbestand van de intake-app")
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerKeyFile(path, version)
    try:
        return KeyFile.model_validate(document)
    except ValidationError as problem:
        raise VaultDamaged(path, _first_problem(problem)) from None


def write_key_file(data_dir: Path, key_file: KeyFile) -> None:
    path = key_file_path(data_dir)
    content = key_file.model_dump_json(indent=2).encode("utf-8") + b"\n"
    try:
        write_atomically(path, content)
    except OSError as problem:
        raise KeyFileUnwritable(path, problem.strerror or type(problem).__name__) from None

"""Key pairs of an installation and the public key files exchanged between installations.

Each installation (a station, or the region's TSM frontoffice) holds two key pairs: X25519 to
receive sealed packages and Ed25519 to sign what it sends. The public halves travel as a small
JSON file with a fingerprint; the receiving administrator reads the fingerprint aloud with the
sender by phone before trusting the file. The private halves live only inside the encrypted
store (and so inside encrypted backups).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Final, Literal, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from intake_app.frontoffice.errors import (
    FingerprintMismatch,
    InstallationNameInvalid,
    KeyFileInvalid,
)

Role = Literal["station", "frontoffice"]
ROLES: Final[tuple[Role, ...]] = ("station", "frontoffice")
KEY_FILE_FORMAT: Final = "intake-app-public-key"
KEY_FILE_VERSION: Final = 1
_FINGERPRINT_DOMAIN: Final = b"intake-app public key v1\x00"
_FINGERPRINT_BYTES: Final = 20  # 160 bits: 8 groups of 4 characters, readable by phone
_NAME_LIMIT: Final = 100
_KEY_FILE_LIMIT: Final = 16_384


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object, field: str, length: int) -> bytes:
    if not isinstance(text, str):
        raise KeyFileInvalid(f"'{field}' ontbreekt")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise KeyFileInvalid(f"'{field}' is geen base64") from None
    if len(raw) != length:
        raise KeyFileInvalid(f"'{field}' heeft de verkeerde lengte")
    return raw


def fingerprint_of(role: str, name: str, encryption_key: bytes, signing_key: bytes) -> str:
    """SHA-256 over role, name and both public keys; the first 160 bits in base32 groups."""
    digest = hashlib.sha256(
        _FINGERPRINT_DOMAIN
        + role.encode("utf-8")
        + b"\x00"
        + name.encode("utf-8")
        + b"\x00"
        + encryption_key
        + signing_key
    ).digest()[:_FINGERPRINT_BYTES]
    text = base64.b32encode(digest).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_fingerprint(text: str) -> str:
    """What an administrator typed after a phone call: case, spaces and dashes do not matter."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@dataclass(frozen=True)
class PublicIdentity:
    """Another installation's (or our own) public keys, as read from its key file."""

    role: Role
    name: str
    encryption_key: bytes  # X25519, 32 bytes
    signing_key: bytes  # Ed25519, 32 bytes
    created_at: datetime

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint_of(self.role, self.name, self.encryption_key, self.signing_key)

    def encryption_public(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.encryption_key)

    def signing_public(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing_key)

    def to_file(self) -> bytes:
        document = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "role": self.role,
            "name": self.name,
            "encryption_key": _b64(self.encryption_key),
            "signing_key": _b64(self.signing_key),
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
            "fingerprint": self.fingerprint,
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class KeyPair:
    """This installation's private keys; the only place they exist outside the store."""

    role: Role
    name: str
    encryption_private: bytes = b""  # X25519 raw, 32 bytes
    signing_private: bytes = b""  # Ed25519 raw seed, 32 bytes
    created_at: datetime = datetime(1970, 1, 1, tzinfo=UTC)

    def __repr__(self) -> str:  # private keys never in a traceback or a log
        return f"KeyPair(role={self.role!r}, name={self.name!r}, fingerprint={self.fingerprint})"

    @classmethod
    def generate(cls, role: Role, name: str, now: datetime | None = None) -> KeyPair:
        if not _valid_name(name):
            raise InstallationNameInvalid()
        encryption = X25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        signing = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        created = (now or datetime.now(UTC)).replace(microsecond=0)  # as the key file keeps it
        return cls(role, name.strip(), encryption, signing, created)

    # Loaded and derived once per pair (the pair is immutable): each load cost about 40 µs,
    # and every package sealed or opened asked for them several times.
    @cached_property
    def _encryption(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.encryption_private)

    @cached_property
    def _signing(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private)

    def encryption_key(self) -> X25519PrivateKey:
        return self._encryption

    def signing_key(self) -> Ed25519PrivateKey:
        return self._signing

    @cached_property
    def public(self) -> PublicIdentity:
        return PublicIdentity(
            self.role,
            self.name,
            self.encryption_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            self.signing_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            self.created_at,
        )

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint


def _valid_name(name: str) -> bool:
    return bool(name.strip()) and len(name) <= _NAME_LIMIT and all(ch >= " " for ch in name)


def parse_key_file(data: bytes, expected_role: Role | None = None) -> PublicIdentity:
    """A public key file, strictly: its stated fingerprint must be the one its keys give."""
    if len(data) > _KEY_FILE_LIMIT:
        raise KeyFileInvalid("het bestand is te groot")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyFileInvalid("geen JSON") from None
    if not isinstance(document, dict):
        raise KeyFileInvalid("geen JSON-object")
    if document.get("format") != KEY_FILE_FORMAT:
        raise KeyFileInvalid("onbekend formaat")
    if document.get("version") != KEY_FILE_VERSION:
        raise KeyFileInvalid("onbekende versie; werk de app bij")
    role = document.get("role")
    if role not in ROLES:
        raise KeyFileInvalid("onbekende rol")
    if expected_role is not None and role != expected_role:
        wanted = "een bureau" if expected_role == "station" else "de frontoffice"
        raise KeyFileInvalid(f"dit is niet de sleutel van {wanted}")
    name = document.get("name")
    if not isinstance(name, str):
        raise KeyFileInvalid("'name' ontbreekt")
    if not _valid_name(name):
        raise KeyFileInvalid("de naam is leeg, te lang of bevat stuurtekens")
    try:
        created = datetime.fromisoformat(str(document.get("created_at")))
    except ValueError:
        raise KeyFileInvalid("'created_at' is geen tijd") from None
    if created.tzinfo is None:
        raise KeyFileInvalid("'created_at' heeft geen tijdzone")
    identity = PublicIdentity(
        cast(Role, role),
        name,
        _unb64(document.get("encryption_key"), "encryption_key", 32),
        _unb64(document.get("signing_key"), "signing_key", 32),
        created,
    )
    stated = document.get("fingerprint")
    if not isinstance(stated, str) or normalise_fingerprint(stated) != identity.fingerprint:
        raise KeyFileInvalid("de vingerafdruk past niet bij de sleutels; het is gewijzigd")
    return identity


def check_fingerprint(identity: PublicIdentity, heard: str) -> None:
    """The administrator's check: the fingerprint read aloud by phone must be this file's."""
    if normalise_fingerprint(heard) != identity.fingerprint:
        raise FingerprintMismatch(normalise_fingerprint(heard), identity.fingerprint)

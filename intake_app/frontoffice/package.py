"""Sealed packages between a station and the frontoffice: a consult out, an advice back.

A package file is JSON:

    {"format": "intake-app-package", "version": 1,
     "header": {package_id, kind, sender {name, fingerprint}, receiver {name, fingerprint},
                created_at, training, ephemeral_key, nonce},
     "ciphertext": base64, "signature": base64}

- Encrypted to the receiver: a fresh X25519 key pair per package, ECDH with the receiver's
  X25519 key, HKDF-SHA256 (salt: both public keys) to a 256-bit key, AES-256-GCM with the
  canonical header as associated data. Only the receiver's private key opens it.
- Signed by the sender: Ed25519 over a domain label, the canonical header and the ciphertext,
  so the header (who, for whom, when, which kind) cannot be changed either.
- The header says nothing about the case: no reference, no names of people, no content.

Opening is strict and refuses with a reason (errors.py): not a package, another kind, sealed
to someone else, an untrusted or revoked sender, an altered file. Replays are the store's
concern: it knows which package ids it has seen.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from intake_app.frontoffice.errors import (
    PackageAltered,
    PackageMalformed,
    PackageUntrusted,
    PackageWrongKind,
    PackageWrongReceiver,
)
from intake_app.frontoffice.keys import KeyPair, PublicIdentity

Kind = Literal["consult", "advice"]
KINDS: Final[tuple[Kind, ...]] = ("consult", "advice")
PACKAGE_FORMAT: Final = "intake-app-package"
PACKAGE_VERSION: Final = 1
MAX_PACKAGE_BYTES: Final = 8 * 1024 * 1024
_HKDF_INFO: Final = b"intake-app package v1 aes-256-gcm"
_SIGNATURE_LABEL: Final = b"intake-app package v1 signature\x00"
_NONCE_BYTES: Final = 12
_HEADER_KEYS: Final = frozenset(
    {
        "package_id",
        "kind",
        "sender",
        "receiver",
        "created_at",
        "training",
        "ephemeral_key",
        "nonce",
    }
)
_PARTY_KEYS: Final = frozenset({"name", "fingerprint"})


@dataclass(frozen=True)
class Party:
    name: str
    fingerprint: str


@dataclass(frozen=True)
class PackageHeader:
    package_id: str
    kind: Kind
    sender: Party
    receiver: Party
    created_at: datetime
    training: bool
    ephemeral_key: bytes
    nonce: bytes

    def document(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "kind": self.kind,
            "sender": {"name": self.sender.name, "fingerprint": self.sender.fingerprint},
            "receiver": {"name": self.receiver.name, "fingerprint": self.receiver.fingerprint},
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="microseconds"),
            "training": self.training,
            "ephemeral_key": _b64(self.ephemeral_key),
            "nonce": _b64(self.nonce),
        }

    def canonical(self) -> bytes:
        return canonical_json(self.document())


@dataclass(frozen=True)
class TrustedKey:
    """A peer the administrator trusted, and whether that trust still holds."""

    identity: PublicIdentity
    status: Literal["active", "replaced", "revoked"]


@dataclass(frozen=True)
class OpenedPackage:
    header: PackageHeader
    content: dict[str, Any]
    sender: PublicIdentity
    size: int


def canonical_json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive_key(shared: bytes, ephemeral: bytes, receiver: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + receiver, info=_HKDF_INFO
    ).derive(shared)


def _signed_bytes(header: bytes, ciphertext: bytes) -> bytes:
    return _SIGNATURE_LABEL + len(header).to_bytes(4, "big") + header + ciphertext


def seal(
    content: Mapping[str, Any],
    kind: Kind,
    sender: KeyPair,
    receiver: PublicIdentity,
    training: bool,
    now: datetime | None = None,
) -> tuple[bytes, PackageHeader]:
    """The package file's bytes, encrypted to `receiver` and signed by `sender`."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    header = PackageHeader(
        package_id=uuid.uuid4().hex,
        kind=kind,
        sender=Party(sender.name, sender.fingerprint),
        receiver=Party(receiver.name, receiver.fingerprint),
        created_at=(now or datetime.now(UTC)).astimezone(UTC),
        training=training,
        ephemeral_key=ephemeral_public,
        nonce=os.urandom(_NONCE_BYTES),
    )
    header_bytes = header.canonical()
    shared = ephemeral.exchange(receiver.encryption_public())
    key = _derive_key(shared, ephemeral_public, receiver.encryption_key)
    plaintext = canonical_json({"kind": kind, "content": dict(content)})
    ciphertext = AESGCM(key).encrypt(header.nonce, plaintext, header_bytes)
    signature = sender.signing_key().sign(_signed_bytes(header_bytes, ciphertext))
    document = {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "header": header.document(),
        "ciphertext": _b64(ciphertext),
        "signature": _b64(signature),
    }
    return (json.dumps(document, indent=1) + "\n").encode("ascii"), header


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise PackageMalformed(f"'{key}' staat er twee keer in")
        seen[key] = value
    return seen


def _text(document: Mapping[str, Any], key: str, limit: int = 200) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise PackageMalformed(f"'{key}' ontbreekt of is ongeldig")
    return value


def _bytes(document: Mapping[str, Any], key: str, length: int | None = None) -> bytes:
    text = _text(document, key, MAX_PACKAGE_BYTES)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise PackageMalformed(f"'{key}' is geen base64") from None
    if length is not None and len(raw) != length:
        raise PackageMalformed(f"'{key}' heeft de verkeerde lengte")
    return raw


def _party(value: object, key: str) -> Party:
    if not isinstance(value, dict) or set(value) != _PARTY_KEYS:
        raise PackageMalformed(f"'{key}' is ongeldig")
    return Party(_text(value, "name"), _text(value, "fingerprint", 64))


def read_package(data: bytes) -> tuple[PackageHeader, bytes, bytes]:
    """The header, ciphertext and signature, strictly; nothing is checked cryptographically."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageMalformed("het bestand is te groot")
    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError) as problem:
        if isinstance(problem, PackageMalformed):
            raise
        raise PackageMalformed("geen JSON") from None
    if not isinstance(document, dict) or document.get("format") != PACKAGE_FORMAT:
        raise PackageMalformed("onbekend formaat")
    if document.get("version") != PACKAGE_VERSION:
        raise PackageMalformed("onbekende versie; werk de app bij")
    if set(document) != {"format", "version", "header", "ciphertext", "signature"}:
        raise PackageMalformed("onverwachte onderdelen")
    raw = document["header"]
    if not isinstance(raw, dict) or set(raw) != _HEADER_KEYS:
        raise PackageMalformed("de kop is ongeldig")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise PackageMalformed("onbekende soort pakket")
    package_id = _text(raw, "package_id", 32)
    if len(package_id) != 32 or any(ch not in "0123456789abcdef" for ch in package_id):
        raise PackageMalformed("'package_id' is ongeldig")
    try:
        created = datetime.fromisoformat(_text(raw, "created_at", 40))
    except ValueError:
        raise PackageMalformed("'created_at' is geen tijd") from None
    if created.tzinfo is None:
        raise PackageMalformed("'created_at' heeft geen tijdzone")
    training = raw.get("training")
    if not isinstance(training, bool):
        raise PackageMalformed("'training' ontbreekt")
    header = PackageHeader(
        package_id=package_id,
        kind=kind,
        sender=_party(raw.get("sender"), "sender"),
        receiver=_party(raw.get("receiver"), "receiver"),
        created_at=created.astimezone(UTC),
        training=training,
        ephemeral_key=_bytes(raw, "ephemeral_key", 32),
        nonce=_bytes(raw, "nonce", _NONCE_BYTES),
    )
    if header.canonical() != canonical_json(raw):
        raise PackageMalformed("de kop is niet in de standaardvorm")
    return header, _bytes(document, "ciphertext"), _bytes(document, "signature", 64)


def open_package(
    data: bytes,
    kind: Kind,
    own_keys: Sequence[KeyPair],
    trusted: Mapping[str, TrustedKey],
) -> OpenedPackage:
    """Check and decrypt: the right kind, sealed to one of `own_keys` (the current key, or a
    replaced one still in use), signed by a trusted, unrevoked sender, unaltered."""
    header, ciphertext, signature = read_package(data)
    if header.kind != kind:
        raise PackageWrongKind(kind, header.kind)
    mine = next((k for k in own_keys if k.fingerprint == header.receiver.fingerprint), None)
    if mine is None:
        ours = any(k.name == header.receiver.name for k in own_keys)
        raise PackageWrongReceiver(header.receiver.name, revoked_own_key=ours)
    peer = trusted.get(header.sender.fingerprint)
    if peer is None or peer.status == "revoked":
        raise PackageUntrusted(
            header.sender.name, header.sender.fingerprint, revoked=peer is not None
        )
    header_bytes = header.canonical()
    try:
        peer.identity.signing_public().verify(signature, _signed_bytes(header_bytes, ciphertext))
    except InvalidSignature:
        raise PackageAltered() from None
    ephemeral = X25519PublicKey.from_public_bytes(header.ephemeral_key)
    shared = mine.encryption_key().exchange(ephemeral)
    key = _derive_key(shared, header.ephemeral_key, mine.public.encryption_key)
    try:
        plaintext = AESGCM(key).decrypt(header.nonce, ciphertext, header_bytes)
    except InvalidTag:
        raise PackageAltered() from None
    try:
        inner = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageMalformed("de inhoud is onleesbaar") from None
    if not isinstance(inner, dict) or inner.get("kind") != header.kind:
        raise PackageAltered()
    content = inner.get("content")
    if not isinstance(content, dict):
        raise PackageMalformed("de inhoud ontbreekt")
    return OpenedPackage(header, content, peer.identity, len(data))

"""Sealed packages and key files, in the domain: strict parsing, clear refusals, no leaks."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest

from intake_app.frontoffice.errors import (
    FingerprintMismatch,
    KeyFileInvalid,
    PackageAltered,
    PackageMalformed,
    PackageUntrusted,
    PackageWrongKind,
    PackageWrongReceiver,
)
from intake_app.frontoffice.keys import KeyPair, check_fingerprint, parse_key_file
from intake_app.frontoffice.package import TrustedKey, open_package, read_package, seal

FRONTOFFICE = KeyPair.generate("frontoffice", "TSM Fictief-Oost")
STATION = KeyPair.generate("station", "Bureau Fictief-Noord")
OTHER_STATION = KeyPair.generate("station", "Bureau Fictief-Zuid")
TRUSTED = {STATION.fingerprint: TrustedKey(STATION.public, "active")}
CANARIES = ("Zwaantje Kanarievogel-Qx7", "kanarie_handle_77q", "2026-0042", "06-99887766")
CONTENT = {
    "reference": CANARIES[2],
    "victim": CANARIES[0],
    "identifiers": [CANARIES[1], CANARIES[3]],
}


def _sealed() -> bytes:
    return seal(CONTENT, "consult", STATION, FRONTOFFICE.public, training=False)[0]


def _encodings(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    found = [raw, text.encode("utf-16-le"), text.encode("utf-16-be"), text.lower().encode()]
    for shift in range(3):  # base64 of the text at any alignment inside a longer message
        encoded = base64.b64encode(b"\x00" * shift + raw)[4:-4]
        found.append(encoded)
    return found


def test_nothing_of_the_content_is_readable_in_the_package_file() -> None:
    package = _sealed()
    for canary in CANARIES:
        for form in _encodings(canary):
            assert form not in package, canary
    header, _, _ = read_package(package)
    assert header.sender.name == STATION.name  # only who sends to whom, and when


def test_only_the_frontoffices_private_key_opens_it() -> None:
    package = _sealed()
    assert open_package(package, "consult", [FRONTOFFICE], TRUSTED).content == CONTENT
    with pytest.raises(PackageWrongReceiver):
        open_package(package, "consult", [STATION, OTHER_STATION], TRUSTED)
    # A different key pretending to be the receiver (same name and fingerprint field) fails.
    impostor = KeyPair(
        "frontoffice",
        FRONTOFFICE.name,
        KeyPair.generate("frontoffice", "x").encryption_private,
        FRONTOFFICE.signing_private,
    )
    document = json.loads(package)
    with pytest.raises(PackageAltered):
        _open_as(document, impostor)


def _open_as(document: dict[str, object], key: KeyPair) -> None:
    class Pretend(KeyPair):
        @property
        def fingerprint(self) -> str:
            return FRONTOFFICE.fingerprint

    pretend = Pretend(key.role, key.name, key.encryption_private, key.signing_private)
    open_package(json.dumps(document).encode(), "consult", [pretend], TRUSTED)


def test_an_untrusted_or_revoked_sender_is_refused() -> None:
    package = seal(CONTENT, "consult", OTHER_STATION, FRONTOFFICE.public, False)[0]
    with pytest.raises(PackageUntrusted) as untrusted:
        open_package(package, "consult", [FRONTOFFICE], TRUSTED)
    assert untrusted.value.code == "package.untrusted" and not untrusted.value.revoked
    revoked = {STATION.fingerprint: TrustedKey(STATION.public, "revoked")}
    with pytest.raises(PackageUntrusted) as refused:
        open_package(_sealed(), "consult", [FRONTOFFICE], revoked)
    assert refused.value.revoked


def test_a_sender_cannot_pass_as_another_trusted_sender() -> None:
    """Zuid signs a package but names Noord as sender: Noord's key does not verify it."""
    document = json.loads(seal(CONTENT, "consult", OTHER_STATION, FRONTOFFICE.public, False)[0])
    document["header"]["sender"] = {"name": STATION.name, "fingerprint": STATION.fingerprint}
    with pytest.raises(PackageAltered):
        open_package(json.dumps(document).encode(), "consult", [FRONTOFFICE], TRUSTED)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["header"].__setitem__("created_at", "2020-01-01T00:00:00.000000+00:00"),
        lambda d: d["header"].__setitem__("package_id", "0" * 32),
        lambda d: d["header"]["receiver"].__setitem__("name", "Iemand anders"),
        lambda d: d.__setitem__("signature", base64.b64encode(b"\x00" * 64).decode()),
    ],
)
def test_any_change_to_header_or_signature_is_refused_as_altered(change: object) -> None:
    document = json.loads(_sealed())
    change(document)  # type: ignore[operator]
    with pytest.raises(PackageAltered):
        open_package(json.dumps(document).encode(), "consult", [FRONTOFFICE], TRUSTED)


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"[]",
        b'{"format": "intake-app-package", "version": 2}',
        b'{"format": "intake-app-package", "format": "x"}',
    ],
)
def test_a_file_that_is_no_package_is_refused_as_malformed(data: bytes) -> None:
    with pytest.raises(PackageMalformed):
        open_package(data, "consult", [FRONTOFFICE], TRUSTED)


def test_an_extra_field_or_another_kind_is_refused() -> None:
    document = json.loads(_sealed())
    document["extra"] = "x"
    with pytest.raises(PackageMalformed):
        read_package(json.dumps(document).encode())
    with pytest.raises(PackageWrongKind):
        open_package(_sealed(), "advice", [FRONTOFFICE], TRUSTED)


def test_key_file_round_trip_and_fingerprint_checks() -> None:
    identity = parse_key_file(STATION.public.to_file(), "station")
    assert identity == STATION.public
    check_fingerprint(identity, STATION.fingerprint.lower().replace("-", " "))
    with pytest.raises(FingerprintMismatch):
        check_fingerprint(identity, FRONTOFFICE.fingerprint)
    with pytest.raises(KeyFileInvalid):
        parse_key_file(STATION.public.to_file(), "frontoffice")
    document = json.loads(STATION.public.to_file())
    document["name"] = "Bureau Vals"  # renamed: the stated fingerprint no longer fits
    with pytest.raises(KeyFileInvalid):
        parse_key_file(json.dumps(document).encode())
    assert "signing_private" not in repr(STATION) and STATION.fingerprint in repr(STATION)


def test_created_at_travels_in_utc() -> None:
    moment = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
    package, _ = seal(CONTENT, "consult", STATION, FRONTOFFICE.public, True, moment)
    opened = open_package(package, "consult", [FRONTOFFICE], TRUSTED)
    assert opened.header.created_at == moment and opened.header.training


def test_a_package_for_a_revoked_key_of_our_own_says_so() -> None:
    successor = KeyPair.generate("frontoffice", FRONTOFFICE.name)  # the old one was revoked
    with pytest.raises(PackageWrongReceiver) as refused:
        open_package(_sealed(), "consult", [successor], TRUSTED)
    assert refused.value.revoked_own_key and "ingetrokken" in str(refused.value)
    with pytest.raises(PackageWrongReceiver) as elsewhere:
        open_package(_sealed(), "consult", [OTHER_STATION], TRUSTED)
    assert not elsewhere.value.revoked_own_key

"""Seriality between stations without revealing identifiers: keyed-hash token files (R7).

A token is HMAC-SHA256 of an identifier's match key under a key derived from the regional key.
A token file holds, per token, the intake reference and date and nothing else, plus the
station's name and the regional key's fingerprint, and ends with a seal: an HMAC over every
byte before it, under a second key derived from the regional key. So a file that was changed
after export, or made under another regional key, is refused as a whole.

Format (UTF-8 JSON lines):
    {"format": "intake-app seriality tokens", "version": 2, "station": ..., "key": ..., "count": N}
    {"token": "<64 hex>", "intake": "<reference>", "date": "YYYY-MM-DD"}   (N lines)
    {"seal": "<64 hex>"}
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from intake_app.seriality.identifier import MatchKey, is_placeholder
from intake_app.seriality.matching import IntakeRef
from intake_app.seriality.regional_key import RegionalKey

FORMAT: Final = "intake-app seriality tokens"
# The version names the normalisation rules as much as the file layout: a token is the hash of
# a normalised identifier, so files made under other rules neither match nor miss the same
# things. Version 2 (issue 16): share links, bare platform addresses and hidden-number labels
# link nothing; Gmail spellings, IBAN and wallet notes, trailing full stops are one identifier;
# image locations are exported too.
VERSION: Final = 2
MAX_FILE_BYTES: Final = 1 << 30  # about 8 million tokens; a region holds tens of thousands
MAX_TEXT: Final = 100  # station names and references

_TOKEN_LABEL: Final = b"intake-app/seriality/token/v1"
_SEAL_LABEL: Final = b"intake-app/seriality/file-seal/v1"
_TOKEN = re.compile(r"[0-9a-f]{64}")
_HEADER_KEYS: Final = {"format", "version", "station", "key", "count"}
_TOKEN_KEYS: Final = {"token", "intake", "date"}


class TokenFileError(ValueError):
    """A token file that cannot be exported or imported; the message says what to do."""

    code = "seriality.token_file"


class NotATokenFile(TokenFileError):
    code = "seriality.not_a_token_file"


class WrongRegionalKey(TokenFileError):
    code = "seriality.wrong_regional_key"


class TamperedTokenFile(TokenFileError):
    code = "seriality.tampered_token_file"


class OlderTokenFile(TokenFileError):
    """A file made by an older app, under older matching rules: refused, never half-matched."""

    code = "seriality.token_file_older"

    def __init__(self, station: str, version: int) -> None:
        self.station = station
        self.version = version
        super().__init__(
            f"This token file from station {station!r} was made by an older version of the "
            f"intake app (format {version}; this app reads format {VERSION}). The older app "
            "recognised identifiers by older rules, so its tokens would miss matches and could "
            "link intakes by mistake. Ask that station to update the app and export again. "
            "Nothing was imported."
        )


class Tokeniser:
    """Makes tokens under one regional key; keyed once, so each token costs one HMAC."""

    def __init__(self, regional_key: RegionalKey) -> None:
        self._base = hmac.new(regional_key.subkey(_TOKEN_LABEL), digestmod=hashlib.sha256)

    def token(self, key: MatchKey) -> str:
        mac = self._base.copy()
        mac.update(key.as_text().encode("utf-8"))
        return mac.hexdigest()


def _check_text(what: str, value: str, remedy: str) -> str:
    if not value.strip() or len(value) > MAX_TEXT or not value.isprintable():
        raise TokenFileError(
            f"The {what} must be 1 to {MAX_TEXT} printable characters. {remedy} "
            "Nothing was exported."
        )
    return value


def _seal(regional_key: RegionalKey, body: bytes) -> str:
    return hmac.new(regional_key.subkey(_SEAL_LABEL), body, hashlib.sha256).hexdigest()


def _line(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def export_tokens(
    identifiers: Iterable[tuple[MatchKey, IntakeRef]], regional_key: RegionalKey, station: str
) -> bytes:
    """The token file for this station's identifiers: keyed hashes, references and dates only.

    Empty match keys and placeholders ("onbekend") are left out. Each (token, intake) pair
    appears once; lines are sorted, so the file reveals nothing about the order in which
    identifiers were recorded.
    """
    _check_text("station name", station, "Correct the station name in the station settings.")
    bad_reference = "Report this intake reference to the application administrator."
    tokeniser = Tokeniser(regional_key)
    rows = sorted(
        {
            (
                tokeniser.token(key),
                _check_text("intake reference", intake.reference, bad_reference),
                intake.date,
            )
            for key, intake in identifiers
            if not is_placeholder(key.normalised)
        }
    )
    header = {
        "format": FORMAT,
        "version": VERSION,
        "station": station,
        "key": regional_key.fingerprint,
        "count": len(rows),
    }
    body = _line(header) + b"".join(
        _line({"token": token, "intake": reference, "date": day.isoformat()})
        for token, reference, day in rows
    )
    return body + _line({"seal": _seal(regional_key, body)})


@dataclass(frozen=True, slots=True)
class TokenSet:
    """The tokens of one imported file: which station, and per token the intakes holding it."""

    station: str
    fingerprint: str
    tokens: dict[str, tuple[IntakeRef, ...]]

    def __len__(self) -> int:
        return sum(len(intakes) for intakes in self.tokens.values())


class TokenIndex:
    """Imported token sets as an `IdentifierIndex`: a local match key is hashed, then looked up."""

    def __init__(self, regional_key: RegionalKey, token_sets: Sequence[TokenSet]) -> None:
        self._tokeniser = Tokeniser(regional_key)
        self._tokens: dict[str, list[IntakeRef]] = defaultdict(list)
        for token_set in token_sets:
            if token_set.fingerprint != regional_key.fingerprint:
                continue  # made under another key: its tokens can never match, by design
            for token, intakes in token_set.tokens.items():
                self._tokens[token].extend(intakes)

    def lookup(self, key: MatchKey) -> Sequence[IntakeRef]:
        return self._tokens.get(self._tokeniser.token(key), ())


def _not_a_token_file(detail: str) -> NotATokenFile:
    return NotATokenFile(
        f"This is not a seriality token file of the intake app ({detail}). Choose the file "
        "another station made with 'intake-app seriality export'. Nothing was imported."
    )


def _json_object(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):  # also UnicodeDecodeError, too many digits, nesting
        return None
    return value if isinstance(value, dict) else None


def _header(lines: list[bytes], regional_key: RegionalKey) -> dict[str, Any]:
    header = _json_object(lines[0]) if lines else None
    if header is None or header.get("format") != FORMAT:
        raise _not_a_token_file("its first line is not a token file header")
    version = header.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NotATokenFile(
            f"This token file was made by a newer version of the intake app (format {version}, "
            f"this app reads format {VERSION}). Update the app on this laptop, then import "
            "again. Nothing was imported."
        )
    station = header.get("station")
    older = isinstance(version, int) and not isinstance(version, bool) and 0 < version < VERSION
    if older and isinstance(version, int) and isinstance(station, str) and station.isprintable():
        raise OlderTokenFile(station[:MAX_TEXT], version)
    if (
        version != VERSION
        or set(header) != _HEADER_KEYS
        or not isinstance(station, str)
        or not 0 < len(station) <= MAX_TEXT
        or not station.isprintable()
    ):
        raise _not_a_token_file("its header is damaged")
    if header.get("key") != regional_key.fingerprint:
        raise WrongRegionalKey(
            f"This token file from station {station!r} was made under another regional key "
            f"(fingerprint {header.get('key')!s:.40}; this laptop uses "
            f"{regional_key.fingerprint}). Tokens under different keys never match. Ask the "
            "regional administrator which key is current, enter it on the station that is "
            "behind, and export again. Nothing was imported."
        )
    return header


def _intake(row: dict[str, Any] | None, station: str) -> tuple[str, IntakeRef] | None:
    if row is None or set(row) != _TOKEN_KEYS:
        return None
    token, reference, day = row["token"], row["intake"], row["date"]
    if not (isinstance(token, str) and _TOKEN.fullmatch(token)):
        return None
    if not (isinstance(reference, str) and isinstance(day, str)):
        return None
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        return None
    return token, IntakeRef(parsed, reference, station)


def import_tokens(data: bytes, regional_key: RegionalKey) -> TokenSet:
    """Another station's token file, checked whole before any token is used.

    Raises `TokenFileError` (never anything else) with a message that says what to do.
    """
    if len(data) > MAX_FILE_BYTES:
        raise _not_a_token_file("it is far larger than any token file")
    # A copy through some Windows tools turns line ends into CRLF; the file itself never holds
    # a carriage return (JSON escapes it inside strings), so undoing that changes nothing else.
    data = data.replace(b"\r\n", b"\n")
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    header = _header(lines, regional_key)
    station: str = header["station"]
    seal = _json_object(lines[-1]) if len(lines) > 1 else None
    if seal is None or set(seal) != {"seal"} or not isinstance(seal["seal"], str):
        raise TamperedTokenFile(
            f"The token file from station {station!r} is incomplete: it does not end with its "
            "seal. Copy the file again, or ask that station for a fresh export. "
            "Nothing was imported."
        )
    body = data[: data.rfind(b"\n", 0, len(data.rstrip(b"\n"))) + 1]
    # The seal line itself is not sealed: accept only its exact form, so no byte goes unchecked.
    exact_seal_line = data[len(body) :] == _line({"seal": seal["seal"]})
    if not exact_seal_line or not hmac.compare_digest(_seal(regional_key, body), seal["seal"]):
        raise TamperedTokenFile(
            f"The token file from station {station!r} was changed after it was exported "
            "(damaged in copying, or tampered with), so none of it can be trusted. Ask that "
            "station for a fresh export and copy it again. Nothing was imported."
        )
    # Sealed under our key, so damage below means a faulty exporter, not an attacker.
    token_lines = lines[1:-1]
    rows = [row for line in token_lines if (row := _intake(_json_object(line), station))]
    if len(rows) != len(token_lines) or len(rows) != header["count"]:
        raise _not_a_token_file("its token lines do not match its header")
    tokens: dict[str, list[IntakeRef]] = defaultdict(list)
    for token, intake in rows:
        tokens[token].append(intake)
    return TokenSet(
        station,
        regional_key.fingerprint,
        {token: tuple(intakes) for token, intakes in tokens.items()},
    )

"""Crypto wallet addresses checked by their own checksums (R7).

Financial sextortion is often paid in crypto. Recognised: Bitcoin (base58check P2PKH "1..."
and P2SH "3...", bech32/bech32m "bc1..."), Ethereum and other EVM chains ("0x" + 40 hex, with
the EIP-55 checksum when written in mixed case), TRON ("T...", where USDT is often demanded)
and Litecoin ("L"/"M" base58check, "ltc1..."). Base58 addresses are case-sensitive and kept as
they are; bech32 and hex addresses are case-insensitive and lower-cased, so a checksummed and
a lower-case Ethereum address match.

An address is often copied with the currency and network beside it ("0x... (USDT ERC-20)",
"USDT TRC20: T..."): when the whole text is no address, the one word in it that passes a
checksum is taken; two different addresses in one note are not guessed between.
"""

from __future__ import annotations

import re
from typing import Final

import base58

from intake_app.seriality.bech32 import decode_segwit
from intake_app.seriality.identifier import NormalisedIdentifier, clean_text, without_spaces
from intake_app.seriality.keccak import keccak256

# Base58check version bytes -> network, for 21-byte payloads (version + 20-byte hash).
BASE58_VERSIONS: Final = {0x00: "bitcoin", 0x05: "bitcoin", 0x30: "litecoin", 0x32: "litecoin"}
TRON_VERSION: Final = 0x41
SEGWIT_PREFIXES: Final = {"bc": "bitcoin", "ltc": "litecoin"}

_URI_SCHEMES: Final = ("bitcoin:", "ethereum:", "litecoin:", "tron:")
_ETHEREUM = re.compile(r"0[xX]([0-9a-fA-F]{40})")
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]{25,40}")
# Words around an address in a note: separators, and the currency or network people name
# beside it ("(USDT ERC-20)", "BTC:", "netwerk TRC20").
_WORDS = re.compile(r"[\s,;:()\[\]{}<>|\"']+")
_NOTE = re.compile(
    r"\([^)]*\)|\[[^\]]*\]"
    r"|\b(?:usdt|usdc|btc|eth|ltc|trx|bitcoin|ethereum|litecoin|tron|erc-?20|trc-?20|bep-?20)\b"
    r"|\b(?:netwerk|network|wallet|adres|address|walletadres)\b|:",
    re.IGNORECASE,
)


def eip55_checksummed(hex_address: str) -> str:
    """The EIP-55 mixed-case form of a 40-hex-digit address (without "0x")."""
    lowered = hex_address.lower()
    digest = keccak256(lowered.encode("ascii")).hex()
    return "".join(
        ch.upper() if int(nibble, 16) >= 8 else ch
        for ch, nibble in zip(lowered, digest[:40], strict=True)
    )


def _ethereum(raw: str, text: str) -> NormalisedIdentifier | None:
    match = _ETHEREUM.fullmatch(text)
    if match is None:
        return None
    digits = match.group(1)
    mixed = digits.lower() != digits != digits.upper()
    verified = not mixed or eip55_checksummed(digits) == digits
    return NormalisedIdentifier(
        "crypto_wallet", raw, f"0x{digits.lower()}", verified, platform="ethereum"
    )


def _base58check(raw: str, text: str) -> NormalisedIdentifier | None:
    if _BASE58.fullmatch(text) is None:
        return None
    try:
        payload = base58.b58decode_check(text)
    except ValueError:
        return None
    if len(payload) != 21:
        return None
    network = "tron" if payload[0] == TRON_VERSION else BASE58_VERSIONS.get(payload[0])
    if network is None:
        return None
    return NormalisedIdentifier("crypto_wallet", raw, text, True, platform=network)


def _segwit(raw: str, text: str) -> NormalisedIdentifier | None:
    hrp = text.lower().split("1", 1)[0]
    network = SEGWIT_PREFIXES.get(hrp)
    if network is None or decode_segwit(hrp, text) is None:
        return None
    return NormalisedIdentifier("crypto_wallet", raw, text.lower(), True, platform=network)


def _checked(raw: str, text: str) -> NormalisedIdentifier | None:
    for scheme in _URI_SCHEMES:  # payment links: "bitcoin:bc1...?amount=0.1"
        if text.lower().startswith(scheme):
            text = text[len(scheme) :].split("?", 1)[0]
    for check in (_ethereum, _segwit, _base58check):
        result = check(raw, text)
        if result is not None:
            return result
    return None


def _one_address_in(raw: str) -> NormalisedIdentifier | None:
    """The one checked address among the words of a note ("USDT (TRC-20): T..."), if one."""
    words = {word for word in _WORDS.split(clean_text(raw)) if len(word) >= 25}
    found = {result for word in words if (result := _checked(raw, word)) is not None}
    return found.pop() if len({item.normalised for item in found}) == 1 else None


def normalise_wallet(raw: str) -> NormalisedIdentifier:
    text = without_spaces(raw)
    result = _checked(raw, text) or _one_address_in(raw)
    if result is not None:
        return result
    # Unknown format or a failed checksum: kept as typed (case matters in base58), without the
    # network named beside it, so "T... (USDT)" and "T..." still match each other.
    return NormalisedIdentifier("crypto_wallet", raw, without_spaces(_NOTE.sub(" ", raw)), False)

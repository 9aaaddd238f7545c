"""Bech32 (BIP-173) and bech32m (BIP-350) segwit addresses, after the BIPs' reference code.

Small own code because the `bech32` package on PyPI predates bech32m (taproot addresses).
"""

from __future__ import annotations

from typing import Final

CHARSET: Final = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONSTANT: Final = 1
BECH32M_CONSTANT: Final = 0x2BC830A3
_GENERATOR: Final = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]


def _convert_bits(data: list[int], from_bits: int, to_bits: int, pad: bool) -> list[int] | None:
    accumulator, bits, result = 0, 0, []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & max_value)
    if pad and bits:
        result.append((accumulator << (to_bits - bits)) & max_value)
    elif not pad and (bits >= from_bits or (accumulator << (to_bits - bits)) & max_value):
        return None
    return result


def _decode(text: str) -> tuple[str, list[int], int] | None:
    """(hrp, data without checksum, checksum constant) of a bech32 or bech32m string."""
    if any(not 33 <= ord(ch) <= 126 for ch in text) or (text.lower() != text != text.upper()):
        return None
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text) or len(text) > 90:
        return None
    if any(ch not in CHARSET for ch in text[separator + 1 :]):
        return None
    hrp = text[:separator]
    data = [CHARSET.index(ch) for ch in text[separator + 1 :]]
    constant = _polymod(_hrp_expand(hrp) + data)
    if constant not in (BECH32_CONSTANT, BECH32M_CONSTANT):
        return None
    return hrp, data[:-6], constant


def decode_segwit(hrp: str, address: str) -> tuple[int, bytes] | None:
    """(witness version, program) of a valid segwit address for `hrp`, else None."""
    decoded = _decode(address)
    if decoded is None or decoded[0] != hrp or not decoded[1]:
        return None
    _, data, constant = decoded
    program = _convert_bits(data[1:], 5, 8, pad=False)
    version = data[0]
    if program is None or not 2 <= len(program) <= 40 or version > 16:
        return None
    if version == 0 and len(program) not in (20, 32):
        return None
    # BIP-350: version 0 uses bech32, every later version bech32m.
    if (version == 0) != (constant == BECH32_CONSTANT):
        return None
    return version, bytes(program)


def encode_segwit(hrp: str, version: int, program: bytes) -> str:
    """The address for a witness program (used by tests to build valid addresses)."""
    data = [version, *(_convert_bits(list(program), 8, 5, pad=True) or [])]
    constant = BECH32_CONSTANT if version == 0 else BECH32M_CONSTANT
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ constant
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + checksum)

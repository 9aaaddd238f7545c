"""Bech32 and bech32m segwit addresses (BIP-173, BIP-350), for wallet checks (R7)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.seriality.bech32 import decode_segwit, encode_segwit
from intake_app.seriality.normalise import normalise


@given(st.integers(0, 16), st.binary(min_size=2, max_size=40))
def test_encode_then_decode_gives_the_program_back(version: int, program: bytes) -> None:
    if version == 0 and len(program) not in (20, 32):
        return
    assert decode_segwit("bc", encode_segwit("bc", version, program)) == (version, program)


@pytest.mark.parametrize(
    "address",
    [
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # v0 with a bech32m checksum
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # v1, checksum wrong
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",  # one character changed
        "bc1QW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",  # mixed case
        "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",  # testnet: another human-readable part
        "bc1",
        "",
    ],
)
def test_invalid_addresses_are_refused(address: str) -> None:
    assert decode_segwit("bc", address) is None


@given(st.binary(min_size=20, max_size=20), st.binary(min_size=20, max_size=20))
def test_different_programs_never_share_an_address(first: bytes, second: bytes) -> None:
    if first == second:
        return
    one = normalise("crypto_wallet", encode_segwit("bc", 0, first))
    other = normalise("crypto_wallet", encode_segwit("bc", 0, second))
    assert one.match_key != other.match_key


@given(st.binary(min_size=20, max_size=20), st.binary(min_size=20, max_size=20))
def test_different_ethereum_addresses_do_not_match(first: bytes, second: bytes) -> None:
    if first == second:
        return
    one = normalise("crypto_wallet", "0x" + first.hex())
    other = normalise("crypto_wallet", "0x" + second.hex())
    assert one.match_key != other.match_key


def test_litecoin_segwit_addresses() -> None:
    address = encode_segwit("ltc", 0, bytes(range(20)))
    result = normalise("crypto_wallet", address.upper())
    assert (result.platform, result.normalised, result.verified) == ("litecoin", address, True)

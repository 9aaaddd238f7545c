"""Keccak-256 (Ethereum's hash, not SHA3-256) against published vectors, and EIP-55 checksums."""

from __future__ import annotations

import hashlib

import pytest

from intake_app.seriality.keccak import keccak256
from intake_app.seriality.wallets import eip55_checksummed


@pytest.mark.parametrize(
    ("data", "digest"),
    [
        (b"", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
        (b"abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
        (
            b"The quick brown fox jumps over the lazy dog",
            "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15",
        ),
    ],
)
def test_keccak256_matches_published_vectors(data: bytes, digest: str) -> None:
    assert keccak256(data).hex() == digest


@pytest.mark.parametrize("length", [135, 136, 137, 272, 500])
def test_keccak256_is_not_sha3_at_block_boundaries(length: int) -> None:
    data = bytes(range(256)) * 2
    assert len(keccak256(data[:length])) == 32
    assert keccak256(data[:length]) != hashlib.sha3_256(data[:length]).digest()


# The test vectors of EIP-55 itself (all caps, all lower and mixed case).
@pytest.mark.parametrize(
    "address",
    [
        "52908400098527886E0F7030069857D2E4169EE7",
        "8617E340B3D01FA5F11F306F4090FD50E238070D",
        "de709f2102306220921060314715629080e2fb77",
        "27b1fdb04752bbc536007a920d24acb045561c26",
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ],
)
def test_eip55_vectors(address: str) -> None:
    assert eip55_checksummed(address.lower()) == address

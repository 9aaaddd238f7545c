"""The regional key: random, entered as text with a checksum, never shown by accident."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.seriality.regional_key import (
    RegionalKey,
    RegionalKeyError,
    generate_regional_key,
    parse_regional_key,
)


def test_a_generated_key_reads_back_from_its_text() -> None:
    key = generate_regional_key()
    text = key.as_text()
    assert text.startswith("RSK1-")
    assert len(text.split("-")) == 15
    assert parse_regional_key(text) == key


def test_case_spaces_and_missing_dashes_do_not_matter() -> None:
    key = generate_regional_key()
    typed = " ".join(key.as_text().split("-")).lower()
    assert parse_regional_key(typed) == key
    assert parse_regional_key(key.as_text().replace("-", "")) == key


@settings(deadline=None)
@given(st.binary(min_size=32, max_size=32), st.integers(5, 70), st.sampled_from("ABCXYZ234567"))
def test_a_typing_error_is_caught(secret: bytes, position: int, letter: str) -> None:
    text = RegionalKey(secret).as_text()
    position = min(position, len(text) - 1)
    typo = text[:position] + letter + text[position + 1 :]
    if typo == text or text[position] == "-":
        return
    with pytest.raises(RegionalKeyError, match=r"typing error|letters and digits|only the letters"):
        parse_regional_key(typo)


def test_messages_say_what_to_do() -> None:
    with pytest.raises(RegionalKeyError, match=r"has 56 letters and digits.*Copy it again"):
        parse_regional_key("RSK1-ABCD")
    text = generate_regional_key().as_text()
    with pytest.raises(RegionalKeyError, match=r"never 0, 1, 8 or 9"):
        parse_regional_key(text[:-1] + "0")


def test_the_secret_never_shows_in_repr() -> None:
    key = generate_regional_key()
    assert key.secret.hex() not in repr(key)
    assert key.as_text() not in repr(key)
    assert key.fingerprint in repr(key)


def test_different_keys_have_different_fingerprints() -> None:
    assert generate_regional_key().fingerprint != generate_regional_key().fingerprint

"""R7 between stations: keyed-hash token files, sealed, under one regional key."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.matching import IntakeRef, find_matches
from intake_app.seriality.normalise import normalise
from intake_app.seriality.regional_key import RegionalKey, generate_regional_key
from intake_app.seriality.tokens import (
    NotATokenFile,
    TamperedTokenFile,
    TokenFileError,
    TokenIndex,
    Tokeniser,
    WrongRegionalKey,
    export_tokens,
    import_tokens,
)

STATION = "Bureau Fictief-Zuid"
KEY = RegionalKey(bytes(range(32)))
PHONE = normalise("phone", "06-12345678")
HANDLE = normalise("handle", "@Fictief_Afperser", "snapchat")
FIRST = IntakeRef(date(2026, 3, 2), "ZD-2026-0012")
SECOND = IntakeRef(date(2026, 6, 30), "ZD-2026-0101")
ENTRIES = [(PHONE.match_key, FIRST), (HANDLE.match_key, FIRST), (PHONE.match_key, SECOND)]


def exported() -> bytes:
    return export_tokens(ENTRIES, KEY, STATION)


def test_round_trip_finds_the_other_stations_intakes_by_identifier() -> None:
    token_set = import_tokens(exported(), KEY)
    assert token_set.station == STATION
    assert len(token_set) == 3
    index = TokenIndex(KEY, [token_set])
    typed_here = normalise("url", "https://wa.me/31612345678")
    found = find_matches(typed_here, [index], "NB-2026-0001")
    assert found == [
        IntakeRef(FIRST.date, FIRST.reference, STATION),
        IntakeRef(SECOND.date, SECOND.reference, STATION),
    ]
    assert find_matches(normalise("phone", "0612345679"), [index], "NB-2026-0001") == []


def test_the_file_holds_no_identifier_only_tokens_references_and_dates() -> None:
    data = exported()
    text = data.decode("utf-8")
    for secret in ("612345678", "fictief_afperser", "Fictief_Afperser", "snapchat", "phone"):
        assert secret not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert set(lines[0]) == {"format", "version", "station", "key", "count"}
    assert all(set(line) == {"token", "intake", "date"} for line in lines[1:-1])
    assert set(lines[-1]) == {"seal"}


def test_each_token_and_intake_pair_is_written_once() -> None:
    data = export_tokens([*ENTRIES, *ENTRIES], KEY, STATION)
    assert data == exported()


def test_empty_match_keys_and_placeholders_are_not_exported() -> None:
    entries = [(MatchKey("phone", ""), FIRST), (MatchKey("username", "Onbekend"), FIRST)]
    data = export_tokens(entries, KEY, STATION)
    assert len(import_tokens(data, KEY)) == 0


@settings(deadline=None)
@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32), st.text())
def test_tokens_under_different_regional_keys_never_match(
    first: bytes, second: bytes, normalised: str
) -> None:
    if first == second:
        return
    key = MatchKey("phone", normalised)
    assert Tokeniser(RegionalKey(first)).token(key) != Tokeniser(RegionalKey(second)).token(key)


def test_a_file_made_under_another_regional_key_is_refused_and_never_matches() -> None:
    other = generate_regional_key()
    with pytest.raises(WrongRegionalKey, match=r"another regional key.*regional administrator"):
        import_tokens(exported(), other)
    # Even a token set that got in some other way is ignored under another key.
    index = TokenIndex(other, [import_tokens(exported(), KEY)])
    assert index.lookup(PHONE.match_key) == ()


def replace_in_line(data: bytes, line_number: int, old: bytes, new: bytes) -> bytes:
    lines = data.split(b"\n")
    assert old in lines[line_number]
    lines[line_number] = lines[line_number].replace(old, new, 1)
    return b"\n".join(lines)


def test_a_changed_date_is_refused_as_tampered() -> None:
    tampered = replace_in_line(exported(), 1, b"2026-", b"2025-")
    with pytest.raises(TamperedTokenFile, match=r"changed after it was exported.*fresh export"):
        import_tokens(tampered, KEY)


def test_a_removed_token_line_is_refused() -> None:
    lines = exported().split(b"\n")
    with pytest.raises(TamperedTokenFile):
        import_tokens(b"\n".join(lines[:1] + lines[2:]), KEY)


def test_a_file_without_its_seal_is_refused_as_incomplete() -> None:
    lines = exported().split(b"\n")
    with pytest.raises(TamperedTokenFile, match=r"incomplete"):
        import_tokens(b"\n".join(lines[:-2]) + b"\n", KEY)


def test_a_changed_station_name_is_refused() -> None:
    tampered = replace_in_line(exported(), 0, b"Zuid", b"Noord")
    with pytest.raises(TamperedTokenFile):
        import_tokens(tampered, KEY)


def test_windows_line_ends_from_copying_are_accepted() -> None:
    assert len(import_tokens(exported().replace(b"\n", b"\r\n"), KEY)) == 3


@pytest.mark.parametrize(
    "data", [b"", b"hello", b"\xff\xfe", b"[1, 2]", b'{"format": "iets anders"}\n', b"\n\n"]
)
def test_other_files_are_not_token_files(data: bytes) -> None:
    with pytest.raises(NotATokenFile, match=r"not a seriality token file.*Nothing was imported"):
        import_tokens(data, KEY)


def test_a_file_from_a_newer_app_says_to_update() -> None:
    newer = replace_in_line(exported(), 0, b'"version":2', b'"version":3')
    with pytest.raises(NotATokenFile, match=r"newer version.*Update the app"):
        import_tokens(newer, KEY)


@settings(deadline=None, max_examples=300)
@given(st.data())
def test_any_single_byte_change_is_refused(data: st.DataObject) -> None:
    original = exported()
    position = data.draw(st.integers(0, len(original) - 1))
    byte = data.draw(st.integers(0, 255))
    changed = original[:position] + bytes([byte]) + original[position + 1 :]
    if changed == original:
        return
    if original[position : position + 1] == b"\n" and byte == 13:
        return  # "\r\n"-style line ends are accepted on purpose (test above)
    with pytest.raises(TokenFileError):
        import_tokens(changed, KEY)


def test_a_changed_byte_after_the_seal_is_refused() -> None:
    original = exported()

    with pytest.raises(TokenFileError):
        import_tokens(original[:-1] + b" ", KEY)


@settings(deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_import(data: bytes) -> None:
    with pytest.raises(TokenFileError):
        import_tokens(data, KEY)


def test_export_refuses_a_bad_station_name_with_a_clear_message() -> None:
    with pytest.raises(
        TokenFileError, match=r"station name.*station settings.*Nothing was exported"
    ):
        export_tokens(ENTRIES, KEY, "")
    with pytest.raises(TokenFileError, match=r"intake reference"):
        export_tokens([(PHONE.match_key, IntakeRef(FIRST.date, "x\n"))], KEY, STATION)

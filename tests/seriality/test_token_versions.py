"""Token files carry the version of the matching rules they were made under (issue 16).

Both directions between an older and a newer app: each refuses the other's file with a message
that says which side to update, and imports nothing. Files are made by the exporter itself
under the other version, sealed, so only the version is in the way.
"""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.seriality import tokens
from intake_app.seriality.matching import IntakeRef
from intake_app.seriality.normalise import normalise
from intake_app.seriality.regional_key import RegionalKey
from intake_app.seriality.tokens import (
    NotATokenFile,
    OlderTokenFile,
    TokenFileError,
    export_tokens,
    import_tokens,
)

KEY = RegionalKey(bytes(range(32)))
STATION = "Bureau Fictief-Oost"
ENTRIES = [(normalise("email", "jfictief@gmail.com").match_key, IntakeRef(date(2026, 5, 1), "A1"))]


def made_by_app_with_version(version: int, monkeypatch: pytest.MonkeyPatch) -> bytes:
    with monkeypatch.context() as patch:
        patch.setattr(tokens, "VERSION", version)
        return export_tokens(ENTRIES, KEY, STATION)


def test_this_app_writes_version_2() -> None:
    assert export_tokens(ENTRIES, KEY, STATION).startswith(
        b'{"format":"intake-app seriality tokens","version":2,'
    )


def test_a_file_of_the_same_version_imports() -> None:
    assert len(import_tokens(export_tokens(ENTRIES, KEY, STATION), KEY)) == 1


def test_an_older_apps_file_is_refused_naming_the_station_to_update(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    older = made_by_app_with_version(1, monkeypatch)

    with pytest.raises(OlderTokenFile) as refused:
        import_tokens(older, KEY)

    assert isinstance(refused.value, TokenFileError)  # the command's exit 6
    assert (refused.value.code, refused.value.station, refused.value.version) == (
        "seriality.token_file_older",
        STATION,
        1,
    )
    assert "update the app and export again" in str(refused.value)
    assert "Nothing was imported" in str(refused.value)


def test_an_older_app_refuses_this_apps_file_asking_for_its_own_update(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours = export_tokens(ENTRIES, KEY, STATION)
    monkeypatch.setattr(tokens, "VERSION", 1)  # the reader is the older app

    with pytest.raises(NotATokenFile, match=r"newer version.*Update the app"):
        import_tokens(ours, KEY)

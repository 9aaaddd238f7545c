"""A store on a network folder is reported as unreachable, never as damaged."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import pytest
import sqlcipher3

from intake_app.store import store as store_module
from intake_app.store.errors import StoreCorrupt, StoreUnreachable, WrongKeyOrCorrupt
from intake_app.store.store import check_database_file, sqlite_uri, unreachable

KEY = bytes(32)


def test_a_windows_share_gets_a_uri_sqlite_accepts() -> None:
    uri = sqlite_uri(PureWindowsPath(r"\\fs01.politie.local\Zeden\intake app\store.db"))
    # Path.as_uri() would give file://fs01.politie.local/..., refused as "invalid uri authority".
    assert uri == "file:////fs01.politie.local/Zeden/intake%20app/store.db?mode=ro"


def test_local_paths_keep_their_usual_uri() -> None:
    assert sqlite_uri(PureWindowsPath(r"C:\ProgramData\intake-app\store.db")) == (
        "file:///C:/ProgramData/intake-app/store.db?mode=ro"
    )
    assert sqlite_uri(PurePosixPath("/srv/intake/store.db"), read_only=False) == (
        "file:///srv/intake/store.db"
    )


@pytest.mark.parametrize(
    "message",
    ["unable to open database file", "disk I/O error", "invalid uri authority: fs01"],
)
def test_an_unreachable_file_is_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message: str
) -> None:
    database = tmp_path / "store.db"
    database.write_bytes(b"x" * 4096)

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise sqlcipher3.OperationalError(message)

    monkeypatch.setattr(store_module, "connect_keyed", refuse)
    with pytest.raises(StoreUnreachable) as refused:
        check_database_file(database, KEY)
    assert refused.value.code == "store.unreachable"
    assert "niet beschadigd" in str(refused.value)


def test_a_damaged_file_is_still_damaged(tmp_path: Path) -> None:
    database = tmp_path / "store.db"
    database.write_bytes(b"\x00" * 8192)  # two pages of nothing: damage, not a missing share
    with pytest.raises((StoreCorrupt, WrongKeyOrCorrupt)):
        check_database_file(database, KEY)
    assert not unreachable(sqlcipher3.DatabaseError("database disk image is malformed"))

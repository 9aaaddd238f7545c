"""keys.json is private to the user and replaced atomically."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from intake_app.vault import KeyFileUnwritable, WrongPassphrase
from tests.vault.conftest import ADMIN_ID, ADMIN_PASSPHRASE, OFFICER_ID, NewVault

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_the_key_file_and_folder_are_private(with_officer: NewVault) -> None:
    assert mode_of(with_officer.data_dir / "keys.json") == 0o600
    assert mode_of(with_officer.data_dir) == 0o700


@posix_only
def test_the_temporary_file_is_private_before_anything_is_written(
    new_vault: NewVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int]] = []
    real_mkstemp = tempfile.mkstemp

    def watching_mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        descriptor, name = real_mkstemp(*args, **kwargs)  # type: ignore[call-overload]
        seen.append((mode_of(Path(name)), Path(name).stat().st_size))
        return descriptor, name

    monkeypatch.setattr(tempfile, "mkstemp", watching_mkstemp)
    with pytest.raises(WrongPassphrase):
        new_vault.vault.unlock(ADMIN_ID, "een foute wachtwoordzin")
    assert seen == [(0o600, 0)]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    with_officer: NewVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = with_officer.data_dir / "keys.json"
    before = key_file.read_bytes()

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(KeyFileUnwritable, match="schijfruimte"):
        with_officer.vault.remove_officer(OFFICER_ID)
    assert key_file.read_bytes() == before
    assert [path.name for path in with_officer.data_dir.iterdir()] == ["keys.json"]


def test_a_write_that_cannot_be_saved_does_not_keep_a_right_passphrase_out(
    new_vault: NewVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            new_vault.vault.unlock(ADMIN_ID, "een foute wachtwoordzin")

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    assert new_vault.vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == new_vault.data_key

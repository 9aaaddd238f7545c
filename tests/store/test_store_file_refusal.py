"""Where keys.json exists, a store.db that is missing or cut short is refused, never replaced:
by the session (the window), `verify`, `backup` and the seriality commands alike."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.commands.store import (
    EXIT_STORE_EMPTY,
    EXIT_STORE_MISSING,
    EXIT_STORE_SIZE,
)
from intake_app.paths import data_dir
from intake_app.session import first_run, open_session, open_with_recovery_key
from intake_app.store.database import DATABASE_FILE
from intake_app.store.errors import (
    StoreFileEmpty,
    StoreFileMissing,
    StoreFileProblem,
    StoreFileSizeMismatch,
)
from intake_app.vault import KdfParams

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN = "beheer01"
PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 - fictional

Damage = Callable[[Path], None]


def _truncate(size: int) -> Damage:
    def damage(path: Path) -> None:
        path.write_bytes(path.read_bytes()[:size])

    return damage


def _append(extra: bytes) -> Damage:
    def damage(path: Path) -> None:
        path.write_bytes(path.read_bytes() + extra)

    return damage


def _remove(path: Path) -> None:
    path.unlink()


# name: (damage, error class, exit code of the commands)
DAMAGES: dict[str, tuple[Damage, type[StoreFileProblem], int]] = {
    "missing": (_remove, StoreFileMissing, EXIT_STORE_MISSING),
    "empty": (_truncate(0), StoreFileEmpty, EXIT_STORE_EMPTY),
    "one byte": (_truncate(1), StoreFileEmpty, EXIT_STORE_EMPTY),
    "one page minus one": (_truncate(4095), StoreFileEmpty, EXIT_STORE_EMPTY),
    "torn page": (_truncate(4096 * 2 + 100), StoreFileSizeMismatch, EXIT_STORE_SIZE),
    "last page cut off": (_truncate(-4096), StoreFileSizeMismatch, EXIT_STORE_SIZE),
    "one byte appended": (_append(b"x"), StoreFileSizeMismatch, EXIT_STORE_SIZE),
    "a page of garbage appended": (_append(b"\0" * 4096), StoreFileSizeMismatch, EXIT_STORE_SIZE),
    "two pages of zeros appended": (_append(bytes(8192)), StoreFileSizeMismatch, EXIT_STORE_SIZE),
}


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    target = data_dir()
    session, recovery = first_run(target, ADMIN, "Beheerder Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    for _ in range(3):
        intake = session.store.intakes.create(ADMIN)
        session.store.answers.save(intake.id, "victim_safe_now", "yes", "answered", ADMIN)
    session.close()
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)
    return target, recovery


def _snapshot(target: Path) -> dict[str, str]:
    # The empty lock files (keys.lock for unlock attempts, store.lock) hold no data, and the
    # event log records the refusal itself (its code, no data).
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(target.iterdir())
        if path.is_file() and path.suffix not in (".lock", ".log")
    }


def _damage(target: Path, name: str) -> tuple[type[StoreFileProblem], int]:
    damage, error, code = DAMAGES[name]
    damage(target / DATABASE_FILE)
    return error, code


@pytest.mark.parametrize("name", sorted(DAMAGES))
def test_the_session_refuses_and_writes_nothing(folder: tuple[Path, str], name: str) -> None:
    target, recovery = folder
    error, _ = _damage(target, name)
    before = _snapshot(target)

    with pytest.raises(error) as raised:
        open_session(target, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    with pytest.raises(error):
        open_with_recovery_key(target, recovery)

    assert raised.value.code == error.code
    assert _snapshot(target) == before


@pytest.mark.parametrize("name", sorted(DAMAGES))
@pytest.mark.parametrize(
    "command",
    [["verify"], ["backup", "BACKUP"], ["seriality", "export", "TOKENS"]],
    ids=["verify", "backup", "seriality-export"],
)
def test_the_commands_refuse_with_their_own_exit_code(
    folder: tuple[Path, str],
    name: str,
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target, _ = folder
    _, code = _damage(target, name)
    before = _snapshot(target)
    argv = [str(tmp_path / "out.file") if part.isupper() else part for part in command]

    assert main(argv) == code

    err = capsys.readouterr().err
    assert "Traceback" not in err and "Er is niets" in err
    assert _snapshot(target) == before
    assert not (tmp_path / "out.file").exists()


def test_an_interrupted_first_run_still_gets_its_store(folder: tuple[Path, str]) -> None:
    target, _ = folder
    (target / DATABASE_FILE).unlink()
    (target / "first-run.pending").write_bytes(b"")

    session = open_session(target, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        assert session.store_was_missing
    finally:
        session.close()
    assert not (target / "first-run.pending").exists()

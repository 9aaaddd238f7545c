"""Composition: vault unlock, store open, unlock audited, first run, retention at open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake_app.paths import data_dir
from intake_app.session import (
    FIRST_RUN_MARKER,
    Session,
    first_run,
    needs_first_run,
    open_session,
    open_with_recovery_key,
)
from intake_app.store.database import DATABASE_FILE
from intake_app.store.errors import StoreFileMissing, StoreInUse
from intake_app.vault import KdfParams
from intake_app.vault.errors import KeyFileUnwritable, LastAdmin, WrongPassphrase

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN = "beheer01"
PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 - fictional


@pytest.fixture
def folder() -> Path:
    return data_dir()


@pytest.fixture
def recovery_key(folder: Path) -> str:
    session, recovery = first_run(folder, ADMIN, "Beheerder Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    session.close()
    return recovery


def test_first_run_makes_vault_store_and_administrator(folder: Path) -> None:
    assert needs_first_run(folder)

    session, recovery = first_run(folder, ADMIN, "Beheerder Fictief", PASSPHRASE, kdf=CHEAP_KDF)

    try:
        assert recovery
        assert not needs_first_run(folder)
        assert [(o.id, o.role) for o in session.store.officers.all()] == [(ADMIN, "admin")]
        assert session.store.audit_entries(1)[0].event == "unlock"
    finally:
        session.close()


def test_officer_unlocks_and_the_unlock_is_audited(folder: Path, recovery_key: str) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE)
    try:
        events = [(e.event, e.officer_id) for e in session.store.audit_entries(3)]
        intake = session.store.intakes.create(ADMIN)
        session.store.answers.save(intake.id, "victim_safe_now", "yes", "answered", ADMIN)
    finally:
        session.close()

    assert events == [("purge", ADMIN), ("unlock", ADMIN), ("open", ADMIN)]


def test_failed_unlocks_are_audited_after_the_next_success(folder: Path, recovery_key: str) -> None:
    before = (folder / DATABASE_FILE).read_bytes()
    with pytest.raises(WrongPassphrase):
        open_session(folder, ADMIN, "verkeerde wachtwoordzin")
    assert (folder / DATABASE_FILE).read_bytes() == before

    first = open_session(folder, ADMIN, PASSPHRASE)
    failed_events = [e for e in first.store.audit_entries() if e.event == "failed_unlock"]
    first.close()
    second = open_session(folder, ADMIN, PASSPHRASE)
    failed_again = [e for e in second.store.audit_entries() if e.event == "failed_unlock"]
    second.close()

    assert len(first.failed_unlocks) == 1
    assert [e.officer_id for e in failed_events] == [ADMIN]
    assert second.failed_unlocks == []
    assert len(failed_again) == 1  # acknowledged: not recorded twice


def test_recovery_key_opens_the_store(folder: Path, recovery_key: str) -> None:
    session = open_with_recovery_key(folder, recovery_key)
    try:
        entry = session.store.audit_entries(2)[1]  # the newest is the retention purge
    finally:
        session.close()

    assert session.officer_id is None
    assert (entry.event, entry.details) == ("unlock", {"recovery_key": True})


def test_second_session_on_the_same_folder_is_refused(folder: Path, recovery_key: str) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE)
    try:
        with pytest.raises(StoreInUse):
            open_session(folder, ADMIN, PASSPHRASE)
    finally:
        session.close()


def test_retention_is_applied_when_a_session_opens(folder: Path, recovery_key: str) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE)
    long_ago = datetime.now(UTC) - timedelta(days=400)
    old = session.store.intakes.create(ADMIN, now=long_ago)
    session.store.intakes.finalise(old.id, ADMIN, now=long_ago)
    draft = session.store.intakes.create(ADMIN, now=long_ago)
    session.close()

    again = open_session(folder, ADMIN, PASSPHRASE)
    try:
        remaining = [intake.id for intake in again.store.intakes.case_list()]
    finally:
        again.close()

    assert again.purged == 1
    assert remaining == [draft.id]


def test_interrupted_first_run_gets_a_new_empty_store(folder: Path, recovery_key: str) -> None:
    (folder / DATABASE_FILE).unlink()
    (folder / FIRST_RUN_MARKER).write_bytes(b"")  # cut off between the vault and the store

    session = open_session(folder, ADMIN, PASSPHRASE)
    try:
        assert session.store_was_missing
        assert session.store.intakes.case_list() == []
    finally:
        session.close()


def _officers_in_both(session: Session) -> tuple[set[str], set[str]]:
    in_vault = {officer.id for officer in session.vault.officers()}
    in_store = {officer.id for officer in session.store.officers.all() if officer.active}
    return in_vault, in_store


def test_an_officer_is_added_to_vault_and_store(folder: Path, recovery_key: str) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        session.add_officer("agent02", "Agent Fictief", "groene kikker springt hoog", "officer")

        assert _officers_in_both(session) == ({ADMIN, "agent02"}, {ADMIN, "agent02"})
    finally:
        session.close()


def test_a_store_failure_while_adding_undoes_the_vault_step(
    folder: Path, recovery_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:

        def disk_full(*_args: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(session.store.officers, "ensure", disk_full)

        with pytest.raises(OSError, match="disk full"):
            session.add_officer("agent02", "Agent Fictief", "groene kikker springt hoog", "officer")

        monkeypatch.undo()
        assert _officers_in_both(session) == ({ADMIN}, {ADMIN})
    finally:
        session.close()


def test_an_officer_is_removed_from_vault_and_store(folder: Path, recovery_key: str) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        session.add_officer("agent02", "Agent Fictief", "groene kikker springt hoog", "officer")

        session.remove_officer("agent02")

        assert _officers_in_both(session) == ({ADMIN}, {ADMIN})
    finally:
        session.close()


def test_a_vault_failure_while_removing_undoes_the_store_step(
    folder: Path, recovery_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        session.add_officer("agent02", "Agent Fictief", "groene kikker springt hoog", "officer")

        def unwritable(_officer_id: str) -> None:
            raise KeyFileUnwritable(folder / "keys.json", "read-only file system")

        monkeypatch.setattr(session.vault, "remove_officer", unwritable)

        with pytest.raises(KeyFileUnwritable):
            session.remove_officer("agent02")

        monkeypatch.undo()
        assert _officers_in_both(session) == ({ADMIN, "agent02"}, {ADMIN, "agent02"})
        [record] = [o for o in session.store.officers.all() if o.id == "agent02"]
        assert (record.display_name, record.role) == ("Agent Fictief", "officer")
    finally:
        session.close()


def test_removing_the_last_administrator_changes_nothing(folder: Path, recovery_key: str) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        entries_before = len(session.store.audit_entries(1000))

        with pytest.raises(LastAdmin):
            session.remove_officer(ADMIN)

        assert _officers_in_both(session) == ({ADMIN}, {ADMIN})
        assert len(session.store.audit_entries(1000)) == entries_before
    finally:
        session.close()


def test_the_python_api_scripts_use_keeps_its_shape() -> None:
    """Scripts and tests open stores through these; their names and parameters stay."""
    import inspect

    from intake_app import session, vault

    assert list(inspect.signature(session.first_run).parameters) == [
        "data_dir",
        "admin_id",
        "admin_name",
        "passphrase",
        "kdf",
    ]
    assert list(inspect.signature(session.open_session).parameters) == [
        "data_dir",
        "officer_id",
        "passphrase",
        "apply_retention",
        "kdf",
    ]
    assert {"time_cost", "memory_cost", "parallelism"} <= set(
        inspect.signature(vault.KdfParams).parameters
    )


def test_when_undoing_fails_too_the_next_unlock_makes_vault_and_store_agree(
    folder: Path, recovery_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = open_session(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:

        def disk_full(*_args: object) -> None:
            raise OSError("disk full")

        def unwritable(_officer_id: str) -> None:
            raise KeyFileUnwritable(folder / "keys.json", "read-only file system")

        monkeypatch.setattr(session.store.officers, "ensure", disk_full)
        monkeypatch.setattr(session.vault, "remove_officer", unwritable)

        with pytest.raises(OSError, match="disk full"):  # the first problem, not the undoing's
            session.add_officer("agent02", "Agent Fictief", "groene kikker springt hoog", "officer")
    finally:
        session.close()
    monkeypatch.undo()

    again = open_session(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        assert _officers_in_both(again) == ({ADMIN, "agent02"}, {ADMIN, "agent02"})
    finally:
        again.close()


def test_a_missing_store_after_the_first_run_is_refused(folder: Path, recovery_key: str) -> None:
    (folder / DATABASE_FILE).unlink()

    with pytest.raises(StoreFileMissing):
        open_session(folder, ADMIN, PASSPHRASE)

    assert not (folder / DATABASE_FILE).exists()

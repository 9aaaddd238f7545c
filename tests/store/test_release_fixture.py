"""A database made by an earlier release (schema 0004) opens, reads and migrates in this one."""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from intake_app.session import Session, open_session, open_with_recovery_key
from intake_app.store.schema import current_revision, head_revision
from intake_app.store.verify import verify
from intake_app.vault import KdfParams

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema_0004"
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_ID = "beheer01"
ADMIN_PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 (fictional, see the README)


@pytest.fixture
def old_folder(tmp_path: Path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE / "data", target)
    return target


def _recovery_key() -> str:
    return (FIXTURE / "RECOVERY_KEY.txt").read_text(encoding="ascii").strip()


def _check_contents(session: Session) -> None:
    store = session.store
    with store.database.read() as db:
        assert current_revision(db.connection()) == head_revision()
    by_reference = {intake.reference: intake for intake in store.intakes.case_list()}
    assert set(by_reference) == {"2026-0001", "2026-0002"}
    draft, done = by_reference["2026-0001"], by_reference["2026-0002"]
    assert done.status == "completed"
    answers = store.answers.load(draft.id)
    assert answers["suspects#2.age_years"].value == 17
    assert answers["victim_date_of_birth"].state == "unknown"
    assert answers["victim_name"].value == "Fictieve Persoon"
    assert [c.service for c in store.consents.for_intake(draft.id)] == ["offlimits"]
    assert [letter.service for letter in store.letters.for_intake(draft.id)] == ["offlimits"]
    assert [i.intake_reference for i in store.identifiers.find("+31612345678")] == ["2026-0001"]
    report = verify(store, auditor_private_key=session.auditor_private_key)
    assert report.ok, report.lines()
    # The old hash chain was verified once and sealed; the switch-over entry follows it.
    assert report.chain.legacy_entries > 0
    assert report.chain.switch_over_id == report.chain.legacy_entries + 1
    assert report.chain.legacy_broken_id is None
    # An officer's unlock cannot seal the first key to the recovery key; the recovery key can.
    assert report.chain.first_key_pending == (session.auditor_private_key is None)
    if session.auditor_private_key is not None:
        assert report.chain.macs_checked


def test_the_fixture_was_made_at_schema_0004() -> None:
    # The committed file must stay what the old release wrote: never regenerated.
    assert (FIXTURE / "data" / "store.db").stat().st_size > 4096
    assert (FIXTURE / "data" / "keys.json").is_file()


def test_an_officer_opens_reads_and_migrates_the_old_database(old_folder: Path) -> None:
    session = open_session(old_folder, ADMIN_ID, ADMIN_PASSPHRASE, False, kdf=CHEAP_KDF)
    try:
        _check_contents(session)
    finally:
        session.close()


def test_the_recovery_key_opens_the_old_database(old_folder: Path) -> None:
    session = open_with_recovery_key(old_folder, _recovery_key(), apply_retention=False)
    try:
        _check_contents(session)
    finally:
        session.close()


@pytest.fixture
def other_cipher_defaults() -> Iterator[None]:
    """A SQLCipher whose defaults changed (as 3 -> 4 did): the process-wide default set to 3."""
    connection = sqlcipher3.connect(":memory:")
    connection.execute("PRAGMA cipher_default_compatibility = 3")
    try:
        yield
    finally:
        connection.execute("PRAGMA cipher_default_compatibility = 4")
        connection.close()


@pytest.mark.usefixtures("other_cipher_defaults")
def test_the_old_database_opens_even_when_sqlcipher_defaults_change(old_folder: Path) -> None:
    session = open_with_recovery_key(old_folder, _recovery_key(), apply_retention=False)
    try:
        _check_contents(session)
    finally:
        session.close()


def test_sqlcipher3_has_an_upper_bound() -> None:
    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    (requirement,) = [d for d in pyproject["project"]["dependencies"] if d.startswith("sqlcipher3")]
    assert "<" in requirement

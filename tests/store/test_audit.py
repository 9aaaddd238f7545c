"""The audit log is a hash chain: editing a row behind the app's back shows in verify.

The first entry of a new store is the switch-over to the forward-secure chain (audit_start).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from intake_app.store.audit import AUDIT_EVENTS, GENESIS_HASH
from intake_app.store.database import DATABASE_FILE
from intake_app.store.engine import connect_keyed
from intake_app.store.errors import InvalidValue
from intake_app.store.models import AuditEntry
from intake_app.store.store import Store
from intake_app.store.verify import verify
from tests.store.conftest import OFFICER


def _tamper(folder: Path, data_key: bytes, statement: str) -> None:
    """What someone with the key and sqlcipher3, but not the app, could do."""
    connection = connect_keyed(folder / DATABASE_FILE, data_key)
    try:
        connection.execute(statement)
    finally:
        connection.close()


def _work(store: Store) -> str:
    intake = store.intakes.create(OFFICER)
    store.answers.save(intake.id, "victim_first_name", "Testa", "answered", OFFICER)
    store.consents.record(intake.id, "offlimits", "victim", OFFICER)
    store.intakes.finalise(intake.id, OFFICER)
    store.letters.record(intake.id, "offlimits", OFFICER)
    store.record_event("print", OFFICER, intake.id, {"service": "offlimits"})
    return intake.reference


def test_actions_are_audited_with_officer_and_reference_never_content(store: Store) -> None:
    reference = _work(store)

    entries = list(reversed(store.audit_entries()))

    assert [e.event for e in entries] == [
        "audit_start",
        "open",
        "officer",
        "create",
        "edit",
        "consent",
        "finalise",
        "letter",
        "print",
    ]
    assert {e.intake_reference for e in entries[3:]} == {reference}
    assert all(e.officer_id == OFFICER for e in entries[2:])
    assert "Testa" not in json.dumps([e.__dict__ for e in entries])


def test_each_entry_carries_the_hash_of_the_one_before(store: Store) -> None:
    _work(store)

    with store.database.read() as session:
        rows = session.query(AuditEntry).order_by(AuditEntry.id).all()
    assert rows[0].previous_hash == GENESIS_HASH
    assert all(row.previous_hash == before.entry_hash for before, row in itertools.pairwise(rows))


def test_verify_passes_on_an_untouched_store(store: Store) -> None:
    _work(store)

    report = verify(store)

    assert report.ok
    assert report.chain.entries_checked == 9
    assert "intact" in report.lines()[0]


@pytest.mark.parametrize(
    ("statement", "broken_id"),
    [
        ("UPDATE audit_log SET officer_id = 'officer-9999' WHERE id = 4", 4),
        ("UPDATE audit_log SET event = 'print' WHERE id = 7", 7),
        ("DELETE FROM audit_log WHERE id = 5", 6),
        (
            "INSERT INTO audit_log VALUES (10, '2026-01-01', 'purge', NULL, NULL, '{}',"
            " 'feed', 'beef', NULL)",
            10,
        ),
    ],
)
def test_row_edited_behind_the_apps_back_breaks_the_chain_there(
    store: Store, data_key: bytes, statement: str, broken_id: int
) -> None:
    _work(store)
    folder = store.data_dir
    store.close()
    _tamper(folder, data_key, statement)

    with Store.open(folder, data_key) as reopened:
        report = verify(reopened)

    assert not report.ok
    assert report.chain.first_broken_id == broken_id
    assert f"GEBROKEN bij regel {broken_id}" in report.lines()[0]


def test_events_and_details_are_checked(store: Store) -> None:
    with pytest.raises(InvalidValue, match="onbekende auditgebeurtenis"):
        store.record_event("coffee")
    with pytest.raises(InvalidValue, match="label"):
        store.record_event("export", details={"note": "x" * 65})
    with pytest.raises(InvalidValue, match="getal"):
        store.record_event("export", details={"rows": [1, 2]})  # type: ignore[dict-item]


def test_all_required_events_exist() -> None:
    required = {
        "unlock",
        "failed_unlock",
        "create",
        "open",
        "edit",
        "finalise",
        "amend",
        "letter",
        "print",
        "export",
        "backup",
        "purge",
    }

    assert required <= AUDIT_EVENTS


def test_editing_is_audited_once_per_intake_and_officer_not_per_keystroke(store: Store) -> None:
    store.officers.ensure("officer-0002", "Agent Voorbeeld")
    intake = store.intakes.create(OFFICER)
    for value in ("a", "ab", "abc"):
        store.answers.save(intake.id, "victim_first_name", value, "answered", OFFICER)
    store.answers.save(intake.id, "victim_first_name", "abcd", "answered", "officer-0002")

    edits = [e for e in store.audit_entries() if e.event == "edit"]

    assert sorted(e.officer_id or "" for e in edits) == [OFFICER, "officer-0002"]
    assert {e.intake_reference for e in edits} == {intake.reference}

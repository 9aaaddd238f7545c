"""Completed intakes are purged after the policy's retention period; drafts never."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from intake_app.forms.policy import load_policy
from intake_app.store.records import NewIdentifier
from intake_app.store.retention import compact, purge_expired
from intake_app.store.store import Store
from intake_app.store.verify import verify
from tests.store.conftest import OFFICER

NOW = datetime(2026, 9, 1, 12, tzinfo=UTC)


def _intake(store: Store, completed_days_ago: int | None, status: str = "completed") -> int:
    created = NOW - timedelta(days=(completed_days_ago or 0) + 400)
    intake = store.intakes.create(OFFICER, now=created)
    store.answers.save(intake.id, "victim_first_name", "Testa", "answered", OFFICER)
    store.consents.record(intake.id, "offlimits", "victim", OFFICER)
    store.identifiers.replace(
        intake.id, "suspects#1.phone", [NewIdentifier("phone", "0612", "+31612")], OFFICER
    )
    if completed_days_ago is not None:
        store.intakes.finalise(intake.id, OFFICER, now=NOW - timedelta(days=completed_days_ago))
        store.letters.record(intake.id, "offlimits", OFFICER)
        if status == "amended":
            store.intakes.amend(intake.id, OFFICER, "correctie")
    return intake.id


def test_purge_removes_only_completed_intakes_past_the_policy_period(store: Store) -> None:
    days = load_policy().retention.completed_intake_days
    expired = _intake(store, days + 1)
    recent = _intake(store, days - 1)
    draft = _intake(store, None)
    reopened = _intake(store, days + 30, status="amended")

    purged = purge_expired(store, OFFICER, now=NOW)

    assert purged == 1
    remaining = {intake.id for intake in store.intakes.case_list()}
    assert remaining == {recent, draft, reopened}
    assert expired not in remaining
    for table in ("answers", "consents", "suspect_identifiers", "letters"):
        query = f"SELECT count(*) FROM {table} WHERE intake_id = {expired}"  # noqa: S608 - fixed names
        assert store.scalar(query) == 0
    assert verify(store).ok


def test_purge_is_audited_with_a_count_and_nothing_personal(store: Store) -> None:
    _intake(store, 200)
    _intake(store, 300)

    purge_expired(store, OFFICER, retention_days=90, now=NOW)

    entry = store.audit_entries(1)[0]
    assert (entry.event, entry.details, entry.intake_reference) == (
        "purge",
        {"count": 2, "days": 90},
        None,
    )


def test_purge_with_nothing_expired_still_leaves_a_trace(store: Store) -> None:
    _intake(store, None)

    assert purge_expired(store, OFFICER, retention_days=90, now=NOW) == 0
    assert store.audit_entries(1)[0].details == {"count": 0, "days": 90}


def test_purge_compacts_the_file_so_no_free_page_keeps_old_content(store: Store) -> None:
    for _ in range(30):
        intake = store.intakes.create(OFFICER, now=NOW - timedelta(days=400))
        store.answers.save(intake.id, "incident_story", "lorem ipsum " * 500, "answered", OFFICER)
        store.intakes.finalise(intake.id, OFFICER, now=NOW - timedelta(days=300))
    database = store.data_dir / "store.db"
    compact(store)  # everything folded into the file first, so sizes compare like with like
    before = database.stat().st_size

    assert purge_expired(store, OFFICER, retention_days=90, now=NOW) == 30

    assert database.stat().st_size < before / 2
    assert store.scalar("PRAGMA freelist_count") == 0

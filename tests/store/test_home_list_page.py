"""The home list a page at a time, from indexes (issue 18, revision 0007)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from intake_app.store.store import Store
from tests.store.conftest import OFFICER

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _fill(store: Store, count: int) -> None:
    for number in range(count):
        made = store.intakes.create(OFFICER, now=START + timedelta(minutes=number // 2))
        if number % 3 == 0:
            store.intakes.finalise(made.id, OFFICER)


def test_pages_follow_each_other_newest_first_without_gaps_or_repeats(store: Store) -> None:
    _fill(store, 25)  # two intakes share each minute: the id breaks the tie
    seen = []
    after = None
    while True:
        page = store.intakes.list_page(training=False, after=after, limit=7)
        seen += page
        if len(page) < 7:
            break
        after = (page[-1].created_at, page[-1].id)
    assert [case.id for case in seen] == [case.id for case in store.intakes.case_list()]


def test_status_and_reference_narrow_the_page(store: Store) -> None:
    _fill(store, 12)
    completed = store.intakes.list_page(training=False, status="completed")
    assert {case.status for case in completed} == {"completed"} and len(completed) == 4
    found = store.intakes.list_page(training=False, reference_contains="-0011")
    assert [case.reference for case in found] == ["2026-0011"]
    assert store.intakes.list_page(training=False, reference_contains="%") == []
    assert store.intakes.list_page(training=True) == []


def test_the_list_queries_use_the_indexes(store: Store) -> None:
    def plan(where: str) -> str:
        head = "EXPLAIN QUERY PLAN SELECT * FROM intakes WHERE is_training = 0"
        statement = " ".join((head, where, "ORDER BY created_at DESC, id DESC LIMIT 200"))
        with store.database.read() as session:
            rows = session.execute(text(statement))
            return " ".join(str(row[-1]) for row in rows)

    assert "ix_intakes_list" in plan("")
    assert "ix_intakes_status_list" in plan("AND status = 'draft'")
    assert "TEMP B-TREE" not in plan("AND status = 'draft'")  # no sort of the whole table

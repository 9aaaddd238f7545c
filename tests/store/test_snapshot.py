"""Database.snapshot: the reads of one step share one transaction and one view of the store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from intake_app.store.database import StoreClosed
from intake_app.store.store import Store
from tests.store.conftest import OFFICER


def test_reads_in_a_snapshot_share_one_connection(store: Store) -> None:
    database = store.database
    with database.snapshot():
        with database.read() as first, database.read_core() as core:
            assert core is first.connection()
        with database.read() as second:
            assert second is first


def test_a_snapshot_does_not_see_a_write_made_meanwhile(store: Store) -> None:
    before = store.intakes.case_list()
    with store.database.snapshot():
        assert store.intakes.case_list() == before
        # Another thread (the window's worker) writes while the snapshot is open.
        worker = threading.Thread(target=lambda: store.intakes.create(OFFICER, station="Bureau"))
        worker.start()
        worker.join()
        assert store.intakes.case_list() == before  # one consistent view
    assert len(store.intakes.case_list()) == len(before) + 1


def test_writing_inside_a_snapshot_is_refused(store: Store) -> None:
    with store.database.snapshot(), pytest.raises(RuntimeError, match="snapshot"):
        store.intakes.create(OFFICER, station="Bureau")
    assert store.intakes.case_list() == []


def test_a_nested_snapshot_joins_the_open_one(store: Store) -> None:
    database = store.database
    with (
        database.snapshot(),
        database.read() as outer,
        database.snapshot(),
        database.read() as inner,
    ):
        assert inner is outer
    with database.read() as after, database.read() as other:
        assert after is not other  # outside a snapshot every read is its own transaction


def test_work_that_reaches_a_closed_store_is_refused_and_writes_nothing(
    store_dir: Path, data_key: bytes
) -> None:
    """A worker still running when the window locks: its next read or write is refused
    instead of opening a connection to a file whose instance lock was released."""
    opened = Store.create(store_dir, data_key)
    opened.officers.ensure(OFFICER, "Agent Fictief", "admin")
    opened.close()
    with pytest.raises(StoreClosed):
        opened.intakes.create(OFFICER, station="Bureau")
    with pytest.raises(StoreClosed):
        opened.intakes.case_list()
    with pytest.raises(StoreClosed), opened.database.snapshot():
        pass
    with Store.open(store_dir, data_key) as again:
        assert again.intakes.case_list() == []


def test_closing_waits_for_a_write_in_flight(store: Store) -> None:
    database = store.database
    started, release = threading.Event(), threading.Event()

    def slow_write() -> None:
        with database.write():
            started.set()
            release.wait(5)

    worker = threading.Thread(target=slow_write)
    worker.start()
    started.wait(5)
    closer = threading.Thread(target=database.close)
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # the write is still in flight: close waits for it
    release.set()
    worker.join(5)
    closer.join(5)
    assert not closer.is_alive()

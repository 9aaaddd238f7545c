"""Store figures, each against a baseline measured in the same run:
- answer save latency (p50, p99) against a bare sqlcipher3 insert-and-commit, both with
  WAL and synchronous=FULL on the same disk;
- opening a store holding 10,000 intakes against opening an empty one.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from benchmarks.figures import Figure, figure, median
from intake_app.store.engine import CONNECTION_PRAGMAS, connect_keyed
from intake_app.store.models import Answer, AuditEntry, Intake, ReferenceCounter
from intake_app.store.store import Store

SAVES = 600
OPEN_ROUNDS = 5
LARGE_INTAKES = 10_000
ANSWERS_PER_INTAKE = 5
OFFICER = "officer-bench"


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class _BareTable:
    """The baseline: one keyed sqlcipher3 connection, same settings, one insert per commit."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.connection = connect_keyed(path, key)
        self.connection.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            self.connection.execute(pragma)
        self.connection.execute("CREATE TABLE answers (k TEXT PRIMARY KEY, v TEXT)")

    def save(self, number: int) -> float:
        started = time.perf_counter()
        self.connection.execute("BEGIN")
        self.connection.execute(
            "INSERT OR REPLACE INTO answers VALUES (?, ?)", (f"q{number % 50}", f"v{number}")
        )
        self.connection.execute("COMMIT")
        return time.perf_counter() - started


def _store_save(store: Store, intake_id: int, number: int) -> float:
    started = time.perf_counter()
    store.answers.save(intake_id, f"q{number % 50}", f"v{number}", "answered", OFFICER)
    return time.perf_counter() - started


def save_latency(folder: Path) -> Figure:
    key = os.urandom(32)
    store = Store.create(folder / "store", key)
    bare_table = _BareTable(folder / "bare.db", key)
    bare: list[float] = []
    app: list[float] = []
    try:
        store.officers.ensure(OFFICER, "Benchmark")
        intake = store.intakes.create(OFFICER)
        for number in range(-20, SAVES):  # alternate saves: the disk's moods hit both alike
            bare_seconds = bare_table.save(number)
            app_seconds = _store_save(store, intake.id, number)
            if number >= 0:  # the first twenty warm both sides
                bare.append(bare_seconds)
                app.append(app_seconds)
    finally:
        bare_table.connection.close()
        store.close()
    app_p50, app_p99 = statistics.median(app), _percentile(app, 0.99)
    bare_p50, bare_p99 = statistics.median(bare), _percentile(bare, 0.99)
    return figure(
        "store_answer_save_latency",
        unit="ms",
        saves=len(app),
        app_p50=round(app_p50 * 1000, 3),
        app_p99=round(app_p99 * 1000, 3),
        bare_sqlcipher_p50=round(bare_p50 * 1000, 3),
        bare_sqlcipher_p99=round(bare_p99 * 1000, 3),
        ratio_p50=round(app_p50 / bare_p50, 3),
        ratio_p99=round(app_p99 / bare_p99, 3),
        target_ratio_at_most=2.0,
    )


def _fill_large(folder: Path, key: bytes) -> None:
    store = Store.create(folder, key)
    try:
        store.officers.ensure(OFFICER, "Benchmark")
        start = datetime(2026, 1, 1, tzinfo=UTC)
        intakes = [
            {
                "id": number,
                "reference": f"2026-{number:05d}",
                "station": "local",
                "status": "completed" if number % 3 else "draft",
                "is_training": False,
                "created_by": OFFICER,
                "created_at": start + timedelta(minutes=number),
                "updated_at": start + timedelta(minutes=number),
                "completed_at": start + timedelta(minutes=number) if number % 3 else None,
            }
            for number in range(1, LARGE_INTAKES + 1)
        ]
        answers = [
            {
                "intake_id": number,
                "answer_key": f"question_{index}",
                "value_json": f'"fictional answer {number}-{index}"',
                "state": "answered",
                "saved_at": start,
                "saved_by": OFFICER,
            }
            for number in range(1, LARGE_INTAKES + 1)
            for index in range(ANSWERS_PER_INTAKE)
        ]
        with store.database.write() as session:
            session.execute(insert(Intake), intakes)
            session.execute(insert(Answer), answers)
            session.add(ReferenceCounter(station="local", year=2026, last_number=LARGE_INTAKES))
            session.flush()
            assert session.get(AuditEntry, 1) is not None  # noqa: S101 - the chain has begun
    finally:
        store.close()


def _seconds_to_open(folder: Path, key: bytes) -> float:
    started = time.perf_counter()
    store = Store.open(folder, key)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed


def open_large(folder: Path) -> Figure:
    key = os.urandom(32)
    empty, large = folder / "empty", folder / "large"
    Store.create(empty, key).close()
    _fill_large(large, key)
    size = (large / "store.db").stat().st_size
    _seconds_to_open(empty, key)
    _seconds_to_open(large, key)  # warm the file cache for both
    empty_times, large_times = [], []
    for _ in range(OPEN_ROUNDS):
        empty_times.append(_seconds_to_open(empty, key))
        large_times.append(_seconds_to_open(large, key))
    return figure(
        "store_open_10000_intakes",
        unit="s",
        rounds=OPEN_ROUNDS,
        intakes=LARGE_INTAKES,
        answers=LARGE_INTAKES * ANSWERS_PER_INTAKE,
        database_mb=round(size / 1e6, 1),
        large_median=round(median(large_times), 4),
        empty_median=round(median(empty_times), 4),
        ratio=round(median(large_times) / median(empty_times), 3),
    )


def run() -> Iterator[Figure]:
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as folder:
        yield save_latency(Path(folder))
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as folder:
        yield open_large(Path(folder))

"""The home list at a station with 100,000 intakes: the longest the window's thread is
blocked while the list first shows, is returned to, searched (typed a key at a time) and
filtered on each status, and scrolled a few pages down.

Baseline, in the same run and store: the list as it was read before issue 18, all intakes on
the window's thread (`Casework.cases()` and a row for each), which every return to the list,
search and filter waited for.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from benchmarks.figures import Figure, figure
from benchmarks.gui_block import BlockMeter, application, idle_noise_ms, spin_for, spin_until
from intake_app.casework import Casework
from intake_app.forms.loader import load_form
from intake_app.session import Session, first_run
from intake_app.store.models import Answer, Intake, ReferenceCounter
from intake_app.vault import KdfParams

INTAKES = 100_000
OFFICER = "A100"
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # unlock is not measured
TYPED = "2026-0421"
KEY_PAUSE_S = 0.08  # a quick typist


def _fill(session: Session) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    statuses = ("completed", "completed", "draft", "amended")
    intakes = [
        {
            "id": number,
            "reference": f"{2024 + number // 40_000}-{number % 40_000:05d}",
            "station": "local",
            "status": statuses[number % 4],
            "is_training": False,
            "created_by": OFFICER,
            "created_at": start + timedelta(minutes=10 * number),
            "updated_at": start + timedelta(minutes=10 * number),
            "completed_at": None,
        }
        for number in range(1, INTAKES + 1)
    ]
    answers = [
        {
            "intake_id": number,
            "answer_key": key,
            "value_json": value,
            "state": "answered",
            "saved_at": start,
            "saved_by": OFFICER,
        }
        for number in range(1, INTAKES + 1)
        for key, value in (("victim_name", f'"Persoon {number} (fictief)"'),)
    ]
    with session.store.database.write() as db:
        db.execute(insert(Intake), intakes)
        db.execute(insert(Answer), answers)
        for year in (2024, 2025, 2026):
            db.merge(ReferenceCounter(station="local", year=year, last_number=40_000))


def _measure(home: object, meter: BlockMeter, source: object) -> float:
    from intake_app.ui.screens.home import HomeScreen

    assert isinstance(home, HomeScreen)  # noqa: S101 - a benchmark's own set-up

    def settled() -> bool:
        return not home.loading and home.model.rowCount() > 0

    meter.start()
    meter.phase = "first"
    home.show_source(source, training=False)  # type: ignore[arg-type]
    spin_until(settled)
    spin_for(0.3)  # the details of the rows on screen
    meter.phase = "return"
    for _ in range(3):  # back from an intake, three times
        home.show_source(source, training=False)  # type: ignore[arg-type]
        spin_until(settled)
    meter.phase = "search"
    for length in range(1, len(TYPED) + 1):
        home.search.setText(TYPED[:length])
        spin_for(KEY_PAUSE_S)
    spin_until(lambda: not home.loading)
    home.search.clear()
    spin_for(0.2)
    spin_until(settled)
    meter.phase = "filter"
    for index in range(home.status_filter.count()):
        home.status_filter.setCurrentIndex(index)
        spin_until(settled)
    home.status_filter.setCurrentIndex(0)
    spin_until(settled)
    meter.phase = "scroll"
    for _ in range(3):  # a few pages down
        count = home.model.rowCount()
        home.table.scrollToBottom()
        spin_until(lambda: home.model.rowCount() > count and not home.loading)  # noqa: B023
    spin_for(0.3)
    meter.stop()
    if os.environ.get("BENCH_GAPS"):
        print(meter.gaps)
    return meter.longest_ms


def _baseline(casework: Casework) -> float:
    """What show_home did before: every intake read and wrapped on the window's thread."""
    from intake_app.case_list import CaseRow

    longest = 0.0
    for _ in range(3):
        started = time.perf_counter()
        names = casework.officer_names()
        rows = [
            CaseRow(case.id, case.reference, case.created_at, case.status, names[case.created_by])
            for case in casework.cases()
        ]
        longest = max(longest, (time.perf_counter() - started) * 1000)
        del rows
    return longest


def run() -> Iterator[Figure]:
    app = application()
    from intake_app.ui.case_source import CaseworkSource
    from intake_app.ui.screens.home import HomeScreen

    with tempfile.TemporaryDirectory(prefix="intake-bench-") as folder:
        os.environ.setdefault("INTAKE_APP_DATA_DIR", folder)
        session, _recovery = first_run(
            Path(folder) / "data",
            OFFICER,
            "Agent Benchmark",
            "drie losse woorden hier",
            kdf=CHEAP_KDF,
        )
        try:
            _fill(session)
            casework = Casework(session, load_form(), "local")
            # As in the app: the collector on the window's thread, long-lived objects frozen
            # at unlock (intake_app/ui/garbage.py).
            from intake_app.ui.garbage import collect_on_this_thread, freeze_long_lived

            collect_on_this_thread(app)
            freeze_long_lived()
            home = HomeScreen()
            home.resize(1366, 700)
            home.show()
            app.processEvents()
            meter = BlockMeter()
            longest = _measure(home, meter, CaseworkSource(casework))
            cpu = meter.longest_cpu_ms
            noise = idle_noise_ms()
            rows_shown = home.model.rowCount()
            home.clear_personal_data()
            home.close()
            baseline = _baseline(casework)
        finally:
            session.close()
    yield figure(
        "home_list",
        unit="ms",
        intakes=INTAKES,
        longest_gui_block_ms=round(longest, 1),
        longest_turn_gui_cpu_ms=round(cpu, 1),
        rows_loaded=rows_shown,
        target_at_most=50,
        idle_longest_gap_ms=round(noise, 1),
    )
    yield figure(
        "home_list_synchronous_baseline",
        unit="ms",
        intakes=INTAKES,
        longest_gui_block_ms=round(baseline, 1),
        what="all intakes read on the window's thread, as before issue 18",
    )

"""The home list reads off the window's thread, a page at a time (issue 18)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from intake_app.case_list import CaseDetails, CaseQuery, CaseRow
from intake_app.ui.screens.home import NOT_YET, HomeScreen

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class FakeSource:
    """Fictional intakes in memory; records the thread and the queries it was asked."""

    def __init__(self, count: int) -> None:
        self.rows = [
            CaseRow(
                n,
                f"2026-{n:04d}",
                START - timedelta(minutes=n),
                "draft" if n % 2 else "completed",
                "Agent Fictief",
            )
            for n in range(1, count + 1)
        ]
        self.threads: set[str] = set()
        self.queries: list[CaseQuery] = []
        self.detail_ids: list[int] = []

    def page(self, query: CaseQuery) -> list[CaseRow]:
        self.threads.add(threading.current_thread().name)
        self.queries.append(query)
        rows = [
            row
            for row in self.rows
            if (not query.status or row.status == query.status)
            and query.text in row.reference
            and (query.after is None or row.position < query.after)
        ]
        return rows[: query.limit]

    def details(self, intake_ids: list[int]) -> dict[int, CaseDetails]:
        self.threads.add(threading.current_thread().name)
        self.detail_ids += intake_ids
        return {i: CaseDetails(f"Persoon {i} (fictief)", "urgent") for i in intake_ids}


def make_home(qtbot: QtBot) -> HomeScreen:
    home = HomeScreen()
    qtbot.addWidget(home)
    home.resize(1100, 600)
    home.show()
    qtbot.waitExposed(home)
    return home


def test_the_list_and_its_details_are_read_on_a_worker_a_page_at_a_time(qtbot: QtBot) -> None:
    home = make_home(qtbot)
    source = FakeSource(450)

    home.show_source(source, training=False)
    assert home.model.rowCount() == 0  # nothing read on the window's thread
    qtbot.waitUntil(lambda: home.model.rowCount() == 200, timeout=5000)
    urgency = home.model.COLUMNS.index("urgency")
    # Painting asks for the details of the rows on screen; they follow from the worker.
    qtbot.waitUntil(lambda: home.model.data(home.model.index(0, urgency)) == "spoed", timeout=5000)
    qtbot.waitUntil(lambda: not home.loading, timeout=5000)
    assert 0 < len(source.detail_ids) < 100  # only the rows painted
    assert threading.main_thread().name not in source.threads

    home.table.scrollToBottom()  # the view asks for more near the end
    qtbot.waitUntil(lambda: home.model.rowCount() == 400, timeout=5000)
    assert source.queries[-1].after == source.rows[199].position


def test_search_and_status_ask_the_source_and_a_return_keeps_rows_until_fresh(
    qtbot: QtBot,
) -> None:
    home = make_home(qtbot)
    source = FakeSource(30)
    home.show_source(source, training=False)
    qtbot.waitUntil(lambda: home.model.rowCount() == 30, timeout=5000)

    home.search.setText("-001")
    qtbot.waitUntil(lambda: home.model.rowCount() == 10, timeout=5000)  # 0010 to 0019
    assert source.queries[-1].text == "-001"

    home.status_filter.setCurrentIndex(home.status_filter.findData("completed"))
    qtbot.waitUntil(lambda: home.model.rowCount() == 5, timeout=5000)
    assert source.queries[-1].status == "completed"

    home.show_source(source, training=False)  # back from an intake: rows stay meanwhile
    assert home.model.rowCount() == 5
    qtbot.waitUntil(lambda: not home.loading, timeout=5000)


def test_a_slow_answer_to_an_old_search_is_dropped(qtbot: QtBot) -> None:
    home = make_home(qtbot)
    source = FakeSource(30)
    home.show_source(source, training=False)
    home.search.setText("-002")
    home.reload()  # the search was asked before the first page came back
    qtbot.waitUntil(lambda: not home.loading, timeout=5000)
    assert {row.reference[:-1] for row in home.model.rows()} == {"2026-002"}
    name = home.model.COLUMNS.index("name")
    assert home.model.data(home.model.index(0, name)) != NOT_YET  # hidden, not loading

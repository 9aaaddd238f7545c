from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from intake_app.ui.worker import run_in_background


def test_result_and_progress_arrive_on_the_window_thread(qtbot: QtBot) -> None:
    progress: list[float] = []
    results: list[object] = []

    def work(report: Callable[[float], None]) -> str:
        report(0.5)
        report(1.0)
        return "klaar"

    run_in_background(work, results.append, lambda problem: None, progress.append)

    qtbot.waitUntil(lambda: results == ["klaar"], timeout=5000)
    assert progress == [0.5, 1.0]


def test_an_exception_is_reported_not_lost(qtbot: QtBot) -> None:
    problems: list[Exception] = []

    def work(report: Callable[[float], None]) -> None:
        raise ValueError("schijf vol")

    run_in_background(work, lambda result: None, problems.append)

    qtbot.waitUntil(lambda: len(problems) == 1, timeout=5000)
    assert str(problems[0]) == "schijf vol"

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from intake_app.ui.worker import run_in_background, wait_for_background_work


@pytest.fixture
def owner() -> Iterator[QObject]:
    screen = QObject()
    yield screen
    screen.deleteLater()


def test_result_and_progress_arrive_on_the_window_thread(qtbot: QtBot, owner: QObject) -> None:
    progress: list[float] = []
    results: list[object] = []

    def work(report: Callable[[float], None]) -> str:
        report(0.5)
        report(1.0)
        return "klaar"

    run_in_background(work, results.append, lambda problem: None, progress.append, owner=owner)

    qtbot.waitUntil(lambda: results == ["klaar"], timeout=5000)
    assert progress == [0.5, 1.0]


def test_an_exception_is_reported_not_lost(qtbot: QtBot, owner: QObject) -> None:
    problems: list[Exception] = []

    def work(report: Callable[[float], None]) -> None:
        raise ValueError("schijf vol")

    run_in_background(work, lambda result: None, problems.append, owner=owner)

    qtbot.waitUntil(lambda: len(problems) == 1, timeout=5000)
    assert str(problems[0]) == "schijf vol"


def test_nothing_is_delivered_to_a_screen_that_is_gone(qtbot: QtBot) -> None:
    """Locked or closed while the work runs: its outcome must not reach emptied screens."""
    release = threading.Event()
    delivered: list[object] = []
    screen = QObject()

    def work(report: Callable[[float], None]) -> str:
        release.wait(5)
        return "te laat"

    run_in_background(work, delivered.append, delivered.append, owner=screen)
    screen.deleteLater()
    qtbot.wait(10)  # the screen is deleted by the event loop
    release.set()
    assert wait_for_background_work(5)
    qtbot.wait(100)  # several turns of the collecting timer, had it survived

    assert delivered == []

"""Long work (unlock, backup, restore, purge, PDF) off the event loop, with progress.

The window never freezes: the task runs on Qt's thread pool and reports back through signals,
which Qt delivers on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; the caller turns it into a message


class Task(QRunnable):
    """Run `work(report_progress)`; its result or exception arrives through `signals`."""

    def __init__(self, work: Callable[[Callable[[float], None]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self.setAutoDelete(False)  # the caller keeps it until a signal has arrived

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as problem:  # reported to the window, never lost in a thread
            self.signals.failed.emit(problem)
        else:
            self.signals.succeeded.emit(result)


_running: set[Task] = set()


def run_in_background(
    work: Callable[[Callable[[float], None]], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_progress: Callable[[float], None] | None = None,
) -> Task:
    task = Task(work)
    _running.add(task)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    task.signals.succeeded.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _problem: _running.discard(task))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task

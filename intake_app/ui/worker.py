"""Long work (unlock, backup, restore, purge, building a PDF) off the event loop, with progress.

The window never freezes: the work runs on a plain Python thread, and a timer on the window's
thread collects its progress and its outcome and emits them as signals there.

The worker thread never touches Qt, not even to emit a signal. PySide6 keeps the GIL while a
thread is inside Qt, and Qt may call back into Python while holding one of its own locks; a
worker in Qt can therefore deadlock with the window's thread. This was seen here: printing on
a worker hung with the worker waiting for a Qt lock under the GIL and the window's thread in
QObject::disconnect waiting for the GIL. Work that must use Qt runs on the window's thread in
small steps instead (see intake_app/ui/letters/print_job.py).
"""

from __future__ import annotations

import queue
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

Work = Callable[[Callable[[float], None]], Any]

POLL_INTERVAL_MS = 20  # quick enough that nobody notices, cheap enough to be idle
# How long a worker running Python may keep the GIL while the window's thread waits for it.
# Python's default is 5 ms; every slot and paint of the window needs the GIL, so with a
# worker busy (reading 200 intakes, deciding triage for the rows on screen) the window's
# thread waited 5 ms per step and a turn of its loop grew past 100 ms.
GUI_SWITCH_INTERVAL_S = 0.001
_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="intake-worker")


class Task(QObject):
    """Run `work(report_progress)`; its progress, result or exception arrive as signals."""

    progress = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; the caller turns it into a message

    def __init__(self, work: Work, owner: QObject) -> None:
        super().__init__(owner)  # gone with its owner: nothing is delivered to a closed screen
        self._reports: queue.SimpleQueue[float] = queue.SimpleQueue()
        self._future: Future[Any] = _executor.submit(work, self._reports.put)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._collect)
        self._timer.start()

    @property
    def future(self) -> Future[Any]:
        return self._future

    def _collect(self) -> None:
        while True:
            try:
                self.progress.emit(self._reports.get_nowait())
            except queue.Empty:
                break
        if not self._future.done():
            return
        self._timer.stop()
        _running.discard(self)
        problem = self._future.exception()
        if problem is None:
            self.succeeded.emit(self._future.result())
        elif isinstance(problem, Exception):
            self.failed.emit(problem)  # reported to the window, never lost in a thread
        else:
            self.failed.emit(RuntimeError(type(problem).__name__))


def favour_the_window_thread() -> None:
    """Called once at start-up (ui/app.py) and by the benchmarks that measure the window."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


_running: set[Task] = set()  # kept alive until their outcome has been delivered


def run_in_background(
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_progress: Callable[[float], None] | None = None,
    *,
    owner: QObject,
) -> Task:
    """Run `work` off the event loop; the callbacks run on the window's thread, and only while
    `owner` (the screen that asked) still exists."""
    task = Task(work, owner)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    if on_progress is not None:
        task.progress.connect(on_progress)
    _running.add(task)
    task.destroyed.connect(lambda: _running.discard(task))
    return task


def wait_for_background_work(timeout_seconds: float) -> bool:
    """Block until every running task's work is done (tests and shutdown); True if it was.
    The outcomes are delivered afterwards, by the event loop."""
    _done, pending = wait([task.future for task in _running], timeout=timeout_seconds)
    return not pending

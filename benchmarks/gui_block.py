"""How long the window's thread is blocked: a heartbeat timer on that thread notes the gaps
between its ticks while a scenario runs. A gap longer than the tick is time the event loop
could not turn (a click, a repaint, the idle lock's timer would have waited that long)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 2


def application() -> QApplication:
    """The QApplication, with the window thread's GIL setting the app itself uses."""
    from intake_app.ui.worker import favour_the_window_thread

    favour_the_window_thread()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication([])


class BlockMeter:
    """Start it, run the scenario through `spin_until`, read `longest_ms`."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._last_cpu = 0.0
        self.longest_ms = 0.0
        self.longest_cpu_ms = 0.0  # the window thread's own CPU time in its longest turn
        self.phase = ""
        self.gaps: list[tuple[float, float, str]] = []  # (ms, cpu ms, phase) of gaps > 20 ms

    def start(self) -> None:
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self.longest_ms = 0.0
        self.longest_cpu_ms = 0.0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self._last) * 1000 - TICK_MS
        cpu_ms = (cpu - self._last_cpu) * 1000
        self.longest_cpu_ms = max(self.longest_cpu_ms, cpu_ms)
        self._last_cpu = cpu
        if gap > 20:
            self.gaps.append((round(gap, 1), round(cpu_ms, 1), self.phase))
        self.longest_ms = max(self.longest_ms, gap)
        self._last = now

    def blocked(self, action: Callable[[], object]) -> object:
        """Run `action` on this thread and count it as one turn of the loop."""
        started = time.perf_counter()
        result = action()
        self.longest_ms = max(self.longest_ms, (time.perf_counter() - started) * 1000)
        self._last = time.perf_counter()
        return result


_LOOP: list[QEventLoop] = []


def spin_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Let the event loop turn (as the window's would) until `condition` holds.

    Through a QEventLoop instance: PySide6 6.12's static QCoreApplication.processEvents()
    drops a reference to None on every call, and a few thousand calls abort Python 3.11."""
    if not _LOOP:
        _LOOP.append(QEventLoop())
    loop = _LOOP[0]
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the scenario did not finish in time")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def spin_for(seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    spin_until(lambda: time.perf_counter() >= deadline)


def idle_noise_ms(seconds: float = 2.0) -> float:
    """The longest gap with nothing to do: what the machine itself adds (a shared, loaded
    machine adds tens of milliseconds); printed beside each figure to read it against."""
    meter = BlockMeter()
    meter.start()
    spin_for(seconds)
    meter.stop()
    return meter.longest_ms

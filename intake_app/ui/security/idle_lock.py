"""Ask for a lock after a stretch without keyboard or mouse input.

Installed as an event filter on the whole application (KeePassXC's approach), so input in any
window or dialog counts. The clock is injected so tests can move time instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    lock_requested = Signal()

    def __init__(
        self,
        idle_limit_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        check_interval_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle_limit = idle_limit_seconds
        self._clock = clock
        self._last_input = clock()
        self._armed = True
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def set_idle_limit(self, seconds: float) -> None:
        self._idle_limit = seconds

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        """Emit lock_requested once when the limit has passed; reset() re-arms."""
        if self._armed and self.idle_seconds() >= self._idle_limit:
            self._armed = False
            self.lock_requested.emit()

    def reset(self) -> None:
        """After an unlock: count idle time from now again."""
        self._last_input = self._clock()
        self._armed = True

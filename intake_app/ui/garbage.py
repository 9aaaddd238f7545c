"""Python's cycle collector, run on the window's thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed: with
work and preloading on background threads, a cycle that holds a Qt object (a screen and the
closures that refer to it) could be freed there, running the widget's C++ destructor off the
GUI thread. That was seen here as a segfault in the test suite: a worker thread deep in
freeing wrappers while the window's thread sent an event to an object being destroyed.
Automatic collection is switched off and a timer on the window's thread collects instead,
generation by generation as Python's own thresholds would (the approach of pyqtgraph's
GarbageCollector). Reference counting still frees acyclic objects at once, as always.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            gc.collect(generation)


_installed: MainThreadGarbageCollector | None = None
_frozen = False


def freeze_long_lived() -> None:
    """Once, at the first unlock, before any case is read: everything alive then (modules,
    the form, Qt wrappers, the session) lives as long as the process, yet every full
    collection walked it on the window's thread, about 100 ms a time at station scale.
    Frozen, a full collection only walks what came later. Only once, so nothing holding a
    person's data is ever frozen: their cycles stay collectable after a lock."""
    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True


def collect_on_this_thread(app: QObject) -> MainThreadGarbageCollector:
    """Call on the GUI thread, with the application; a second call starts the same one."""
    global _installed
    if _installed is None:
        _installed = MainThreadGarbageCollector(app)
    _installed.start()
    return _installed

"""Cycles are freed by a timer on the GUI thread, never by whichever thread allocates."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtWidgets import QApplication

from intake_app.ui.garbage import MainThreadGarbageCollector


class Node:
    me: Node


def cycle() -> weakref.ref[Node]:
    node = Node()
    node.me = node
    return weakref.ref(node)


def test_a_cycle_made_and_dropped_on_a_worker_waits_for_the_gui_thread(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not gc.isenabled()  # switched off for the suite, as in the app
    refs: list[weakref.ref[Node]] = []
    worker = threading.Thread(target=lambda: refs.extend(cycle() for _ in range(3000)))
    worker.start()
    worker.join()
    assert all(ref() is not None for ref in refs)  # the worker freed none of them

    monkeypatch.setattr(gc, "get_threshold", lambda: (0, 0, 0))
    MainThreadGarbageCollector().check()

    assert all(ref() is None for ref in refs)

"""Ctrl+C in the terminal closes the window (Qt's event loop would otherwise swallow it)."""

from __future__ import annotations

import os
import signal

import pytest


@pytest.mark.skipif(os.name == "nt", reason="SIGINT from the terminal")
def test_ctrl_c_closes_the_window(qtbot: object) -> None:
    from PySide6.QtWidgets import QWidget

    from intake_app.ui.app import close_on_interrupt

    widget = QWidget()
    widget.show()
    previous = signal.getsignal(signal.SIGINT)
    try:
        close_on_interrupt(widget)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not widget.isVisible(), timeout=3000)  # type: ignore[attr-defined]
    finally:
        signal.signal(signal.SIGINT, previous)

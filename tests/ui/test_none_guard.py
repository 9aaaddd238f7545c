"""PySide6 6.12 takes a reference from None at every void call; on Python 3.11 that aborts the
interpreter after some 60,000 calls. The guard (intake_app/ui/none_guard.py) holds it off."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from intake_app.ui.none_guard import none_is_immortal

CALLS = 200_000  # more than None's count in a fresh process (a few thousand)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(none_is_immortal(), reason="None is immortal from Python 3.12 (PEP 683)")
def test_pyside_still_takes_a_reference_from_none_at_each_void_call() -> None:
    """The upstream leak the guard exists for. When this fails, PySide6 returns None properly
    and the guard can go."""
    probe = _run(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range(1000):
            label.setText("fictief")
        print(before - sys.getrefcount(None))
        from intake_app.ui.none_guard import keep_none_alive
        keep_none_alive()  # or even these 1,000 abort the interpreter as it shuts down
        """
    )
    assert probe.returncode == 0, probe.stderr
    assert int(probe.stdout) >= 1000


def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    guarded = _run(
        f"""
        import intake_app.ui  # the guard, as every window gets it
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for _ in range({CALLS}):
            label.setText("fictief")
        print("alive")
        """
    )
    assert guarded.returncode == 0, guarded.stderr
    assert guarded.stdout.strip() == "alive"


@pytest.mark.skipif(none_is_immortal(), reason="None is immortal from Python 3.12 (PEP 683)")
def test_without_the_guard_the_same_calls_abort() -> None:
    """What a station laptop would see without the guard: the interpreter's fatal error."""
    unguarded = _run(
        f"""
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for _ in range({CALLS}):
            label.setText("fictief")
        print("alive")
        """
    )
    assert unguarded.returncode != 0
    assert "none_dealloc" in unguarded.stderr

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

from intake_app.ui.security.screen_lock import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    is_windows_session_lock,
)


def test_windows_lock_message_is_recognised() -> None:
    assert is_windows_session_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert not is_windows_session_lock(WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not is_windows_session_lock(0x0010, WTS_SESSION_LOCK)


PROBE = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    from PySide6.QtWidgets import QApplication, QWidget
    from intake_app.ui.security.screen_lock import ScreenLockMonitor

    app = QApplication([])
    window = QWidget()
    monitor = ScreenLockMonitor(window)
    locked = []
    monitor.screen_locked.connect(lambda: locked.append(True))

    def emit(active):
        signal = QDBusMessage.createSignal(
            "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged")
        signal.setArguments([active])
        QDBusConnection.sessionBus().send(signal)

    QTimer.singleShot(50, lambda: emit(False))
    QTimer.singleShot(100, lambda: emit(True))
    QTimer.singleShot(800, app.quit)
    app.exec()
    print(monitor.listening, len(locked))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus screensaver is Linux")
def test_screensaver_activation_on_the_session_bus_is_a_lock() -> None:
    runner = shutil.which("dbus-run-session")
    if runner is None:
        pytest.skip("dbus-run-session is not installed (Debian package dbus-daemon)")

    result = subprocess.run(
        [runner, "--", sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.stdout.split() == ["True", "1"], result.stderr

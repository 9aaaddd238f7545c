from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
import textwrap
from ctypes import wintypes

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from intake_app.ui.security.screen_lock import (
    PBT_APMSUSPEND,
    WM_ENDSESSION,
    WM_POWERBROADCAST,
    WM_QUERYENDSESSION,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    ScreenLockMonitor,
    _WindowsSessionFilter,
    is_windows_session_lock,
    windows_lock_reason,
)


def test_windows_lock_message_is_recognised() -> None:
    assert is_windows_session_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert not is_windows_session_lock(WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not is_windows_session_lock(0x0010, WTS_SESSION_LOCK)


@pytest.mark.parametrize(
    ("message", "wparam", "reason"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, "locked"),
        (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT, "disconnected"),  # RDP dropped
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT, "disconnected"),  # user switched
        (WM_WTSSESSION_CHANGE, 0x8, None),  # unlock
        (WM_WTSSESSION_CHANGE, 0x1, None),  # console connect
        (WM_POWERBROADCAST, PBT_APMSUSPEND, "suspending"),
        (WM_POWERBROADCAST, 0x12, None),  # resume automatic
        (WM_QUERYENDSESSION, 0, "ending"),
        (WM_ENDSESSION, 1, "ending"),
        (WM_ENDSESSION, 0, None),  # the end was cancelled
    ],
)
def test_windows_messages_that_lock(message: int, wparam: int, reason: str | None) -> None:
    assert windows_lock_reason(message, wparam) == reason


def deliver(native_filter: _WindowsSessionFilter, message: int, wparam: int) -> object:
    """A hand-built MSG, passed by address as Qt passes the real one."""
    msg = wintypes.MSG()
    msg.message = message
    msg.wParam = wparam
    return native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))


def test_the_native_filter_locks_before_returning(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monitor = ScreenLockMonitor(window)
    native_filter = _WindowsSessionFilter(monitor)
    events: list[str | None] = []
    monitor.screen_locked.connect(lambda: events.append(monitor.last_reason))

    assert deliver(native_filter, WM_POWERBROADCAST, PBT_APMSUSPEND) == (False, 0)
    assert events == ["suspending"]  # synchronous: done before Windows suspends
    assert deliver(native_filter, WM_QUERYENDSESSION, 0) == (True, 1)  # may end: saved
    assert deliver(native_filter, WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT) == (False, 0)
    assert deliver(native_filter, WM_WTSSESSION_CHANGE, 0x8) == (False, 0)
    assert events == ["suspending", "ending", "disconnected"]
    assert native_filter.nativeEventFilter(b"xcb_generic_event_t", 0) == (False, 0)


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


def test_a_monitor_that_cannot_listen_says_why(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monitor = ScreenLockMonitor(window)
    # Here: no session bus, or no screensaver on it; on Windows a failed registration.
    assert monitor.listening == (monitor.problem is None)
